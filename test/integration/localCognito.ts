// The local Cognito server's /_test/ control API, as the integration tests use it. Every test works on its own
// username, so test files can share the server while running in parallel.
import { randomUUID } from 'node:crypto';
import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { inject } from 'vitest';
import { createCognitoResendClient } from '../../src/core/createCognitoResendClient';
import { createFetchResendClient } from '../../src/core/createFetchResendClient';
import type { ResendCodeClient } from '../../src/core/ResendCodeClient';

export const cognito = inject('cognito');

/** A request as the server received it. */
export interface RecordedRequest {
  target: string;
  amzTarget: string;
  headers: Record<string, string | undefined>;
  body: Record<string, unknown> | null;
  receivedAt: number;
}

/** What `POST /_test/faults` accepts. */
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

/** A fresh email-as-username, so no two tests share a user. */
export function uniqueUsername(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
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

/** Signs a user up (unconfirmed, or confirmed with `confirmed: true`); Cognito sends the first code. */
export async function signUpUser(username: string, options: { confirmed?: boolean } = {}): Promise<void> {
  await control('POST', 'users', { username, confirmed: options.confirmed ?? false });
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

/** Lets `username` resend `limit` times before Cognito answers LimitExceededException. */
export async function limitResends(username: string, limit: number): Promise<void> {
  await control('POST', 'resend-limit', { username, limit });
}

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
