// How the live stories find the local Cognito server (tools/cognito-server.js). Only its base URL is passed in:
// by the Storybook test run (its globalSetup starts a server and .storybook/vitest.setup.ts hands the URL over), or
// by `npm start` (tools/start.js starts a server and gives Storybook STORYBOOK_LOCAL_COGNITO_ENDPOINT). The pool and
// app client come from the server itself, `GET /_test/config`.

/** The local server, reachable and described by its control API. */
export interface LocalCognito {
  /** Base URL: Cognito's API at `/`, the control API under `/_test/`. */
  endpoint: string;
  /** The seeded user pool (email is the username). */
  userPoolId: string;
  /** Its public app client. */
  clientId: string;
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
export function getLocalCognitoEndpoint(): string | undefined {
  const fromStart = import.meta.env.STORYBOOK_LOCAL_COGNITO_ENDPOINT;
  return endpointOfTestRun ?? (fromStart ? fromStart.replace(/\/+$/, '') : undefined);
}

/** Finds the local server and reads its pool and client ids. */
export async function connectLocalCognito(): Promise<LocalCognitoConnection> {
  const endpoint = getLocalCognitoEndpoint();
  if (!endpoint) return { status: 'not-configured' };
  try {
    const response = await fetch(`${endpoint}/_test/config`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const config = (await response.json()) as { userPoolId: string; clientId: string };
    return {
      status: 'ready',
      cognito: { endpoint, userPoolId: config.userPoolId, clientId: config.clientId },
    };
  } catch (error) {
    return {
      status: 'unreachable',
      endpoint,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

async function control(
  cognito: LocalCognito,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const response = await fetch(`${cognito.endpoint}/_test/${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /_test/${path}: HTTP ${response.status}`);
  return response;
}

/** The confirmation code Cognito delivered last to this user (what the user would find in the inbox). */
export async function readDeliveredCode(cognito: LocalCognito, username: string): Promise<string | null> {
  const response = await control(cognito, 'GET', `codes?username=${encodeURIComponent(username)}`);
  return ((await response.json()) as { code: string | null }).code;
}

/** Creates a user directly on the server, e.g. one that is already confirmed. */
export async function seedUser(
  cognito: LocalCognito,
  user: { username: string; confirmed?: boolean },
): Promise<void> {
  await control(cognito, 'POST', 'users', user);
}

/** Makes the server answer this user's next ResendConfirmationCode with a fault, e.g. `limit-exceeded`. */
export async function injectResendFault(
  cognito: LocalCognito,
  fault: { username: string; kind: 'limit-exceeded' | 'too-many-requests' | 'exception'; type?: string },
): Promise<void> {
  await control(cognito, 'POST', 'faults', fault);
}

/** A fresh email-as-username, so every run signs up its own user. */
export function randomEmail(label: string): string {
  return `${label}-${crypto.randomUUID().slice(0, 8)}@example.com`;
}
