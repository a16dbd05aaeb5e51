import * as root from '../../../src';
import { resendErrorCodes } from '../../../src/core/ResendError';
import { de } from '../../../src/i18n/de';
import { en } from '../../../src/i18n/en';
import type { ResendMessages } from '../../../src/i18n/ResendMessages';
import { formatErrorMessage, resolveMessages } from '../../../src/i18n/resolveMessages';
import { allLocales } from './allLocales';

describe('resolveMessages', () => {
  it('gives English when the host chooses nothing', () => {
    expect(resolveMessages()).toBe(en);
  });

  it('gives the chosen catalogue itself when there is nothing to override', () => {
    expect(resolveMessages(de)).toBe(de);
    expect(resolveMessages(de, undefined)).toBe(de);
  });

  it('puts the host’s overrides on top of the chosen catalogue', () => {
    const messages = resolveMessages(de, { resendLabel: 'Neuen Code anfordern' });
    expect(messages.resendLabel).toBe('Neuen Code anfordern');
    expect(messages.sendingLabel).toBe(de.sendingLabel);
    expect(messages.locale).toBe('de');
    expect(messages.errors).toBe(de.errors);
  });

  it('merges error overrides by code and keeps the catalogue’s other messages', () => {
    const messages = resolveMessages(de, { errors: { 'user-not-found': 'Unbekannte E-Mail-Adresse.' } });
    expect(messages.errors['user-not-found']).toBe('Unbekannte E-Mail-Adresse.');
    for (const code of resendErrorCodes.filter((each) => each !== 'user-not-found')) {
      expect(messages.errors[code], code).toBe(de.errors[code]);
    }
  });

  it('accepts a whole-catalogue partial, as a host would pass it', () => {
    const overrides: Partial<ResendMessages> = {
      countdown: ({ clock, formattedSeconds }) => `⏳ ${clock ?? formattedSeconds}`,
    };
    expect(root.formatCountdown(resolveMessages(en, overrides), 7)).toBe('⏳ 7');
  });

  it('ignores overrides that are undefined instead of erasing messages', () => {
    const messages = resolveMessages(en, { resendLabel: undefined, errors: { timeout: undefined } });
    expect(messages.resendLabel).toBe(en.resendLabel);
    expect(messages.errors.timeout).toBe(en.errors.timeout);
  });

  it('never changes the shipped catalogue', () => {
    const before = JSON.stringify(de);
    resolveMessages(de, { resendLabel: 'X', errors: { timeout: 'Y' } });
    expect(JSON.stringify(de)).toBe(before);
    expect(de.resendLabel).toBe('Code erneut senden');
  });
});

describe('formatErrorMessage', () => {
  it('gives the catalogue’s message for each code', () => {
    expect(formatErrorMessage(en, 'user-already-confirmed')).toBe(
      'This account is already confirmed. You can sign in.',
    );
    expect(formatErrorMessage(en, 'too-many-requests')).toBe(
      'Too many attempts. Wait a few minutes, then try again.',
    );
    expect(formatErrorMessage(en, 'network-error')).toBe(
      'You seem to be offline. Check your connection and try again.',
    );
    expect(formatErrorMessage(en, 'aborted')).toBe('The request was cancelled.');
  });

  it('gives the generic message for set-up problems, naming no internals', () => {
    expect(formatErrorMessage(en, 'invalid-sms-role-trust-relationship')).toBe(
      "Can't send a code right now. Try again later or contact support.",
    );
  });

  it('uses an override for one code', () => {
    const messages = resolveMessages(en, { errors: { 'limit-exceeded': 'Slow down a little.' } });
    expect(formatErrorMessage(messages, 'limit-exceeded')).toBe('Slow down a little.');
    expect(formatErrorMessage(messages, 'too-many-requests')).toBe(en.errors['too-many-requests']);
  });

  it('falls back to the unknown-error message for a code an older catalogue lacks', () => {
    const { timeout: _missing, ...olderErrors } = en.errors;
    const older = { ...en, errors: olderErrors } as ResendMessages;
    expect(formatErrorMessage(older, 'timeout')).toBe(en.errors.unknown);
  });
});

describe('the root entry', () => {
  it('offers English, the formatting helpers and no other locale', () => {
    const localeNames = Object.keys(allLocales);
    expect(localeNames.filter((name) => name in root)).toEqual(['en']);
    for (const helper of ['formatCodeSent', 'formatCountdown', 'formatErrorMessage', 'resolveMessages']) {
      expect(root).toHaveProperty(helper);
    }
  });
});
