import type { CodeDeliveryDetails, ResendCallOptions, ResendRequest } from './ResendRequest';

/**
 * The seam between this package and Cognito: anything that can send ResendConfirmationCode. Implementations
 * validate the request (nothing is sent when it is invalid), honour `timeoutMs` and `signal`, and reject only
 * with a {@link ResendError}.
 */
export interface ResendCodeClient {
  /** The user pool id (`region_id`), part of the cooldown key. */
  readonly userPoolId: string;
  /** The app client id, part of the cooldown key (never stored or logged in clear). */
  readonly clientId: string;
  /** Sends ResendConfirmationCode and resolves to where the code went. */
  resend(request: ResendRequest, options?: ResendCallOptions): Promise<CodeDeliveryDetails>;
}
