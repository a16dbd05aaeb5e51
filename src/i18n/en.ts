import { buildCatalogue } from './buildCatalogue';

// Every locale lists its texts in this order; the templates' syntax is described on ResendTexts.
/** English messages: the default catalogue. */
export const en = buildCatalogue([
  // locale, resendLabel, sendingLabel
  'en',
  'Resend code',
  'Sending…',
  // countdown: the wait in seconds, other|one
  'Resend available in {# seconds|# second}',
  // codeSent: the medium, neither|text message|email, then the destination, none|#
  'A new code was sent{| by text message| by email}{| to #}.',
  // earlierCodesVoid, after both code-sent announcements (with the space between sentences)
  ' Earlier codes no longer work.',
  // codeSentIfAccountExists, readyAgain
  'If an account exists, a new code was sent.',
  'You can request a new code now.',
  // unavailable
  "Can't send a code right now. Try again later or contact support.",
  // failed
  'Something went wrong. Try again.',
  // rateLimited
  'Too many attempts. Wait a few minutes, then try again.',
  // notDelivered
  "The code couldn't be delivered. Try again later.",
  // userNotFound
  'No account found. Check your details and try again.',
  // alreadyConfirmed
  'This account is already confirmed. You can sign in.',
  // offline
  'You seem to be offline. Check your connection and try again.',
  // timedOut
  'This took too long. Try again.',
  // cancelled
  'The request was cancelled.',
  // invalidDetails
  'Check your details and try again.',
]);
