// Types, the English default and the helpers only: each other locale is imported from its own module, so the ones
// an app does not use stay out of its bundle.
export type { ResendErrorTexts } from './buildErrorMessages';
export { buildErrorMessages } from './buildErrorMessages';
export { countdownParts } from './countdownParts';
export { en } from './en';
export type { CodeSentDetails, CountdownParts, ResendMessages, TextDirection } from './ResendMessages';
export type { FormatCodeSentOptions, ResendMessageOverrides } from './resolveMessages';
export { formatCodeSent, formatCountdown, formatErrorMessage, resolveMessages } from './resolveMessages';
