import { callWithTimeout, defaultTimeoutMs } from './callWithTimeout';
import type { ResendCodeClient } from './ResendCodeClient';
import { isResendError, ResendError } from './ResendError';
import type { CodeDeliveryDetails, ResendCallOptions, ResendRequest } from './ResendRequest';
import { resolveUserContextData, type UserContextDataParams } from './resolveUserContextData';
import { toResendError } from './toResendError';
import { validateResendRequest, validateSecretHash } from './validateResendRequest';

/** The body of Cognito's ResendConfirmationCode request; absent fields are left out, never sent empty. */
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

function toCodeDeliveryDetails(answer: unknown): CodeDeliveryDetails {
  const details = (answer as { CodeDeliveryDetails?: unknown } | null | undefined)?.CodeDeliveryDetails;
  // Cognito always describes where a new code went; anything else did not come from a working Cognito.
  if (typeof details !== 'object' || details === null) {
    throw new ResendError('malformed-response', 'Cognito answered without CodeDeliveryDetails.');
  }
  const { Destination, DeliveryMedium, AttributeName } = details as Record<string, unknown>;
  const delivery: CodeDeliveryDetails = {};
  if (typeof Destination === 'string') delivery.destination = Destination;
  if (DeliveryMedium === 'EMAIL' || DeliveryMedium === 'SMS') delivery.deliveryMedium = DeliveryMedium;
  if (typeof AttributeName === 'string') delivery.attributeName = AttributeName;
  return delivery;
}

/**
 * Builds a {@link ResendCodeClient} around a transport: validation (nothing is sent for an invalid request), the
 * secret hash provider, advanced-security context data, timeout and abort, the mapping of the answer, and of every
 * failure to a {@link ResendError} that names neither the username, the client id nor the secret hash. The
 * amazon-cognito-identity-js and fetch clients differ only in their transport, so they behave the same.
 */
export function createResendCodeClient(config: ResendCodeClientConfig): ResendCodeClient {
  const { userPoolId, clientId, transport } = config;
  const clientTimeoutMs = config.timeoutMs ?? defaultTimeoutMs;

  async function resend(
    request: ResendRequest,
    options: ResendCallOptions = {},
  ): Promise<CodeDeliveryDetails> {
    validateResendRequest(request, clientId);
    const sensitive = [request.username, clientId];
    try {
      return await callWithTimeout(
        async (signal) => {
          let secretHash = request.secretHash;
          if (typeof secretHash === 'function') {
            secretHash = await secretHash(request.username);
            // Only a string was checked up front; a provider's answer is checked here, before anything is sent.
            validateSecretHash(secretHash);
          }
          if (secretHash !== undefined) sensitive.push(secretHash);
          // The provider may have outlived a timeout or an abort; then nothing may be sent.
          signal.throwIfAborted();
          const params: ResendConfirmationCodeParams = { ClientId: clientId, Username: request.username };
          if (secretHash !== undefined) params.SecretHash = secretHash;
          if (request.clientMetadata !== undefined) params.ClientMetadata = request.clientMetadata;
          if (request.analyticsEndpointId !== undefined) {
            params.AnalyticsMetadata = { AnalyticsEndpointId: request.analyticsEndpointId };
          }
          const userContextData = resolveUserContextData(
            request.userContextData,
            request.username,
            userPoolId,
            clientId,
          );
          if (userContextData !== undefined) params.UserContextData = userContextData;
          return toCodeDeliveryDetails(await transport(params, signal));
        },
        { timeoutMs: options.timeoutMs ?? clientTimeoutMs, signal: options.signal },
      );
    } catch (thrown) {
      throw isResendError(thrown) ? thrown : toResendError(thrown, { sensitive });
    }
  }

  return { userPoolId, clientId, resend };
}
