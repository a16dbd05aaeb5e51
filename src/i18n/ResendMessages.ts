import type { ResendErrorCode } from '../core/ResendError';
import type { CodeDeliveryDetails } from '../core/ResendRequest';

/** Which way a catalogue's language is written; set it as `dir` on the element that shows the messages. */
export type TextDirection = 'ltr' | 'rtl';

/** What a countdown message is given: the wait, already written for the catalogue's locale with `Intl`. */
export interface CountdownParts {
  /** Whole seconds left until a resend is possible. */
  seconds: number;
  /** `seconds` written with the locale's digits (`Intl.NumberFormat`), e.g. `42`. */
  formattedSeconds: string;
  /** The locale's plural category for `seconds` (`Intl.PluralRules`), to choose the word for "seconds". */
  plural: Intl.LDMLPluralRule;
  /** The wait as a clock, `m:ss` (`h:mm:ss` from an hour on), for waits of a minute or more; otherwise `undefined`. */
  clock: string | undefined;
}

/** Where the new code went, as Cognito reported it. */
export interface CodeSentDetails {
  /** The destination as Cognito masked it, e.g. `j***@e***.com` or `+*******1234`; shown as plain text. */
  destination?: string;
  /** How the code travels. */
  medium?: CodeDeliveryDetails['deliveryMedium'];
}

/** What the message for a reached cap on codes is given. */
export interface LimitReachedDetails {
  /** When the cap ends, written for the catalogue's locale with `Intl` (e.g. `14:05`); absent when not known. */
  formattedEndTime?: string;
}

/**
 * Every text the resend button and its status region show, for one language. Entries are plain strings or small
 * functions of typed parameters, so each language builds its own sentences.
 */
export interface ResendMessages {
  /** BCP 47 tag of the language, passed to `Intl` for numbers and plurals, e.g. `pt-BR`. */
  locale: string;
  /** Which way the language is written. */
  direction: TextDirection;
  /** The button's label and accessible name; it stays the same during the countdown. */
  resendLabel: string;
  /** Visible text while the request is in flight. */
  sendingLabel: string;
  /** Visible text during the cooldown: how long until a new code can be requested (not when the code expires). */
  countdown: (parts: CountdownParts) => string;
  /** Announcement after a successful resend; names the masked destination when Cognito gave one. */
  codeSent: (details: CodeSentDetails) => string;
  /** Announcement after a resend in enumeration-safe mode: it does not tell whether the account exists. */
  codeSentIfAccountExists: string;
  /** Announcement when the cooldown ends. */
  readyAgain: string;
  /**
   * Why no further code can be requested (`maxResends` reached), and when that ends. Optional only so that a
   * catalogue written for an earlier version still compiles; without it the `resend-limit-reached` error's
   * message is used.
   */
  limitReached?: (details: LimitReachedDetails) => string;
  /** A message for people for every error code: what happened and what to do, without internals. */
  errors: Record<ResendErrorCode, string>;
}
