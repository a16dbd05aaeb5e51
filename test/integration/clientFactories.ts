// The two clients under test, configured alike against the local Cognito server: the same tests run against each.
import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { createCognitoResendClient } from '../../src/core/createCognitoResendClient';
import { createFetchResendClient } from '../../src/core/createFetchResendClient';
import type { ResendCodeClient } from '../../src/core/ResendCodeClient';
import { cognito } from '../support/localCognito';

/** Builds one of the two clients under test. */
export type ClientFactory = (options?: {
  clientId?: string;
  endpoint?: string;
  timeoutMs?: number;
}) => ResendCodeClient;

/** Both clients, configured alike: the same tests run against each. */
export const clientFactories: Record<'amazon-cognito-identity-js' | 'fetch', ClientFactory> = {
  'amazon-cognito-identity-js': (options = {}) =>
    createCognitoResendClient(
      new CognitoUserPool({
        UserPoolId: cognito.userPoolId,
        ClientId: options.clientId ?? cognito.clientId,
        endpoint: options.endpoint ?? cognito.endpoint,
      }),
      { timeoutMs: options.timeoutMs },
    ),
  fetch: (options = {}) =>
    createFetchResendClient({
      userPoolId: cognito.userPoolId,
      clientId: options.clientId ?? cognito.clientId,
      endpoint: options.endpoint ?? cognito.endpoint,
      timeoutMs: options.timeoutMs,
    }),
};
