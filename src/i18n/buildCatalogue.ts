import { buildErrorMessages, type ResendErrorTexts } from './buildErrorMessages';
import type { ResendMessages, TextDirection } from './ResendMessages';

/**
 * Every text of one language, in this order; {@link buildCatalogue} makes a {@link ResendMessages} of it. A tuple
 * for the same reason as {@link ResendErrorTexts}: each locale ships its texts, and only the shared builder ships
 * the entries' names.
 *
 * The two sentences with parameters are small templates: each `{…|…}` group is replaced by one of its
 * `|`-separated options (the first where the chosen one is missing), with `#` in it standing for a value.
 */
export type ResendTexts = readonly [
  /** BCP 47 tag of the language, e.g. `pt-BR`. */
  locale: string,
  /** The button's label and accessible name. */
  resendLabel: string,
  /** Visible text while the request is in flight. */
  sendingLabel: string,
  /**
   * The wait until a new code can be requested. Its group holds the wait in seconds in the plural forms
   * `other|one|two|few` of `Intl.PluralRules` the language has, `#` the number; from a minute on, the `m:ss` clock
   * replaces the whole group.
   */
  countdown: string,
  /**
   * That a new code was sent. Its first group holds the medium, `|text message|email` (neither comes first), its
   * second the masked destination, `|#` (none comes first).
   */
  codeSent: string,
  /**
   * Appended to both code-sent announcements as it is, so it starts with the space the language puts between
   * sentences, if any.
   */
  earlierCodesVoid: string,
  /** That a new code was sent if the account exists, for enumeration-safe mode. */
  codeSentIfAccountExists: string,
  /** That the cooldown has ended. */
  readyAgain: string,
  ...errors: ResendErrorTexts,
];

// The options of a countdown's group after the first (other: also zero, many, and any form a language lacks).
const pluralCategories: readonly string[] = ['one', 'two', 'few'];

/**
 * Replaces a template's groups, in order, with their options at `choices` (the first where the chosen one is
 * missing), then `#` with `value`.
 */
function fillTemplate(template: string, value: string | undefined, ...choices: number[]): string {
  return (
    template
      .replace(/{(.*?)}/g, (_, group: string) => {
        const options = group.split('|');
        return options[choices.shift()!] ?? options[0]!;
      })
      // A function, so that a `$` in a destination is not read as a replacement pattern.
      .replace('#', () => value!)
  );
}

/**
 * Builds a language's catalogue from its {@link ResendTexts}: the one place that names the catalogue's entries
 * and turns its templates into the countdown and code-sent functions.
 * @internal
 */
export function buildCatalogue(
  [
    locale,
    resendLabel,
    sendingLabel,
    countdown,
    codeSent,
    earlierCodesVoid,
    codeSentIfAccountExists,
    readyAgain,
    ...errorTexts
  ]: ResendTexts,
  direction: TextDirection = 'ltr',
): ResendMessages {
  return {
    locale,
    direction,
    resendLabel,
    sendingLabel,
    countdown: ({ formattedSeconds, plural, clock }) =>
      clock
        ? countdown.replace(/{.*}/, clock)
        : fillTemplate(countdown, formattedSeconds, pluralCategories.indexOf(plural) + 1),
    codeSent: ({ destination, medium }) =>
      fillTemplate(
        codeSent,
        destination,
        medium === 'SMS' ? 1 : medium === 'EMAIL' ? 2 : 0,
        destination ? 1 : 0,
      ) + earlierCodesVoid,
    codeSentIfAccountExists: codeSentIfAccountExists + earlierCodesVoid,
    readyAgain,
    errors: buildErrorMessages(errorTexts),
  };
}
