import { buildCatalogue } from './buildCatalogue';

// Every locale lists its texts in this order; the templates' syntax is described on ResendTexts. Each locale is
// marked pure, so that a bundle that never reads one (say, English in an app that passes its own catalogue) drops
// it with its texts.
/** English messages: the default catalogue. */
export const en = /* @__PURE__ */ buildCatalogue([
  // locale
  'en',
  // resendLabel
  'Resend code',
  // sendingLabel
  'Sending…',
  // countdown: the wait, short, as the label stays beside it: seconds (no plural forms needed)
  '{#\u00a0s}',
  // codeSent: the medium, neither|text message|email, then the destination, none|#
  'A new code was sent{| by text message| by email}{| to #}.',
  // earlierCodesVoid: appended to both code-sent announcements (with the space between sentences, if any)
  ' Earlier codes no longer work.',
  // codeSentIfAccountExists
  'If an account exists, a new code was sent.',
  // readyAgain
  'You can request a new code now.',
  // limitReached: the end, without|with #
  'You have requested as many codes as allowed for now.{ Try again later.| You can request a new one after #.}',
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
