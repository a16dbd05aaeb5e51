// The local Cognito server's /_test/ control API, as the integration and end-to-end tests use it, and what a person
// does outside the page (confirming the sign-up with a code). Every test works on its own username, so test files
// can share the server while running in parallel.
import { randomUUID } from 'node:crypto';
import { CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { inject } from 'vitest';

/** The local Cognito server this project's global setup started. */
export const cognito = inject('cognito');

/** A URL on 127.0.0.1 where nothing listens, for "server down". */
export const closedEndpoint = inject('closedEndpoint');

/** A request as the server received it. */
export interface RecordedRequest {
  target: string;
  amzTarget: string;
  headers: Record<string, string | undefined>;
  body: Record<string, unknown> | null;
  receivedAt: number;
}

/** What `POST /_test/faults` accepts, for the next ResendConfirmationCode request(s) of one username. */
export type Fault = (
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  | { kind: 'http-500-non-json' }
  | { kind: 'http-503-errortype'; errorType?: string }
  | { kind: 'drop' }
  | { kind: 'too-many-requests' }
  | { kind: 'limit-exceeded' }
  | { kind: 'exception'; type: string; message?: string | null }
  | { kind: 'garbage-200' }
  | { kind: 'empty-200' }
  | {
      kind: 'custom-delivery';
      destination?: string;
      deliveryMedium?: 'EMAIL' | 'SMS';
      attributeName?: string;
    }
) & { username: string; count?: number };

/** A fresh email-as-username, so no two tests share a user or a cooldown. */
export function uniqueUsername(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

/** How Cognito masks an email destination: `j***@e***`. */
export function maskedEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${cognito.endpoint}/_test/${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} /_test/${path}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

/**
 * Signs a user up through the public app client (or `clientId`), unconfirmed (or confirmed with `confirmed: true`);
 * Cognito sends the first code.
 */
export async function signUpUser(
  username: string,
  options: { clientId?: string; confirmed?: boolean } = {},
): Promise<void> {
  await control('POST', 'users', {
    username,
    clientId: options.clientId,
    confirmed: options.confirmed ?? false,
  });
}

/** The confirmation code the user must enter now. */
export async function currentCode(username: string): Promise<string> {
  const response = await control('GET', `codes?username=${encodeURIComponent(username)}`);
  return ((await response.json()) as { code: string }).code;
}

/** Every ResendConfirmationCode request the server received for this username. */
export async function recordedResends(username: string): Promise<RecordedRequest[]> {
  const response = await control(
    'GET',
    `requests?target=ResendConfirmationCode&username=${encodeURIComponent(username)}`,
  );
  return (await response.json()) as RecordedRequest[];
}

/** Makes the server answer the next ResendConfirmationCode request(s) for `fault.username` with the fault. */
export async function injectFault(fault: Fault): Promise<void> {
  await control('POST', 'faults', fault);
}

/** Forgets the faults still queued for this username. */
export async function clearFaults(username: string): Promise<void> {
  await control('DELETE', `faults?username=${encodeURIComponent(username)}`);
}

/** Lets `username` resend `limit` times before Cognito answers LimitExceededException. */
export async function limitResends(username: string, limit: number): Promise<void> {
  await control('POST', 'resend-limit', { username, limit });
}

/** Confirms the sign-up as the person would, with amazon-cognito-identity-js; rejects with Cognito's error. */
export function confirmSignUp(username: string, code: string): Promise<unknown> {
  const userPool = new CognitoUserPool({
    UserPoolId: cognito.userPoolId,
    ClientId: cognito.clientId,
    endpoint: cognito.endpoint,
  });
  const user = new CognitoUser({ Username: username, Pool: userPool });
  return new Promise((resolve, reject) => {
    user.confirmRegistration(code, true, (error, result) => (error ? reject(error) : resolve(result)));
  });
}
