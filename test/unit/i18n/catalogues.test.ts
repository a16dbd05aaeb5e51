import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resendErrorCodes } from '../../../src/core/ResendError';
import { en } from '../../../src/i18n/en';
import { allLocales } from './allLocales';

const i18nFolder = `${resolve(__dirname, '../../../src/i18n')}/`;
const catalogueEntries = [
  'locale',
  'direction',
  'resendLabel',
  'sendingLabel',
  'countdown',
  'codeSent',
  'codeSentIfAccountExists',
  'readyAgain',
  'limitReached',
  'errors',
].sort();

function importLines(fileName: string): string[] {
  return readFileSync(`${i18nFolder}${fileName}`, 'utf8')
    .split('\n')
    .filter(
      (line) => /^\s*(import|export)\b.*\bfrom\b/.test(line) || /\bimport\s*\(|\brequire\s*\(/.test(line),
    );
}

describe.each(Object.entries(allLocales))('the %s catalogue', (moduleName, messages) => {
  it('has every entry and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(catalogueEntries);
  });

  it('has a non-empty message for every error code and no message for an unknown code', () => {
    for (const code of resendErrorCodes) {
      expect(messages.errors[code], code).toEqual(expect.any(String));
      expect(messages.errors[code].trim(), code).not.toBe('');
    }
    expect(Object.keys(messages.errors).sort()).toEqual([...resendErrorCodes].sort());
  });

  it('has non-empty labels and announcements', () => {
    for (const text of [
      messages.resendLabel,
      messages.sendingLabel,
      messages.codeSentIfAccountExists,
      messages.readyAgain,
    ]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it('names a valid locale that matches its module and a text direction', () => {
    expect(Intl.getCanonicalLocales(messages.locale)).toEqual([messages.locale]);
    expect(messages.locale.replace('-', '')).toBe(moduleName);
    expect(messages.direction).toBe(moduleName === 'ar' ? 'rtl' : 'ltr');
  });

  it('shows no internals to people: no exception names, services, roles or codes', () => {
    for (const [code, message] of Object.entries(messages.errors)) {
      expect(message, code).not.toMatch(
        /exception|cognito|lambda|\biam\b|\brole\b|policy|http|[a-z]+-[a-z]+-[a-z]+/i,
      );
    }
  });

  it('uses the generic configuration message for set-up problems only a developer can fix', () => {
    const configuration = messages.errors.forbidden;
    for (const code of [
      'invalid-email-role-access-policy',
      'invalid-lambda-response',
      'invalid-parameter',
      'invalid-sms-role-access-policy',
      'invalid-sms-role-trust-relationship',
      'not-authorized',
      'operation-not-enabled',
      'resource-not-found',
      'unexpected-lambda',
      'user-lambda-validation',
    ] as const) {
      expect(messages.errors[code], code).toBe(configuration);
    }
    for (const code of ['user-already-confirmed', 'network-error', 'limit-exceeded', 'aborted'] as const) {
      expect(messages.errors[code], code).not.toBe(configuration);
    }
  });

  it('keeps the user-facing meaning of each situation apart', () => {
    const distinct = new Set(
      (
        [
          'forbidden',
          'internal-error',
          'limit-exceeded',
          'code-delivery-failure',
          'user-not-found',
          'user-already-confirmed',
          'network-error',
          'timeout',
          'aborted',
          'invalid-request',
        ] as const
      ).map((code) => messages.errors[code]),
    );
    expect(distinct.size).toBe(10);
    expect(messages.errors['too-many-requests']).toBe(messages.errors['limit-exceeded']);
  });

  it('is translated, not copied from English', () => {
    if (messages === en) return;
    expect(messages.resendLabel).not.toBe(en.resendLabel);
    for (const code of resendErrorCodes) expect(messages.errors[code], code).not.toBe(en.errors[code]);
  });

  it('imports nothing but the shared catalogue builder', () => {
    expect(importLines(`${moduleName}.ts`)).toEqual(["import { buildCatalogue } from './buildCatalogue';"]);
  });
});

describe('the i18n folder', () => {
  const sourceFiles = readdirSync(i18nFolder).filter((name) => name.endsWith('.ts'));

  it('never imports React or the React layer', () => {
    for (const fileName of sourceFiles) {
      for (const line of importLines(fileName)) {
        expect(line, fileName).not.toMatch(/['"](react|react-dom)(\/.*)?['"]|\.\.\/(react|components)\//);
      }
    }
  });

  it('takes only types from the core', () => {
    for (const fileName of sourceFiles) {
      for (const line of importLines(fileName).filter((text) => text.includes("'../core/"))) {
        expect(line, fileName).toMatch(/^import type /);
      }
    }
  });

  it('has no entry that pulls every locale into an app: the root exports English alone', () => {
    const localeImports = readFileSync(resolve(i18nFolder, '../index.ts'), 'utf8')
      .split('\n')
      .filter((line) =>
        Object.keys(allLocales).some((moduleName) => line.endsWith(`'./i18n/${moduleName}';`)),
      );
    expect(localeImports).toEqual(["export { en } from './i18n/en';"]);
  });

  it('has a catalogue module for every locale the tests know, and no other', () => {
    const helpers = [
      'ResendMessages.ts',
      'buildCatalogue.ts',
      'buildErrorMessages.ts',
      'countdownParts.ts',
      'resolveMessages.ts',
    ];
    expect(sourceFiles.filter((name) => !helpers.includes(name)).sort()).toEqual(
      Object.keys(allLocales)
        .map((moduleName) => `${moduleName}.ts`)
        .sort(),
    );
  });
});
