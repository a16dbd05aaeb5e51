import { ar } from '../../../src/i18n/ar';
import { countdownParts } from '../../../src/i18n/countdownParts';
import { de } from '../../../src/i18n/de';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';
import { ja } from '../../../src/i18n/ja';
import { ptBR } from '../../../src/i18n/ptBR';
import { formatCountdown, resolveMessages } from '../../../src/i18n/resolveMessages';
import { zhCN } from '../../../src/i18n/zhCN';
import { allLocales } from './allLocales';

function arabicNumber(value: number): string {
  return new Intl.NumberFormat('ar', { useGrouping: false }).format(value);
}

describe('the countdown text', () => {
  it('reads as a short wait in seconds beside the label, without repeating it', () => {
    expect(formatCountdown(en, 1)).toBe('1\u00a0s');
    expect(formatCountdown(en, 2)).toBe('2\u00a0s');
    expect(formatCountdown(en, 42)).toBe('42\u00a0s');
  });

  it('switches to minutes and seconds from one minute on', () => {
    expect(formatCountdown(en, 59)).toBe('59\u00a0s');
    expect(formatCountdown(en, 60)).toBe('1:00');
    expect(formatCountdown(en, 65)).toBe('1:05');
    expect(formatCountdown(en, 600)).toBe('10:00');
    expect(formatCountdown(en, 3599)).toBe('59:59');
    expect(formatCountdown(en, 3600)).toBe('1:00:00');
  });

  it('rounds a partial second up, as the cooldown display does', () => {
    expect(formatCountdown(en, 41.2)).toBe('42\u00a0s');
    expect(formatCountdown(en, 59.5)).toBe('1:00');
  });

  it('never shows zero or nonsense for a finished or broken wait', () => {
    for (const secondsLeft of [0, 0.4, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatCountdown(en, secondsLeft), String(secondsLeft)).toBe('1\u00a0s');
    }
  });

  it('uses the SI symbol in German, one form for every number', () => {
    expect(formatCountdown(de, 1)).toBe('1\u00a0s');
    expect(formatCountdown(de, 2)).toBe('2\u00a0s');
    expect(formatCountdown(de, 90)).toBe('1:30');
  });

  it('uses the SI symbol in Spanish, one form for every number', () => {
    expect(formatCountdown(es, 1)).toBe('1\u00a0s');
    expect(formatCountdown(es, 30)).toBe('30\u00a0s');
  });

  it('uses the SI symbol in French, also for 0 and 1', () => {
    expect(fr.countdown(countdownParts('fr', 0))).toBe('0\u00a0s');
    expect(formatCountdown(fr, 1)).toBe('1\u00a0s');
    expect(formatCountdown(fr, 2)).toBe('2\u00a0s');
  });

  it('uses the SI symbol in Brazilian Portuguese, also for 0 and 1', () => {
    expect(ptBR.countdown(countdownParts('pt-BR', 0))).toBe('0\u00a0s');
    expect(formatCountdown(ptBR, 1)).toBe('1\u00a0s');
    expect(formatCountdown(ptBR, 2)).toBe('2\u00a0s');
  });

  it('uses the Arabic abbreviation for seconds after the number in every plural category', () => {
    for (const seconds of [1, 2, 3, 7, 10, 11, 42, 59])
      expect(formatCountdown(ar, seconds)).toBe(`${arabicNumber(seconds)}\u00a0ث`);
    expect(
      ar.countdown({ seconds: 100, formattedSeconds: arabicNumber(100), plural: 'other', clock: undefined }),
    ).toBe(`${arabicNumber(100)}\u00a0ث`);
    expect(ar.countdown(countdownParts('ar', 0))).toBe(`${arabicNumber(0)}\u00a0ث`);
  });

  it('gets every Arabic plural category from Intl.PluralRules', () => {
    expect([0, 1, 2, 3, 11, 100].map((seconds) => countdownParts('ar', seconds).plural)).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('has no plural forms in Japanese and Chinese', () => {
    expect(formatCountdown(ja, 1)).toBe('1秒');
    expect(formatCountdown(ja, 42)).toBe('42秒');
    expect(formatCountdown(ja, 65)).toBe('1:05');
    expect(formatCountdown(zhCN, 1)).toBe('1秒');
    expect(formatCountdown(zhCN, 42)).toBe('42秒');
    expect(formatCountdown(zhCN, 65)).toBe('1:05');
  });

  it('writes numbers with the locale’s digits', () => {
    const arabicDigits = resolveMessages(ar, { locale: 'ar-u-nu-arab' });
    expect(formatCountdown(arabicDigits, 42)).toContain('٤٢');
    expect(formatCountdown(arabicDigits, 65)).toContain('١:٠٥');
  });

  it('falls back to English numbers for a malformed locale tag instead of failing', () => {
    const broken = resolveMessages(en, { locale: 'not a locale!' });
    expect(formatCountdown(broken, 2)).toBe('2\u00a0s');
  });

  it.each(Object.entries(allLocales))(
    'in %s changes every second but never touches the button label',
    (_, messages) => {
      const label = messages.resendLabel;
      const texts = new Set<string>();
      for (let secondsLeft = 1; secondsLeft <= 3600; secondsLeft += 1) {
        const text = formatCountdown(messages, secondsLeft);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        texts.add(text);
      }
      expect(texts.size).toBe(3600);
      expect(messages.resendLabel).toBe(label);
      expect(texts.has(label)).toBe(false);
    },
  );

  it('creates the Intl formatters once per locale, not on every tick', () => {
    const OriginalPluralRules = Intl.PluralRules;
    const OriginalNumberFormat = Intl.NumberFormat;
    // The lib types declare these constructors read-only; the test swaps them for counting subclasses.
    const writableIntl = Intl as {
      PluralRules: typeof Intl.PluralRules;
      NumberFormat: typeof Intl.NumberFormat;
    };
    let created = 0;
    writableIntl.PluralRules = class extends OriginalPluralRules {
      constructor(...parameters: ConstructorParameters<typeof Intl.PluralRules>) {
        super(...parameters);
        created += 1;
      }
    } as typeof Intl.PluralRules;
    writableIntl.NumberFormat = class extends OriginalNumberFormat {
      constructor(...parameters: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...parameters);
        created += 1;
      }
    } as unknown as typeof Intl.NumberFormat;
    try {
      const british = resolveMessages(en, { locale: 'en-GB' });
      expect(formatCountdown(british, 120)).toBe('2:00');
      const createdForFirstTick = created;
      for (let secondsLeft = 119; secondsLeft > 0; secondsLeft -= 1) formatCountdown(british, secondsLeft);
      expect(createdForFirstTick).toBeGreaterThan(0);
      expect(created).toBe(createdForFirstTick);
    } finally {
      writableIntl.PluralRules = OriginalPluralRules;
      writableIntl.NumberFormat = OriginalNumberFormat;
    }
  });
});
