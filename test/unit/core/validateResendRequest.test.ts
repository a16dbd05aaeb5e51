import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ResendError } from '../../../src/core/ResendError';
import type { ResendRequest } from '../../../src/core/ResendRequest';
import { validateResendRequest, validateSecretHash } from '../../../src/core/validateResendRequest';

const clientId = '4tq2mcshqbnb2rp7obtvmk0ic3';

/** The error a request is refused with, or `undefined` when it passes. */
function refusalOf(request: unknown, client: unknown = clientId): ResendError | undefined {
  try {
    validateResendRequest(request as ResendRequest, client as string);
  } catch (error) {
    expect(error).toBeInstanceOf(ResendError);
    return error as ResendError;
  }
  return undefined;
}

function expectRefused(request: unknown, field: string, client: unknown = clientId): ResendError {
  const error = refusalOf(request, client);
  expect(error?.code).toBe('invalid-request');
  expect(error?.retryable).toBe(false);
  expect(error?.message).toContain(field);
  return error!;
}

describe('validateResendRequest: username', () => {
  it('accepts an email address, a plain name and a 128-character username', () => {
    expect(refusalOf({ username: 'alice@example.com' })).toBeUndefined();
    expect(refusalOf({ username: 'alice' })).toBeUndefined();
    expect(refusalOf({ username: 'a'.repeat(128) })).toBeUndefined();
  });

  it('accepts letters, marks, symbols and emoji from any script', () => {
    for (const username of [
      'Zoë',
      'José',
      'пользователь',
      '用户名',
      'مستخدم',
      'ユーザー',
      'a😀b',
      '👍🏽',
      '❤️',
      'e\u0301',
      '+1(555)',
    ]) {
      expect(refusalOf({ username })).toBeUndefined();
    }
  });

  it('counts emoji as one character each, so 128 emoji pass and 129 do not', () => {
    expect(refusalOf({ username: '😀'.repeat(128) })).toBeUndefined();
    expectRefused({ username: '😀'.repeat(129) }, 'Invalid username');
  });

  it('refuses an empty username', () => {
    expectRefused({ username: '' }, 'Invalid username');
  });

  it('refuses a 129-character username', () => {
    expectRefused({ username: 'a'.repeat(129) }, 'Invalid username');
  });

  it.each([
    ['a space', 'alice smith'],
    ['a leading space', ' alice'],
    ['a tab', 'alice\tsmith'],
    ['a newline', 'alice\n'],
    ['a no-break space', 'alice\u00a0smith'],
    ['a NUL character', 'alice\u0000'],
    ['a zero-width joiner (a format character, even inside an emoji sequence)', '👩\u200d💻'],
    ['a lone surrogate', 'alice\ud800'],
  ])('refuses a username with %s', (_what, username) => {
    expectRefused({ username }, 'Invalid username');
  });

  it.each([
    ['missing', {}],
    ['a number', { username: 42 }],
    ['null', { username: null }],
    ['a String object', { username: new String('alice') }],
  ])('refuses a username that is %s', (_what, request) => {
    expectRefused(request, 'Invalid username');
  });

  it('never repeats the refused value in its message', () => {
    const values = ['bad user name', `${'x'.repeat(129)}`, 'secret\u0000value', ''];
    for (const username of values) {
      const error = expectRefused({ username }, 'username');
      if (username !== '') expect(error.message).not.toContain(username);
    }
  });
});

describe('validateResendRequest: client id', () => {
  it('accepts a Cognito app client id', () => {
    expect(refusalOf({ username: 'alice' }, '1example23456789')).toBeUndefined();
    expect(refusalOf({ username: 'alice' }, 'a_b+c')).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['129 characters long', 'a'.repeat(129)],
    ['with a dash', 'abc-def'],
    ['with a space', 'abc def'],
    ['with a non-ASCII letter', 'abcé'],
  ])('refuses a client id that is %s', (_what, client) => {
    const error = expectRefused({ username: 'alice' }, 'Invalid clientId', client);
    if (client !== '') expect(error.message).not.toContain(client);
  });

  it('refuses a client id that is not a string', () => {
    expectRefused({ username: 'alice' }, 'Invalid clientId', null);
    expectRefused({ username: 'alice' }, 'Invalid clientId', 12345);
  });
});

describe('validateResendRequest: secret hash', () => {
  it('accepts a base64 secret hash or a function that fetches one', () => {
    expect(refusalOf({ username: 'alice', secretHash: 'q2w3E+r5t/Y7u8i9o0p=' })).toBeUndefined();
    expect(refusalOf({ username: 'alice', secretHash: async () => 'q2w3E+r5t/Y7u8i9o0p=' })).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['129 characters long', 'A'.repeat(129)],
    ['with a space', 'abc def='],
    ['with a dash (base64url)', 'abc-def_='],
    ['with a newline', 'abcdef=\n'],
  ])('refuses a secret hash that is %s', (_what, secretHash) => {
    const error = expectRefused({ username: 'alice', secretHash }, 'Invalid secretHash');
    if (secretHash !== '') expect(error.message).not.toContain(secretHash);
  });

  it('refuses a secret hash that is neither a string nor a function', () => {
    expectRefused({ username: 'alice', secretHash: 42 }, 'Invalid secretHash');
    expectRefused({ username: 'alice', secretHash: null }, 'Invalid secretHash');
  });

  it('checks what a secret hash function resolved to', () => {
    expect(() => validateSecretHash('q2w3E+r5t/Y7u8i9o0p=')).not.toThrow();
    for (const resolved of [undefined, 42, '', 'not base64!', 'A'.repeat(129)]) {
      let thrown: unknown;
      try {
        validateSecretHash(resolved);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ResendError);
      expect((thrown as ResendError).code).toBe('invalid-request');
      expect((thrown as ResendError).message).toContain('Invalid secretHash');
    }
  });
});

describe('validateResendRequest: client metadata', () => {
  it('accepts a map of strings, an empty map and a map without prototype', () => {
    expect(refusalOf({ username: 'alice', clientMetadata: { source: 'web', campaign: '' } })).toBeUndefined();
    expect(refusalOf({ username: 'alice', clientMetadata: {} })).toBeUndefined();
    expect(
      refusalOf({ username: 'alice', clientMetadata: Object.assign(Object.create(null), { a: 'b' }) }),
    ).toBeUndefined();
  });

  it.each([
    ['a number', { count: 1 }],
    ['a boolean', { flag: true }],
    ['null', { nothing: null }],
    ['undefined', { nothing: undefined }],
    ['an object', { nested: { a: 'b' } }],
    ['an array', { list: ['a'] }],
  ])('refuses metadata with %s as a value', (_what, clientMetadata) => {
    const error = expectRefused({ username: 'alice', clientMetadata }, 'Invalid clientMetadata');
    for (const key of Object.keys(clientMetadata)) expect(error.message).not.toContain(key);
  });

  it.each([
    ['an array', ['a', 'b']],
    ['a string', 'source=web'],
    ['null', null],
    ['a Map', new Map([['a', 'b']])],
    ['a class instance', new (class Metadata {})()],
  ])('refuses metadata that is %s', (_what, clientMetadata) => {
    expectRefused({ username: 'alice', clientMetadata }, 'Invalid clientMetadata');
  });

  it("accepts an object literal from another realm, such as an iframe's", () => {
    const clientMetadata: unknown = runInNewContext("({ source: 'iframe' })");

    expect(Object.getPrototypeOf(clientMetadata)).not.toBe(Object.prototype);
    expect(refusalOf({ username: 'alice', clientMetadata })).toBeUndefined();
  });

  it('refuses metadata whose prototype cannot be read', () => {
    const clientMetadata = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );

    expectRefused({ username: 'alice', clientMetadata }, 'Invalid clientMetadata');
  });

  it('refuses metadata whose value cannot be read', () => {
    const clientMetadata = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });

    expectRefused({ username: 'alice', clientMetadata }, 'Invalid clientMetadata');
  });
});

describe('validateResendRequest: analytics and user context', () => {
  it('accepts every documented form', () => {
    for (const userContextData of [
      undefined,
      'auto',
      'off',
      {},
      { encodedData: 'abc' },
      { ipAddress: '192.0.2.1' },
    ]) {
      expect(
        refusalOf({ username: 'alice', analyticsEndpointId: 'endpoint-1', userContextData }),
      ).toBeUndefined();
    }
  });

  it('refuses an analytics endpoint id that is not a string', () => {
    expectRefused({ username: 'alice', analyticsEndpointId: 7 }, 'analyticsEndpointId');
  });

  it.each([
    ['another keyword', 'on'],
    ['null', null],
    ['an array', ['auto']],
    ['a number', 1],
  ])('refuses user context data that is %s', (_what, userContextData) => {
    expectRefused({ username: 'alice', userContextData }, 'Invalid userContextData');
  });

  it('refuses user context fields that are not strings', () => {
    expectRefused({ username: 'alice', userContextData: { encodedData: 1 } }, 'Invalid userContextData');
    expectRefused(
      { username: 'alice', userContextData: { ipAddress: ['1.1.1.1'] } },
      'Invalid userContextData',
    );
  });
});

describe('validateResendRequest: garbage', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'alice'],
    ['a number', 1],
    ['an array', [{ username: 'alice' }]],
  ])('refuses a request that is %s without a TypeError', (_what, request) => {
    expectRefused(request, 'Invalid request');
  });

  it('refuses a request whose fields cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();

    expectRefused(hostile, 'Invalid username');
    expectRefused(revocable.proxy, 'Invalid request');
  });
});
