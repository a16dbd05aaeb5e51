import { ar } from '../../../src/i18n/ar';
import { de } from '../../../src/i18n/de';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import { formatCodeSent } from '../../../src/i18n/resolveMessages';
import { zhCN } from '../../../src/i18n/zhCN';
import { allLocales } from './allLocales';

const email = 'j***@e***.com';
const phone = '+*******1234';

describe('the code-sent announcement', () => {
  it('names the masked email address in English', () => {
    expect(formatCodeSent(en, { destination: email, deliveryMedium: 'EMAIL' })).toBe(
      'A new code was sent by email to j***@e***.com. Earlier codes no longer work.',
    );
  });

  it('says a text message went to the masked phone number', () => {
    expect(formatCodeSent(en, { destination: phone, deliveryMedium: 'SMS' })).toBe(
      'A new code was sent by text message to +*******1234. Earlier codes no longer work.',
    );
    expect(formatCodeSent(de, { destination: phone, deliveryMedium: 'SMS' })).toBe(
      'Ein neuer Code wurde per SMS an +*******1234 gesendet. Frühere Codes gelten nicht mehr.',
    );
  });

  it('reads naturally without a destination or medium', () => {
    expect(formatCodeSent(en, { deliveryMedium: 'EMAIL' })).toBe(
      'A new code was sent by email. Earlier codes no longer work.',
    );
    expect(formatCodeSent(en)).toBe('A new code was sent. Earlier codes no longer work.');
    expect(formatCodeSent(en, { destination: '   ' })).toBe(
      'A new code was sent. Earlier codes no longer work.',
    );
    expect(formatCodeSent(ja, {})).toBe('新しいコードを送信しました。以前のコードは使えません。');
    expect(formatCodeSent(zhCN, {})).toBe('新验证码已发送。之前的验证码已失效。');
  });

  it('keeps a left-to-right destination intact inside the right-to-left Arabic sentence', () => {
    const announcement = formatCodeSent(ar, { destination: phone, deliveryMedium: 'SMS' });
    expect(announcement).toContain(`\u2066${phone}\u2069`);
    expect(announcement.startsWith('تم إرسال رمز جديد برسالة نصية')).toBe(true);
  });

  it('in enumeration-safe mode does not tell whether the account exists', () => {
    const announcement = formatCodeSent(
      en,
      { destination: email, deliveryMedium: 'EMAIL' },
      { enumerationSafe: true },
    );
    expect(announcement).toBe('If an account exists, a new code was sent. Earlier codes no longer work.');
    expect(announcement).not.toContain(email);
  });

  it.each(Object.entries(allLocales))(
    'in %s includes the destination as plain text, verbatim',
    (_, messages) => {
      const markup = '<b>j***@e***.com</b>&amp;';
      for (const deliveryMedium of ['EMAIL', 'SMS', undefined] as const) {
        const announcement = formatCodeSent(messages, { destination: markup, deliveryMedium });
        expect(announcement).toContain(markup);
        expect(announcement).not.toMatch(/undefined|null/);
      }
    },
  );

  it.each(Object.entries(allLocales))(
    'in %s reads differently for email, text message and neither',
    (_, messages) => {
      const byMedium = new Set(
        (['EMAIL', 'SMS', undefined] as const).map((medium) =>
          messages.codeSent({ destination: email, medium }),
        ),
      );
      expect(byMedium.size).toBe(3);
      const withoutDestination = messages.codeSent({});
      expect(withoutDestination.trim()).not.toBe('');
      expect(withoutDestination).not.toMatch(/undefined|null|\s[.。]|\s{2}/);
    },
  );

  it.each(Object.entries(allLocales))(
    'in %s has an enumeration-safe variant that names no destination',
    (_, messages) => {
      expect(messages.codeSentIfAccountExists).not.toBe(messages.codeSent({}));
      expect(messages.codeSentIfAccountExists).not.toMatch(/[*@]/);
    },
  );
});
