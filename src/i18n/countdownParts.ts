import type { CountdownParts } from './ResendMessages';

type LocaleFormatters = [Intl.PluralRules, Intl.NumberFormat['format']];

// The countdown is formatted once a second: build each locale's Intl objects once, not on every tick. The number
// formatter is kept as its `format`, which comes bound to it.
const formattersByLocale = new Map<string, LocaleFormatters>();

function formattersFor(locale: string): LocaleFormatters {
  let formatters = formattersByLocale.get(locale);
  if (!formatters) {
    try {
      formatters = [
        new Intl.PluralRules(locale),
        new Intl.NumberFormat(locale, { useGrouping: false }).format,
      ];
    } catch {
      // A malformed tag in a custom catalogue makes Intl throw; English numbers are better than a broken button.
      formatters = formattersFor('en');
    }
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

/**
 * The parts a catalogue's `countdown` message is built from: whole seconds (rounded up, never negative), written
 * with `Intl.NumberFormat`, their `Intl.PluralRules` category, and an `m:ss` clock from one minute on.
 */
export function countdownParts(locale: string, secondsLeft: number): CountdownParts {
  const seconds = secondsLeft > 0 && secondsLeft < Infinity ? Math.ceil(secondsLeft) : 0;
  const [pluralRules, format] = formattersFor(locale);
  // Padded with the locale's own zero, so that `ar-u-nu-arab` shows ١:٠٥.
  const twoDigits = (value: number) => (value < 10 ? format(0) : '') + format(value);
  // `| 0` drops the fraction; a wait is never near the 68 years where it would overflow.
  const minutes = (seconds / 60) | 0;
  const hoursAndMinutes =
    minutes < 60 ? format(minutes) : `${format((minutes / 60) | 0)}:${twoDigits(minutes % 60)}`;
  return {
    seconds,
    formattedSeconds: format(seconds),
    plural: pluralRules.select(seconds),
    clock: seconds < 60 ? undefined : `${hoursAndMinutes}:${twoDigits(seconds % 60)}`,
  };
}
