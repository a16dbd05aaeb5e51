// The AWS SDK v3 is the app's own (an optional peer): only this entry point imports it, never the main one.
import {
  type CognitoIdentityProviderClient,
  ResendConfirmationCodeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AbsoluteLocation, FinalizeRequestHandlerOptions } from '@smithy/types';
import { createResendCodeClient } from '../core/createResendCodeClient';
import type { ResendCodeClient } from '../core/ResendCodeClient';
import { fromSdkV3Exception } from './fromSdkV3Exception';

/** Options for {@link createSdkV3ResendClient}. */
export interface SdkV3ResendClientOptions {
  /** The user pool id (`region_id`), part of the cooldown key: the SDK client knows only its region. */
  userPoolId: string;
  /** The app client id, sent as `ClientId`. */
  clientId: string;
  /**
   * Gives up after this long unless a call says otherwise.
   * @default 15000
   */
  timeoutMs?: number;
}

// The SDK's own retry step, replaced for this command only by one that makes a single attempt: a click must put one
// request on the wire, and a rate limit must reach the cooldown instead of being retried behind it. The name, step
// and priority are those of the SDK's retry middleware, which is what lets this entry override it.
const singleAttempt: FinalizeRequestHandlerOptions & AbsoluteLocation = {
  name: 'retryMiddleware',
  step: 'finalizeRequest',
  priority: 'high',
  tags: ['RETRY'],
  override: true,
};

/**
 * A {@link ResendCodeClient} on the app's AWS SDK v3 `CognitoIdentityProviderClient`: it sends every field of the
 * API with `ResendConfirmationCodeCommand`, makes one attempt per resend (the client's retries stay off for it),
 * cancels on timeout or abort, and maps the SDK's exception classes and `$metadata` to the same `ResendError`s as the
 * other clients.
 */
export function createSdkV3ResendClient(
  client: CognitoIdentityProviderClient,
  options: SdkV3ResendClientOptions,
): ResendCodeClient {
  return createResendCodeClient({
    ...options,
    transport: async (params, signal) => {
      const command = new ResendConfirmationCodeCommand(params);
      command.middlewareStack.add((next) => next, singleAttempt);
      try {
        return await client.send(command, { abortSignal: signal });
      } catch (thrown) {
        throw fromSdkV3Exception(thrown);
      }
    },
  });
}
