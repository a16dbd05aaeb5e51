import type { ResendErrorCode } from '../core/ResendError';
import type { CodeDeliveryDetails } from '../core/ResendRequest';
import { countdownParts } from './countdownParts';
import { en } from './en';
import type { ResendMessages } from './ResendMessages';

/** Changes to a catalogue: any entry, and any error message by its code. */
export interface ResendMessageOverrides extends Partial<Omit<ResendMessages, 'errors'>> {
  /** Messages for some error codes; the others keep the catalogue's. */
  errors?: Partial<Record<ResendErrorCode, string>>;
}

// A copy of `base` with each change on top, except changes that are undefined: they must not erase a message.
function withChanges<Value extends object>(base: Value, changes: Partial<Value>): Value {
  const merged = { ...base };
  for (const key in changes) if (changes[key] !== undefined) merged[key] = changes[key] as Value[typeof key];
  return merged;
}

/**
 * The messages to show: a catalogue (English by default) with the host's overrides on top. Without overrides the
 * catalogue itself is returned; with them a new object on each call (overrides are usually an inline object, new
 * on every render anyway, so a memo would not help).
 */
export function resolveMessages(
  catalogue: ResendMessages = en,
  overrides?: ResendMessageOverrides,
): ResendMessages {
  return overrides
    ? {
        ...withChanges(catalogue, overrides as Partial<ResendMessages>),
        errors: overrides.errors ? withChanges(catalogue.errors, overrides.errors) : catalogue.errors,
      }
    : catalogue;
}

/**
 * The visible countdown text for the seconds left, e.g. "42 s" or "1:05" (short: the label stays beside it). A
 * countdown never shows zero (at zero the button is ready again), so anything below one second (or not a finite number) shows as one.
 */
export function formatCountdown(messages: ResendMessages, secondsLeft: number): string {
  return messages.countdown(
    countdownParts(messages.locale, secondsLeft > 1 && secondsLeft < Infinity ? secondsLeft : 1),
  );
}

/** The message for people for an error code; a code the catalogue lacks gets its `unknown` message. */
export function formatErrorMessage(messages: ResendMessages, code: ResendErrorCode): string {
  // A catalogue written against an older version of this package may lack a newer code.
  return messages.errors[code] || messages.errors.unknown;
}

/** Options for {@link formatCodeSent}. */
export interface FormatCodeSentOptions {
  /**
   * Say nothing that tells whether the account exists: no destination, no medium.
   * @default false
   */
  enumerationSafe?: boolean;
}

/** The announcement after a successful resend, naming the masked destination and the medium Cognito reported. */
export function formatCodeSent(
  messages: ResendMessages,
  delivery?: CodeDeliveryDetails,
  options: FormatCodeSentOptions = {},
): string {
  return options.enumerationSafe
    ? messages.codeSentIfAccountExists
    : messages.codeSent({
        destination: delivery?.destination?.trim() || undefined,
        medium: delivery?.deliveryMedium,
      });
}

const minuteMs = 60_000;

/**
 * The message for a reached cap on codes, with the time it ends (`endsAt`, epoch ms) written for the catalogue's
 * locale with `Intl`: the time of day when it ends today, with the date otherwise; without a time when `endsAt` is
 * `null`.
 */
export function formatLimitReached(
  messages: ResendMessages,
  endsAt: number | null,
  now = Date.now(),
): string {
  // A catalogue written against an earlier version of this package may lack the entry.
  if (!messages.limitReached) return formatErrorMessage(messages, 'resend-limit-reached');
  if (endsAt === null) return messages.limitReached({});
  // Rounded up to the minute, so "after 14:06" is never a moment too early.
  const end = new Date(Math.ceil(endsAt / minuteMs) * minuteMs);
  const endsToday = end.toDateString() === new Date(now).toDateString();
  const format = new Intl.DateTimeFormat(
    messages.locale,
    endsToday ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  );
  return messages.limitReached({ formattedEndTime: format.format(end) });
}
