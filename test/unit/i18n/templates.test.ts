import { buildCatalogue, type ResendTexts } from '../../../src/i18n/buildCatalogue';
import { countdownParts } from '../../../src/i18n/countdownParts';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import { formatCountdown, formatLimitReached } from '../../../src/i18n/resolveMessages';
import { allLocales } from './allLocales';

// A language with `one`, `few` and `many` but no `two`: its countdown leaves the `two` option empty.
const polishLikeTexts: ResendTexts = [
  'pl',
  'Wyślij kod ponownie',
  'Wysyłanie…',
  'Ponowne wysłanie za {# sekundę||# sekundy|# sekund}',
  'Wysłano nowy kod{| SMS-em| e-mailem}{| na #}.',
  ' Wcześniejsze kody już nie działają.',
  'Jeśli konto istnieje, wysłano nowy kod.',
  'Możesz poprosić o nowy kod.',
  'Wysłano już najwięcej kodów.{ Spróbuj później.| Nowy kod po #.}',
  'unavailable',
  'failed',
  'rateLimited',
  'notDelivered',
  'userNotFound',
  'alreadyConfirmed',
  'offline',
  'timedOut',
  'cancelled',
  'invalidDetails',
];

describe('the countdown template', () => {
  it('picks one, two and few by position and other from the last option, skipping an empty option', () => {
    const polishLike = buildCatalogue(polishLikeTexts);

    expect(formatCountdown(polishLike, 1)).toBe('Ponowne wysłanie za 1 sekundę');
    expect(formatCountdown(polishLike, 3)).toBe('Ponowne wysłanie za 3 sekundy');
    expect(formatCountdown(polishLike, 5)).toBe('Ponowne wysłanie za 5 sekund');
    expect(formatCountdown(polishLike, 22)).toBe('Ponowne wysłanie za 22 sekundy');
  });

  it('gives every plural category the only option of a language without plural forms', () => {
    for (const plural of ['zero', 'one', 'two', 'few', 'many', 'other'] as const) {
      expect(ja.countdown({ ...countdownParts('ja', 3), plural })).toBe('3秒');
    }
  });
});

describe('the code-sent template', () => {
  it('names the medium and the destination when Cognito gave them, in either order of groups', () => {
    expect(en.codeSent({ destination: '+*******1234', medium: 'SMS' })).toBe(
      'A new code was sent by text message to +*******1234. Earlier codes no longer work.',
    );
    expect(en.codeSent({ medium: 'EMAIL' })).toBe(
      'A new code was sent by email. Earlier codes no longer work.',
    );
    expect(en.codeSent({})).toBe('A new code was sent. Earlier codes no longer work.');
    expect(ja.codeSent({ destination: 'j***@e***.com', medium: 'EMAIL' })).toBe(
      'メールで新しいコードを j***@e***.com 宛てに送信しました。以前のコードは使えません。',
    );
  });

  it('shows a destination with `$` patterns as it is', () => {
    expect(en.codeSent({ destination: "$& $' $1" })).toBe(
      "A new code was sent to $& $' $1. Earlier codes no longer work.",
    );
  });
});

describe('the reached-cap template', () => {
  const now = new Date(2026, 11, 4, 9, 0).getTime();

  it('says when the cap ends, rounded up to the minute, as a time today', () => {
    const endsAt = new Date(2026, 11, 4, 14, 5, 30).getTime();

    expect(formatLimitReached(en, endsAt, now)).toMatch(
      /^You have requested as many codes as allowed for now\. You can request a new one after 2:06\sPM\.$/u,
    );
  });

  it('adds the date when the cap ends on another day', () => {
    const endsAt = new Date(2026, 11, 5, 8, 0).getTime();

    expect(formatLimitReached(en, endsAt, now)).toMatch(/after Dec 5, 2026, 8:00\sAM\.$/u);
  });

  it('says to try later when the end is not known, which is also the error message of a reached cap', () => {
    for (const messages of Object.values(allLocales)) {
      const withoutEnd = formatLimitReached(messages, null, now);
      expect(withoutEnd, messages.locale).not.toMatch(/[{}|#]/);
      expect(messages.errors['resend-limit-reached'], messages.locale).toBe(withoutEnd);
    }
    expect(formatLimitReached(en, null, now)).toBe(
      'You have requested as many codes as allowed for now. Try again later.',
    );
  });
});
