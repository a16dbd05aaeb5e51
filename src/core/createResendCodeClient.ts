import { callWithTimeout } from './callWithTimeout';
import { malformedResponse } from './malformedResponse';
import type { ResendCodeClient } from './ResendCodeClient';
import type { CodeDeliveryDetails, ResendRequest } from './ResendRequest';
import { toResendError } from './toResendError';
import { validateResendRequest, validateSecretHash } from './validateResendRequest';

/** `UserContextData` as Cognito reads it on the wire. */
export interface UserContextDataParams {
  /** The advanced-security fingerprint. */
  EncodedData?: string;
  /** The end user's IP address. */
  IpAddress?: string;
}

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

/** The name of Cognito's operation, as both transports put it on the wire. */
export const resendOperation = 'ResendConfirmationCode';

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

// Cognito's advanced-security script defines it, when the host page loads it.
declare const AmazonCognitoAdvancedSecurityData: {
  getData(username: string, userPoolId: string, clientId: string): unknown;
};

/** Who the request is for: the arguments of the advanced-security script. */
interface ContextDataSubject {
  username: string;
  userPoolId: string;
  clientId: string;
}

/**
 * The fingerprint of Cognito's advanced-security script, when the host page loaded it. The script belongs to the
 * page: whatever goes wrong in it (or its absence) must not stop the resend, and anything but data is none.
 */
function advancedSecurityData({ username, userPoolId, clientId }: ContextDataSubject): string | undefined {
  try {
    const data = AmazonCognitoAdvancedSecurityData.getData(username, userPoolId, clientId);
    if (typeof data === 'string' && data !== '') return data;
  } catch {}
  return undefined;
}

/**
 * The wire `UserContextData` for a request's `userContextData`: the script's fingerprint for `'auto'`, none for
 * `'off'`, else the given fields; `undefined` (not sent) when there is nothing to send, never an empty object.
 */
function userContextDataParams(
  userContextData: NonNullable<ResendRequest['userContextData']>,
  subject: ContextDataSubject,
): UserContextDataParams | undefined {
  if (userContextData === 'off') return undefined;
  if (userContextData === 'auto') {
    const encodedData = advancedSecurityData(subject);
    if (encodedData === undefined) return undefined;
    return { EncodedData: encodedData };
  }
  const { encodedData, ipAddress } = userContextData;
  if (encodedData === undefined && ipAddress === undefined) return undefined;
  return { EncodedData: encodedData, IpAddress: ipAddress };
}

/** The secret hash to send: the string itself, or what the host's provider answers, checked before it is sent. */
async function resolveSecretHash(
  secretHash: ResendRequest['secretHash'],
  username: string,
): Promise<string | undefined> {
  if (typeof secretHash !== 'function') return secretHash;
  // Only a string was checked up front; a provider's answer is checked here, before anything is sent.
  const resolved = await secretHash(username);
  validateSecretHash(resolved);
  return resolved;
}

/**
 * Where the new code went, from Cognito's answer. Cognito always describes it (`CodeDeliveryDetails`); an answer
 * that does not did not come from a working Cognito: a {@link malformedResponse}.
 */
function deliveryOf(answer: any): CodeDeliveryDetails {
  const details = answer?.CodeDeliveryDetails;
  if (typeof details !== 'object' || details === null) throw malformedResponse();
  const delivery: CodeDeliveryDetails = {};
  if (typeof details.Destination === 'string') delivery.destination = details.Destination;
  if (typeof details.DeliveryMedium === 'string') delivery.deliveryMedium = details.DeliveryMedium;
  if (typeof details.AttributeName === 'string') delivery.attributeName = details.AttributeName;
  return delivery;
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
    async resend(request, options = {}) {
      validateResendRequest(request, clientId);
      // Read once, as validated.
      const { username, secretHash, clientMetadata, analyticsEndpointId, userContextData = 'auto' } = request;
      // Never shown by an error; toResendError skips what is not a string (no secret hash, or one not yet known).
      const sensitive: (string | undefined)[] = [username, clientId];

      const send = async (signal: AbortSignal): Promise<CodeDeliveryDetails> => {
        const resolvedSecretHash = await resolveSecretHash(secretHash, username);
        sensitive.push(resolvedSecretHash);
        // The provider may have outlived a timeout or an abort; then nothing may be sent.
        signal.throwIfAborted();
        // Fields left `undefined` are not serialised: absent, never sent empty.
        const params: ResendConfirmationCodeParams = {
          ClientId: clientId,
          Username: username,
          SecretHash: resolvedSecretHash,
          ClientMetadata: clientMetadata,
          AnalyticsMetadata:
            analyticsEndpointId === undefined ? undefined : { AnalyticsEndpointId: analyticsEndpointId },
          UserContextData: userContextDataParams(userContextData, { username, userPoolId, clientId }),
        };
        return deliveryOf(await transport(params, signal));
      };

      try {
        // A per-call timeout wins over the client's.
        return await callWithTimeout(send, {
          signal: options.signal,
          timeoutMs: options.timeoutMs ?? clientTimeoutMs,
        });
      } catch (thrown) {
        // A ResendError that shows none of the sensitive strings comes back as it is.
        throw toResendError(thrown, { sensitive });
      }
    },
  };
}
