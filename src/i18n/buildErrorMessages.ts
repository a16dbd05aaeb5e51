import type { ResendErrorCode } from '../core/ResendError';

/**
 * The few distinct error texts a language needs, in this order; {@link buildErrorMessages} assigns each error code
 * one of them, so a catalogue stays small and a new code needs no new translation unless it needs new words. A
 * tuple, not an object: every locale ships these ten texts, and their names would cost more than some of them.
 */
export type ResendErrorTexts = readonly [
  /** The pool or app is set up wrongly (roles, triggers, permissions): nothing the person can fix. */
  unavailable: string,
  /** A passing fault on the server's side or a fault nobody knows yet. */
  failed: string,
  /** Too many requests: wait a while. */
  rateLimited: string,
  /** The email or text message could not be delivered. */
  notDelivered: string,
  /** No account matches the username. */
  userNotFound: string,
  /** The account is confirmed already: the person can sign in. */
  alreadyConfirmed: string,
  /** The device seems to be offline. */
  offline: string,
  /** No answer came in time. */
  timedOut: string,
  /** The request was cancelled. */
  cancelled: string,
  /** The username or request details are not valid. */
  invalidDetails: string,
];

/**
 * Builds the message for every {@link ResendErrorCode} from a language's {@link ResendErrorTexts} and its sentence
 * for a reached cap on codes (which lasts until the streak starts over, so no "wait a few minutes").
 */
export function buildErrorMessages(
  [
    unavailable,
    failed,
    rateLimited,
    notDelivered,
    userNotFound,
    alreadyConfirmed,
    offline,
    timedOut,
    cancelled,
    invalidDetails,
  ]: ResendErrorTexts,
  limitReached: string,
): Record<ResendErrorCode, string> {
  // The return type makes this a compile error unless every code has a message.
  return {
    forbidden: unavailable,
    'invalid-email-role-access-policy': unavailable,
    'invalid-lambda-response': unavailable,
    'invalid-parameter': unavailable,
    'invalid-sms-role-access-policy': unavailable,
    'invalid-sms-role-trust-relationship': unavailable,
    'not-authorized': unavailable,
    'operation-not-enabled': unavailable,
    'resource-not-found': unavailable,
    'unexpected-lambda': unavailable,
    'user-lambda-validation': unavailable,
    'internal-error': failed,
    'malformed-response': failed,
    unknown: failed,
    'limit-exceeded': rateLimited,
    'too-many-requests': rateLimited,
    'resend-limit-reached': limitReached,
    'code-delivery-failure': notDelivered,
    'user-not-found': userNotFound,
    'user-already-confirmed': alreadyConfirmed,
    'network-error': offline,
    timeout: timedOut,
    aborted: cancelled,
    'invalid-request': invalidDetails,
  };
}
