// The clients under test, configured alike against the local Cognito server: the same tests run against each.
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { Amplify } from 'aws-amplify';
import { ConsoleLogger } from 'aws-amplify/utils';
import { createAmplifyResendClient } from '../../src/amplify/createAmplifyResendClient';
import { createSdkV3ResendClient } from '../../src/awsSdkV3/createSdkV3ResendClient';
import { createCognitoResendClient } from '../../src/core/createCognitoResendClient';
import { createFetchResendClient } from '../../src/core/createFetchResendClient';
import type { ResendCodeClient } from '../../src/core/ResendCodeClient';
import { cognito } from '../support/localCognito';

/** Builds one of the clients under test. */
export type ClientFactory = (options?: {
  clientId?: string;
  endpoint?: string;
  timeoutMs?: number;
}) => ResendCodeClient;

// Amplify warns on every configure that the endpoint is a custom one: true here, and noise in the test output.
ConsoleLogger.LOG_LEVEL = 'ERROR';

/** The clients that can put every field of the API on the wire. */
export const everyFieldClientFactories: Record<
  'amazon-cognito-identity-js' | 'fetch' | 'AWS SDK v3',
  ClientFactory
> = {
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
  // No credentials: ResendConfirmationCode is an unauthenticated call, as in a browser.
  'AWS SDK v3': (options = {}) =>
    createSdkV3ResendClient(
      new CognitoIdentityProviderClient({
        region: cognito.userPoolId.split('_')[0],
        endpoint: options.endpoint ?? cognito.endpoint,
      }),
      {
        userPoolId: cognito.userPoolId,
        clientId: options.clientId ?? cognito.clientId,
        timeoutMs: options.timeoutMs,
      },
    ),
};

/**
 * Amplify v6, configured as an app configures it (one global configuration, pointed at the local server). It sends
 * the username, client metadata and the advanced-security script's data, and refuses the other fields.
 */
export const amplifyClientFactory: ClientFactory = (options = {}) => {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: cognito.userPoolId,
        userPoolClientId: options.clientId ?? cognito.clientId,
        userPoolEndpoint: options.endpoint ?? cognito.endpoint,
      },
    },
  });
  return createAmplifyResendClient({ timeoutMs: options.timeoutMs });
};

/** Every client: the same tests run against each. */
export const clientFactories: Record<keyof typeof everyFieldClientFactories | 'Amplify v6', ClientFactory> = {
  ...everyFieldClientFactories,
  'Amplify v6': amplifyClientFactory,
};

/**
 * How many requests a fault must answer for Cognito to keep answering it through one resend: Amplify retries
 * throttling, server and connection faults itself, up to three attempts (the other clients make one).
 */
export const attemptsPerResend = 3;
