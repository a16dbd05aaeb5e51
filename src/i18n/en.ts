import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const earlierCodesVoid = 'Earlier codes no longer work.';

/** English messages: the default catalogue. */
export const en: ResendMessages = {
  locale: 'en',
  direction: 'ltr',
  resendLabel: 'Resend code',
  sendingLabel: 'Sending…',
  countdown: ({ formattedSeconds, plural, clock }) =>
    `Resend available in ${clock ?? `${formattedSeconds} ${plural === 'one' ? 'second' : 'seconds'}`}`,
  codeSent: ({ destination, medium }) =>
    `A new code was sent${medium === 'SMS' ? ' by text message' : medium === 'EMAIL' ? ' by email' : ''}${
      destination ? ` to ${destination}` : ''
    }. ${earlierCodesVoid}`,
  codeSentIfAccountExists: `If an account exists, a new code was sent. ${earlierCodesVoid}`,
  readyAgain: 'You can request a new code now.',
  errors: buildErrorMessages([
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
  ]),
};
