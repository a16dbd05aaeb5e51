// Only types from amazon-cognito-identity-js: apps on the fetch client must never bundle the SDK.
import type { CognitoUserPool } from 'amazon-cognito-identity-js';
import { createResendCodeClient, type ResendConfirmationCodeParams } from './createResendCodeClient';
import type { ResendCodeClient } from './ResendCodeClient';
import { ResendError } from './ResendError';

/** Options for {@link createCognitoResendClient}. */
export interface CognitoResendClientOptions {
  /**
   * Gives up after this long unless a call says otherwise (the SDK itself never times out).
   * @default 15000
   */
  timeoutMs?: number;
}

// `client` is public at runtime but missing from the SDK's type declarations.
interface SdkClient {
  request(operation: string, params: unknown, callback: (error: unknown, data?: unknown) => void): void;
}

/**
 * A {@link ResendCodeClient} on the host's amazon-cognito-identity-js user pool. It sends every field of the API
 * through the pool's own client (`CognitoUser.resendConfirmationCode` drops SecretHash, AnalyticsMetadata and
 * UserContextData), adds the timeout and AbortSignal the SDK lacks, and rejects only with a `ResendError`.
 */
export function createCognitoResendClient(
  userPool: CognitoUserPool,
  options: CognitoResendClientOptions = {},
): ResendCodeClient {
  const sdkClient = (userPool as unknown as { client: SdkClient }).client;
  return createResendCodeClient({
    userPoolId: userPool.getUserPoolId(),
    clientId: userPool.getClientId(),
    timeoutMs: options.timeoutMs,
    transport: (params: ResendConfirmationCodeParams) =>
      new Promise((resolve, reject) => {
        sdkClient.request('ResendConfirmationCode', params, (error, data) => {
          if (!error) {
            resolve(data);
          } else if (error instanceof TypeError) {
            // The SDK turns fetch's own TypeErrors into 'Network error', so a TypeError here is its failure to
            // read an error body that is not Cognito's JSON.
            reject(
              new ResendError('malformed-response', 'Cognito answered with an unreadable error.', {
                cause: error,
              }),
            );
          } else {
            reject(error);
          }
        });
      }),
  });
}
