// Only types from amazon-cognito-identity-js: apps on the fetch client must never bundle the SDK.
import type { CognitoUserPool } from 'amazon-cognito-identity-js';
import { createResendCodeClient, resendOperation } from './createResendCodeClient';
import type { ResendCodeClient } from './ResendCodeClient';

/** Options for {@link createCognitoResendClient}. */
export interface CognitoResendClientOptions {
  /**
   * Gives up after this long unless a call says otherwise (the SDK itself never times out).
   * @default 15000
   */
  timeoutMs?: number;
}

// The pool's low-level client: public at runtime but missing from the SDK's type declarations.
interface SdkUserPool {
  client: {
    request(operation: string, params: unknown, callback: (error: unknown, data?: unknown) => void): void;
  };
}

/**
 * A {@link ResendCodeClient} on the host's amazon-cognito-identity-js user pool. It sends every field of the API
 * through the pool's own client (`CognitoUser.resendConfirmationCode` drops SecretHash, AnalyticsMetadata and
 * UserContextData), adds the timeout and AbortSignal the SDK lacks, and rejects only with a `ResendError`.
 */
export function createCognitoResendClient(
  userPool: CognitoUserPool,
  options?: CognitoResendClientOptions,
): ResendCodeClient {
  const { client } = userPool as unknown as SdkUserPool;
  return createResendCodeClient({
    userPoolId: userPool.getUserPoolId(),
    clientId: userPool.getClientId(),
    timeoutMs: options?.timeoutMs,
    // The SDK's errors go to toResendError as they are: it also knows the TypeError the SDK fails with when an
    // error body is not Cognito's JSON.
    transport: (params) =>
      new Promise((resolve, reject) =>
        client.request(resendOperation, params, (error, data) => (error ? reject(error) : resolve(data))),
      ),
  });
}
