import type { SendClaim } from './CooldownStore';
import type { ResendCodeClient } from './ResendCodeClient';
import type { CodeDeliveryDetails, ResendCallOptions, ResendRequest } from './ResendRequest';
import { toResendError } from './toResendError';

/** What a resend came to when it did not fail. */
export type ResendOutcome =
  /** Cognito sent a new code (or, in enumeration-safe mode, said the user does not exist). */
  | { status: 'sent'; delivery: CodeDeliveryDetails }
  /** Another tab claimed the same key at the same moment and sends instead; this tab follows its cooldown. */
  | { status: 'sent-elsewhere'; delivery?: undefined };

/** Everything {@link performResend} needs for one send. */
export interface PerformResendOptions extends ResendCallOptions {
  /** The claim from `CooldownStore.tryBeginSend()`, settled here exactly once. */
  claim: SendClaim;
  /** Who talks to Cognito. */
  client: ResendCodeClient;
  /** The request, validated by the client before anything is sent. */
  request: ResendRequest;
  /**
   * Treat UserNotFoundException as a send without destination, so the page reveals no account's existence.
   * @default true
   */
  enumerationSafe?: boolean;
}

/**
 * Sends one ResendConfirmationCode under a cooldown claim and settles the claim by the answer: a success or a
 * rate limit starts a wait, any other failure releases the claim so the user can try again at once. Rejects only
 * with a {@link ResendError}.
 */
export async function performResend(options: PerformResendOptions): Promise<ResendOutcome> {
  const { claim, enumerationSafe = true } = options;
  if (!(await claim.confirm())) return { status: 'sent-elsewhere' };
  let delivery: CodeDeliveryDetails;
  try {
    delivery = await options.client.resend(options.request, {
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
  } catch (thrown) {
    // A ResendError (what clients reject with) comes back as it is.
    const error = toResendError(thrown);
    // In enumeration-safe mode an unknown user looks exactly like a send that Cognito did not describe: same wait,
    // no destination.
    if (error.code !== 'user-not-found' || !enumerationSafe) {
      if (error.rateLimited) claim.rateLimited(error.retryAfterMs);
      else claim.failed();
      throw error;
    }
    delivery = {};
  }
  claim.succeeded();
  return { status: 'sent', delivery };
}
