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
  it('reads as a wait to resend, in English singular and plural', () => {
    expect(formatCountdown(en, 1)).toBe('Resend available in 1 second');
    expect(formatCountdown(en, 2)).toBe('Resend available in 2 seconds');
    expect(formatCountdown(en, 42)).toBe('Resend available in 42 seconds');
  });

  it('switches to minutes and seconds from one minute on', () => {
    expect(formatCountdown(en, 59)).toBe('Resend available in 59 seconds');
    expect(formatCountdown(en, 60)).toBe('Resend available in 1:00');
    expect(formatCountdown(en, 65)).toBe('Resend available in 1:05');
    expect(formatCountdown(en, 600)).toBe('Resend available in 10:00');
    expect(formatCountdown(en, 3599)).toBe('Resend available in 59:59');
    expect(formatCountdown(en, 3600)).toBe('Resend available in 1:00:00');
  });

  it('rounds a partial second up, as the cooldown display does', () => {
    expect(formatCountdown(en, 41.2)).toBe('Resend available in 42 seconds');
    expect(formatCountdown(en, 59.5)).toBe('Resend available in 1:00');
  });

  it('never shows zero or nonsense for a finished or broken wait', () => {
    for (const secondsLeft of [0, 0.4, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatCountdown(en, secondsLeft), String(secondsLeft)).toBe('Resend available in 1 second');
    }
  });

  it('uses German singular and plural', () => {
    expect(formatCountdown(de, 1)).toBe('Erneutes Senden in 1 Sekunde möglich');
    expect(formatCountdown(de, 2)).toBe('Erneutes Senden in 2 Sekunden möglich');
    expect(formatCountdown(de, 90)).toBe('Erneutes Senden in 1:30 möglich');
  });

  it('uses Spanish singular and plural', () => {
    expect(formatCountdown(es, 1)).toBe('Reenvío disponible en 1 segundo');
    expect(formatCountdown(es, 30)).toBe('Reenvío disponible en 30 segundos');
  });

  it('treats 0 and 1 as singular in French', () => {
    expect(fr.countdown(countdownParts('fr', 0))).toBe('Renvoi possible dans 0 seconde');
    expect(formatCountdown(fr, 1)).toBe('Renvoi possible dans 1 seconde');
    expect(formatCountdown(fr, 2)).toBe('Renvoi possible dans 2 secondes');
  });

  it('treats 0 and 1 as singular in Brazilian Portuguese', () => {
    expect(ptBR.countdown(countdownParts('pt-BR', 0))).toBe('Reenvio disponível em 0 segundo');
    expect(formatCountdown(ptBR, 1)).toBe('Reenvio disponível em 1 segundo');
    expect(formatCountdown(ptBR, 2)).toBe('Reenvio disponível em 2 segundos');
  });

  it('uses each of the Arabic plural forms', () => {
    const sentence = 'يمكنك إعادة الإرسال بعد';
    expect(formatCountdown(ar, 1)).toBe(`${sentence} ثانية واحدة`);
    expect(formatCountdown(ar, 2)).toBe(`${sentence} ثانيتين`);
    for (const few of [3, 7, 10])
      expect(formatCountdown(ar, few)).toBe(`${sentence} ${arabicNumber(few)} ثوانٍ`);
    for (const many of [11, 42, 59])
      expect(formatCountdown(ar, many)).toBe(`${sentence} ${arabicNumber(many)} ثانية`);
    expect(
      ar.countdown({ seconds: 100, formattedSeconds: arabicNumber(100), plural: 'other', clock: undefined }),
    ).toBe(`${sentence} ${arabicNumber(100)} ثانية`);
    expect(ar.countdown(countdownParts('ar', 0))).toBe(`${sentence} ${arabicNumber(0)} ثانية`);
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
    expect(formatCountdown(ja, 1)).toBe('再送信まであと1秒');
    expect(formatCountdown(ja, 42)).toBe('再送信まであと42秒');
    expect(formatCountdown(ja, 65)).toBe('再送信まであと1:05');
    expect(formatCountdown(zhCN, 1)).toBe('1 秒后可重新发送');
    expect(formatCountdown(zhCN, 42)).toBe('42 秒后可重新发送');
    expect(formatCountdown(zhCN, 65)).toBe('1:05后可重新发送');
  });

  it('writes numbers with the locale’s digits', () => {
    const arabicDigits = resolveMessages(ar, { locale: 'ar-u-nu-arab' });
    expect(formatCountdown(arabicDigits, 42)).toContain('٤٢');
    expect(formatCountdown(arabicDigits, 65)).toContain('١:٠٥');
  });

  it('falls back to English numbers for a malformed locale tag instead of failing', () => {
    const broken = resolveMessages(en, { locale: 'not a locale!' });
    expect(formatCountdown(broken, 2)).toBe('Resend available in 2 seconds');
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
      expect(formatCountdown(british, 120)).toBe('Resend available in 2:00');
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
