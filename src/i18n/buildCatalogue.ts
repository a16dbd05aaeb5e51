import { buildErrorMessages, type ResendErrorTexts } from './buildErrorMessages';
import type {
  CodeSentDetails,
  CountdownParts,
  LimitReachedDetails,
  ResendMessages,
  TextDirection,
} from './ResendMessages';

/**
 * Every text of one language, in this order; {@link buildCatalogue} makes a {@link ResendMessages} of it. A tuple
 * for the same reason as {@link ResendErrorTexts}: each locale ships its texts, and only the shared builder ships
 * the entries' names. Each locale labels every entry with a comment.
 *
 * The two sentences with parameters are small templates: each `{…|…}` group is replaced by one of its
 * `|`-separated options, with `#` in it standing for a value.
 */
export type ResendTexts = readonly [
  /** BCP 47 tag of the language, e.g. `pt-BR`. */
  locale: string,
  /** The button's label and accessible name. */
  resendLabel: string,
  /** Visible text while the request is in flight. */
  sendingLabel: string,
  /**
   * The wait until a new code can be requested. Its group holds the wait in seconds in the plural forms of
   * `Intl.PluralRules` the language has, `#` the number: first `one`, `two` and `few` (in that order, as far as the
   * language uses them; an option for one it skips may be left empty), then `other` last, also for `zero`, `many`
   * and any form the group has no option for. From a minute on, the `m:ss` clock replaces the whole group.
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
  /**
   * That the cap on codes is reached: no further code for now (it ends when the streak starts over, not after a
   * short wait). Its group holds the end, `without|with #`, `#` the time it ends; the first option is also the
   * `resend-limit-reached` error's message.
   */
  limitReached: string,
  ...errors: ResendErrorTexts,
];

// The option of a countdown's group that each plural category picks; `other`, and any category missing here or
// beyond the group's options, picks the last option.
const pluralOptionIndex: Partial<Record<Intl.LDMLPluralRule, number>> = { one: 0, two: 1, few: 2 };

// The option of the code-sent medium group for each medium; without a medium, the first option (none).
const mediumOptionIndex: Record<NonNullable<CodeSentDetails['medium']>, number> = { SMS: 1, EMAIL: 2 };

/** Replaces a template's first `{…|…}` group with the option that `chooseOption` picks from its options. */
function fillFirstGroup(template: string, chooseOption: (options: readonly string[]) => string): string {
  return template.replace(/{(.*?)}/, (_, group: string) => chooseOption(group.split('|')));
}

/** Replaces the `#` in a filled template with `value`. */
function fillValue(text: string, value: string): string {
  // A function, so that a `$` in a destination is not read as a replacement pattern.
  return text.replace('#', () => value);
}

/** The option for a plural category: the option at its index, else the last option (`other`). */
function pluralOption(options: readonly string[], plural: Intl.LDMLPluralRule): string {
  const lastIndex = options.length - 1;
  const index = pluralOptionIndex[plural];
  if (index === undefined || index >= lastIndex) return options[lastIndex]!;
  return options[index]!;
}

/** The option at `index`, else the first option. */
function optionAt(options: readonly string[], index: number): string {
  return options[index] ?? options[0]!;
}

/** The countdown message of a language's countdown template. */
function countdownMessage(template: string) {
  return ({ formattedSeconds, plural, clock }: CountdownParts): string => {
    if (clock) return template.replace(/{.*}/, clock);
    return fillValue(
      fillFirstGroup(template, (options) => pluralOption(options, plural)),
      formattedSeconds,
    );
  };
}

/** The code-sent message of a language's code-sent template, followed by its `earlierCodesVoid` sentence. */
function codeSentMessage(template: string, earlierCodesVoid: string) {
  return ({ destination, medium }: CodeSentDetails): string => {
    const mediumIndex = medium ? mediumOptionIndex[medium] : 0;
    const destinationIndex = destination ? 1 : 0;
    const filled = fillFirstGroup(
      fillFirstGroup(template, (options) => optionAt(options, mediumIndex)),
      (options) => optionAt(options, destinationIndex),
    );
    // Without a destination, the chosen option has no `#` to fill.
    return (destination ? fillValue(filled, destination) : filled) + earlierCodesVoid;
  };
}

/** The reached-cap message of a language's template: with the time the cap ends when it is known. */
function limitReachedMessage(template: string) {
  return ({ formattedEndTime }: LimitReachedDetails): string => {
    const filled = fillFirstGroup(template, (options) => optionAt(options, formattedEndTime ? 1 : 0));
    return formattedEndTime ? fillValue(filled, formattedEndTime) : filled;
  };
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
    limitReached,
    ...errorTexts
  ]: ResendTexts,
  direction: TextDirection = 'ltr',
): ResendMessages {
  return {
    locale,
    direction,
    resendLabel,
    sendingLabel,
    countdown: countdownMessage(countdown),
    codeSent: codeSentMessage(codeSent, earlierCodesVoid),
    codeSentIfAccountExists: codeSentIfAccountExists + earlierCodesVoid,
    readyAgain,
    limitReached: limitReachedMessage(limitReached),
    errors: buildErrorMessages(errorTexts, limitReachedMessage(limitReached)({})),
  };
}
