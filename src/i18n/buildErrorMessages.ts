import type { ResendErrorCode } from '../core/ResendError';
import type { SameNames, Split } from '../core/Split';

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

// The error codes grouped by the text they share, one `|`-separated group per entry of ResendErrorTexts, in its
// order: one string taken apart at run time costs far fewer bytes than an object literal naming 24 codes.
const codesByText =
  'forbidden invalid-email-role-access-policy invalid-lambda-response invalid-parameter invalid-sms-role-access-policy invalid-sms-role-trust-relationship not-authorized operation-not-enabled resource-not-found unexpected-lambda user-lambda-validation|internal-error malformed-response unknown|limit-exceeded too-many-requests resend-limit-reached|code-delivery-failure|user-not-found|user-already-confirmed|network-error|timeout|aborted|invalid-request';

// A compile error unless the list names every code and nothing else.
true satisfies SameNames<Split<Split<typeof codesByText, '|'>, ' '>, ResendErrorCode>;

/** Builds the message for every {@link ResendErrorCode} from a language's {@link ResendErrorTexts}. */
export function buildErrorMessages(texts: ResendErrorTexts): Record<ResendErrorCode, string> {
  return Object.fromEntries(
    codesByText.split('|').flatMap((codes, index) => codes.split(' ').map((code) => [code, texts[index]])),
  ) as Record<ResendErrorCode, string>;
}
