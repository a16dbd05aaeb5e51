import { callWithTimeout } from './callWithTimeout';
import type { ResendCodeClient } from './ResendCodeClient';
import { ResendError } from './ResendError';
import type { CodeDeliveryDetails } from './ResendRequest';
import { resolveUserContextData, type UserContextDataParams } from './resolveUserContextData';
import { toResendError } from './toResendError';
import { validateResendRequest, validateSecretHash } from './validateResendRequest';

/** The body of Cognito's ResendConfirmationCode request; an absent field is `undefined`, so it is not sent. */
export interface ResendConfirmationCodeParams {
  /** The app client id. */
  ClientId: string;
  /** The username or alias the code is for. */
  Username: string;
  /** HMAC of username and client id, for app clients with a secret. */
  SecretHash?: string;
  /** Passed to Lambda triggers. */
  ClientMetadata?: Record<string, string>;
  /** The Amazon Pinpoint endpoint. */
  AnalyticsMetadata?: { AnalyticsEndpointId: string };
  /** Advanced-security context. */
  UserContextData?: UserContextDataParams;
}

/**
 * Sends one ResendConfirmationCode request and resolves to Cognito's parsed answer. It may reject with anything;
 * the client maps it to a {@link ResendError}. `signal` aborts on timeout or cancellation.
 */
export type ResendTransport = (params: ResendConfirmationCodeParams, signal: AbortSignal) => Promise<unknown>;

/** What {@link createResendCodeClient} needs. */
export interface ResendCodeClientConfig {
  /** The user pool id (`region_id`). */
  userPoolId: string;
  /** The app client id, sent as `ClientId`. */
  clientId: string;
  /**
   * Gives up after this long unless a call says otherwise.
   * @default 15000
   */
  timeoutMs?: number;
  /** Puts the request on the wire. */
  transport: ResendTransport;
}

/**
 * Builds a {@link ResendCodeClient} around a transport: validation (nothing is sent for an invalid request), the
 * secret hash provider, advanced-security context data, timeout and abort, the mapping of the answer, and of every
 * failure to a {@link ResendError} that names neither the username, the client id nor the secret hash. The
 * amazon-cognito-identity-js and fetch clients differ only in their transport, so they behave the same.
 */
export function createResendCodeClient({
  userPoolId,
  clientId,
  timeoutMs: clientTimeoutMs,
  transport,
}: ResendCodeClientConfig): ResendCodeClient {
  return {
    userPoolId,
    clientId,
    async resend(request, { timeoutMs = clientTimeoutMs, signal } = {}) {
      validateResendRequest(request, clientId);
      const { username, analyticsEndpointId } = request;
      const sensitive = [username, clientId];
      try {
        return await callWithTimeout(
          async (signal) => {
            let { secretHash } = request;
            if (typeof secretHash === 'function') {
              secretHash = await secretHash(username);
              // Only a string was checked up front; a provider's answer is checked here, before anything is sent.
              validateSecretHash(secretHash);
            }
            if (secretHash) sensitive.push(secretHash);
            // The provider may have outlived a timeout or an abort; then nothing may be sent.
            signal.throwIfAborted();
            // Fields left `undefined` are not serialised: absent, never sent empty.
            const answer: any = await transport(
              {
                ClientId: clientId,
                Username: username,
                SecretHash: secretHash,
                ClientMetadata: request.clientMetadata,
                AnalyticsMetadata:
                  analyticsEndpointId === undefined
                    ? undefined
                    : { AnalyticsEndpointId: analyticsEndpointId },
                UserContextData: resolveUserContextData(
                  request.userContextData,
                  username,
                  userPoolId,
                  clientId,
                ),
              },
              signal,
            );
            const details = answer?.CodeDeliveryDetails;
            // Cognito always describes where a new code went; anything else did not come from a working Cognito.
            if (typeof details !== 'object' || !details) {
              throw new ResendError('malformed-response', 'No CodeDeliveryDetails.');
            }
            const { Destination, DeliveryMedium, AttributeName } = details;
            const delivery: CodeDeliveryDetails = {};
            if (typeof Destination === 'string') delivery.destination = Destination;
            if (DeliveryMedium === 'EMAIL' || DeliveryMedium === 'SMS') {
              delivery.deliveryMedium = DeliveryMedium;
            }
            if (typeof AttributeName === 'string') delivery.attributeName = AttributeName;
            return delivery;
          },
          { timeoutMs, signal },
        );
      } catch (thrown) {
        // A ResendError that shows none of the sensitive strings comes back as it is.
        throw toResendError(thrown, { sensitive });
      }
    },
  };
}
