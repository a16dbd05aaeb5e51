// How the live stories find the local Cognito server (tools/cognito-server.js). Only its base URL is passed in:
// by the Storybook test run (its globalSetup starts a server and .storybook/vitest.setup.ts hands the URL over), or
// by `npm start` (tools/start.js starts a server and gives Storybook STORYBOOK_LOCAL_COGNITO_ENDPOINT). The pool and
// app client come from the server itself, `GET /_test/config`. The control API's client is the tests' own
// (test/support/cognitoControl.ts).
import { cognitoControl } from '../../test/support/cognitoControl';

/** The local server, reachable and described by its control API. */
export interface LocalCognito {
  /** Base URL: Cognito's API at `/`, the control API under `/_test/`. */
  endpoint: string;
  /** The seeded user pool (email is the username). */
  userPoolId: string;
  /** Its public app client (PreventUserExistenceErrors LEGACY: an unknown user gets UserNotFoundException). */
  clientId: string;
  /** A public app client with PreventUserExistenceErrors ENABLED: an unknown user gets a simulated destination. */
  preventUserExistenceClientId: string;
}

/** What a live story finds when it loads. */
export type LocalCognitoConnection =
  | { status: 'ready'; cognito: LocalCognito }
  | { status: 'not-configured' }
  | { status: 'unreachable'; endpoint: string; reason: string };

let endpointOfTestRun: string | undefined;

/** Points the live stories at this server (the test run's setup file calls it). */
export function setLocalCognitoEndpoint(endpoint: string): void {
  endpointOfTestRun = endpoint.replace(/\/+$/, '');
}

/** The server's base URL, if this Storybook was started with one. */
function getLocalCognitoEndpoint(): string | undefined {
  const fromStart = import.meta.env.STORYBOOK_LOCAL_COGNITO_ENDPOINT;
  return endpointOfTestRun ?? (fromStart ? fromStart.replace(/\/+$/, '') : undefined);
}

/** Finds the local server and reads its pool and client ids. */
export async function connectLocalCognito(): Promise<LocalCognitoConnection> {
  const endpoint = getLocalCognitoEndpoint();
  if (!endpoint) return { status: 'not-configured' };
  try {
    const config = await cognitoControl(endpoint).config();
    return {
      status: 'ready',
      cognito: {
        endpoint,
        userPoolId: config.userPoolId,
        clientId: config.clientId,
        preventUserExistenceClientId: config.preventUserExistenceClientId,
      },
    };
  } catch (error) {
    return {
      status: 'unreachable',
      endpoint,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}
