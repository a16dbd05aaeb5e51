import type { CountdownParts } from './ResendMessages';

interface LocaleFormatters {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
  twoDigits: Intl.NumberFormat;
}

// The countdown is formatted once a second: build each locale's Intl objects once, not on every tick.
const formattersByLocale = new Map<string, LocaleFormatters>();

function createFormatters(locale: string): LocaleFormatters {
  try {
    return {
      plural: new Intl.PluralRules(locale),
      number: new Intl.NumberFormat(locale, { useGrouping: false }),
      twoDigits: new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }),
    };
  } catch {
    // A malformed tag in a custom catalogue makes Intl throw; English numbers are better than a broken button.
    return createFormatters('en');
  }
}

function formattersFor(locale: string): LocaleFormatters {
  let formatters = formattersByLocale.get(locale);
  if (formatters === undefined) {
    formatters = createFormatters(locale);
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

/**
 * The parts a catalogue's `countdown` message is built from: whole seconds (rounded up, never negative), written
 * with `Intl.NumberFormat`, their `Intl.PluralRules` category, and an `m:ss` clock from one minute on.
 */
export function countdownParts(locale: string, secondsLeft: number): CountdownParts {
  const seconds = Number.isFinite(secondsLeft) ? Math.max(0, Math.ceil(secondsLeft)) : 0;
  const { plural, number, twoDigits } = formattersFor(locale);
  let clock: string | undefined;
  if (seconds >= 60) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor(seconds / 60) % 60;
    const restSeconds = twoDigits.format(seconds % 60);
    clock =
      hours > 0
        ? `${number.format(hours)}:${twoDigits.format(minutes)}:${restSeconds}`
        : `${number.format(minutes)}:${restSeconds}`;
  }
  return { seconds, formattedSeconds: number.format(seconds), plural: plural.select(seconds), clock };
}
