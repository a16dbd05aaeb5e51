// The local Cognito server this project's global setup started, and its /_test/ control API bound to it, as the
// integration and end-to-end tests use it. Every test works on its own username, so test files can share the
// server while running in parallel.
import { inject } from 'vitest';
import { cognitoControl } from './cognitoControl';
import { confirmSignUp as confirmSignUpAt } from './confirmSignUp';

export type { Fault, RecordedRequest } from './cognitoControl';
export { uniqueUsername } from './cognitoControl';

/** The local Cognito server this project's global setup started. */
export const cognito = inject('cognito');

/** A URL on 127.0.0.1 where nothing listens, for "server down". */
export const closedEndpoint = inject('closedEndpoint');

const control = cognitoControl(cognito.endpoint);

/** How Cognito masks an email destination: `j***@e***`. */
export function maskedEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

/**
 * Signs a user up through the public app client (or `clientId`), unconfirmed (or confirmed with `confirmed: true`);
 * Cognito sends the first code.
 */
export const signUpUser = control.signUpUser;

/** The confirmation code the user must enter now. */
export async function currentCode(username: string): Promise<string> {
  const code = await control.readCode(username);
  // A user signed up here always has one; a missing code would otherwise pass as "a different code".
  if (code === null) throw new Error(`No confirmation code for ${username}.`);
  return code;
}

/** Every ResendConfirmationCode request the server received for this username. */
export const recordedResends = control.recordedResends;

/** Makes the server answer the next ResendConfirmationCode request(s) for `fault.username` with the fault. */
export const injectFault = control.injectFault;

/** Forgets the faults still queued for this username. */
export const clearFaults = control.clearFaults;

/** Lets `username` resend `limit` times before Cognito answers LimitExceededException. */
export const limitResends = control.limitResends;

/** Confirms the sign-up as the person would, with amazon-cognito-identity-js; rejects with Cognito's error. */
export function confirmSignUp(username: string, code: string): Promise<unknown> {
  return confirmSignUpAt(cognito, username, code);
}
