import { callWithTimeout } from './callWithTimeout';
import type { ResendCodeClient } from './ResendCodeClient';
import type { CodeDeliveryDetails, UserContextData } from './ResendRequest';
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

// The fields of Cognito's CodeDeliveryDetails; each is returned under its name with a lower-case first letter.
const deliveryFields = ['Destination', 'DeliveryMedium', 'AttributeName'];

// Cognito's advanced-security script defines it, when the host page loads it.
declare const AmazonCognitoAdvancedSecurityData: {
  getData(username: string, userPoolId: string, clientId: string): unknown;
};

// A wire field whose fields are all `undefined` would be serialised as `{}`: it is left out instead (absent, never
// sent empty).
const unlessEmpty = <Field extends object>(field: Field): Field | undefined =>
  JSON.stringify(field) === '{}' ? undefined : field;

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
      let { username, secretHash, clientMetadata, analyticsEndpointId, userContextData = 'auto' } = request;
      // Never shown by an error; toResendError skips what is not a string (no secret hash, or one not yet known).
      const sensitive: (string | undefined)[] = [username, clientId];
      return callWithTimeout(
        async (signal) => {
          if (typeof secretHash === 'function') {
            // Only a string was checked up front; a provider's answer is checked here, before anything is sent.
            secretHash = await secretHash(username);
            validateSecretHash(secretHash);
          }
          sensitive.push(secretHash);
          // The provider may have outlived a timeout or an abort; then nothing may be sent.
          signal.throwIfAborted();
          // `'auto'` and `'off'` are strings, whose fields read as `undefined`.
          let { encodedData, ipAddress } = userContextData as UserContextData;
          if (userContextData === 'auto') {
            // Cognito's advanced-security script, when the host page loaded it. It belongs to the page: whatever
            // goes wrong in it (or its absence) must not stop the resend, and anything but data is none.
            try {
              const data = AmazonCognitoAdvancedSecurityData.getData(username, userPoolId, clientId);
              if (typeof data === 'string' && data) encodedData = data;
            } catch {}
          }
          // Fields left `undefined` are not serialised: absent, never sent empty.
          const answer: any = await transport(
            {
              ClientId: clientId,
              Username: username,
              SecretHash: secretHash,
              ClientMetadata: clientMetadata,
              AnalyticsMetadata: unlessEmpty({ AnalyticsEndpointId: analyticsEndpointId! }),
              UserContextData: unlessEmpty({ EncodedData: encodedData, IpAddress: ipAddress }),
            },
            signal,
          );
          const details = answer?.CodeDeliveryDetails;
          // Cognito always describes where a new code went; anything else did not come from a working Cognito,
          // and toResendError makes a SyntaxError `malformed-response` (it never quotes a message).
          if (Object(details) !== details) throw new SyntaxError();
          const delivery: Record<string, string> = {};
          for (const field of deliveryFields) {
            const value = details[field];
            if (typeof value === 'string') delivery[field[0]!.toLowerCase() + field.slice(1)] = value;
          }
          return delivery as CodeDeliveryDetails;
        },
        // A per-call timeout wins over the client's.
        { signal: options.signal, timeoutMs: options.timeoutMs ?? clientTimeoutMs },
      ).catch((thrown) => {
        // A ResendError that shows none of the sensitive strings comes back as it is.
        throw toResendError(thrown, { sensitive });
      });
    },
  };
}
