import { Readable } from 'node:stream';
import {
  CognitoIdentityProviderClient,
  type CognitoIdentityProviderClientConfig,
  ResendConfirmationCodeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResendError, type ResendErrorCode, resendErrorCodes } from '../../../src/core/ResendError';
import { toResendError } from '../../../src/core/toResendError';
import { findFreePort } from '../../../tools/findFreePort.js';
import { documentedExceptions } from '../../support/documentedExceptions';

// What a retry can change, code by code: passing faults yes, configuration and account problems no.
const expectedRetryable: Readonly<Record<ResendErrorCode, boolean>> = {
  'code-delivery-failure': true,
  forbidden: false,
  'internal-error': true,
  'invalid-email-role-access-policy': false,
  'invalid-lambda-response': false,
  'invalid-parameter': false,
  'invalid-sms-role-access-policy': false,
  'invalid-sms-role-trust-relationship': false,
  'limit-exceeded': true,
  'not-authorized': false,
  'operation-not-enabled': false,
  'resource-not-found': false,
  'too-many-requests': true,
  'unexpected-lambda': false,
  'user-lambda-validation': false,
  'user-not-found': false,
  'user-already-confirmed': false,
  'network-error': true,
  timeout: true,
  aborted: true,
  'malformed-response': true,
  'invalid-request': false,
  'resend-limit-reached': false,
  unknown: true,
};

const cognitoNamespace = 'com.amazonaws.cognito.identity.idp.model';
const username = 'alice.liddell@example.com';
const clientId = '4tq2mcshqbnb2rp7obtvmk0ic3';
const secretHash = 'dGhpcyBpcyBub3QgYSByZWFsIGhhc2g+/=';
const sensitive = [username, clientId, secretHash];

/** The error amazon-cognito-identity-js hands to its callback when `fetch` answers (or fails) as given. */
async function failureFromIdentityJs(answer: () => Promise<Response>): Promise<unknown> {
  vi.stubGlobal('fetch', vi.fn(answer));
  const pool = new CognitoUserPool({ UserPoolId: 'us-east-1_Example01', ClientId: clientId });
  const { client } = pool as unknown as {
    client: {
      request(operation: string, params: object, callback: (error: unknown, data: unknown) => void): void;
    };
  };
  return new Promise((resolve, reject) => {
    client.request('ResendConfirmationCode', { ClientId: clientId, Username: username }, (error) =>
      error ? resolve(error) : reject(new Error('the request was expected to fail')),
    );
  });
}

function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', ...headers },
  });
}

/** The error the AWS SDK v3 throws when Cognito answers as given. */
async function failureFromSdkV3(statusCode: number, body: unknown, headers: Record<string, string> = {}) {
  const requestHandler = {
    handle: async () => ({
      response: {
        statusCode,
        headers: { 'content-type': 'application/x-amz-json-1.1', ...headers },
        // The SDK's Node build reads the body as a stream.
        body: Readable.from([Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))]),
      },
    }),
  } as unknown as CognitoIdentityProviderClientConfig['requestHandler'];
  // The SDK warns once that its 2027 releases will need Node 22: noise for these tests.
  vi.stubEnv('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED', 'true');
  const client = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    requestHandler,
  });
  try {
    await client.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: username }));
  } catch (error) {
    return error;
  }
  throw new Error('the request was expected to fail');
}

function jsonOf(error: ResendError): string {
  return JSON.stringify(error);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('toResendError: Cognito exceptions', () => {
  it.each(documentedExceptions)('%s from amazon-cognito-identity-js becomes %s', async (type, code) => {
    const thrown = await failureFromIdentityJs(async () =>
      jsonAnswer(400, { __type: `${cognitoNamespace}#${type}`, message: 'Something went wrong.' }),
    );

    const error = toResendError(thrown, { sensitive });

    expect(error).toBeInstanceOf(ResendError);
    expect(error.code).toBe(code);
    expect(error.cognitoType).toBe(type);
    expect(error.cause).toBe(thrown);
    expect(error.message).toContain(type);
    expect(error.message).toContain(`"${code}"`);
  });

  it.each(documentedExceptions)('%s from the AWS SDK v3 becomes %s', async (type, code) => {
    const thrown = await failureFromSdkV3(400, { __type: `${cognitoNamespace}#${type}`, message: 'Nope.' });

    const error = toResendError(thrown, { sensitive });

    expect(error.code).toBe(code);
    expect(error.cognitoType).toBe(type);
    expect(error.statusCode).toBe(400);
  });

  it.each(documentedExceptions)('%s as a raw JSON body becomes %s', (type, code) => {
    const error = toResendError({ __type: `${cognitoNamespace}#${type}`, message: 'Nope.' });

    expect(error.code).toBe(code);
    expect(error.cognitoType).toBe(type);
  });

  it.each(documentedExceptions)('%s as an x-amzn-errortype header value becomes %s', (type, code) => {
    const error = toResendError(`${type}:http://internal.amazon.com/coral/com.amazon.coral.validate/`);

    expect(error.code).toBe(code);
    expect(error.cognitoType).toBe(type);
  });

  it('reads the type and status from an x-amzn-errortype header when the body is not JSON', async () => {
    const thrown = await failureFromIdentityJs(
      async () =>
        new Response('<html>throttled</html>', {
          status: 400,
          headers: { 'x-amzn-errortype': 'LimitExceededException:http://internal.amazon.com/coral/' },
        }),
    );

    const error = toResendError(thrown);

    expect(error.code).toBe('limit-exceeded');
    expect(error.cognitoType).toBe('LimitExceededException');
    expect(error.statusCode).toBe(400);
  });

  it('matches exception names whatever their letter case', () => {
    expect(toResendError({ __type: 'limitexceededexception' }).code).toBe('limit-exceeded');
  });

  it('gives "User is already confirmed." its own code so the flow can move on to sign-in', async () => {
    const fromIdentityJs = await failureFromIdentityJs(async () =>
      jsonAnswer(400, { __type: 'InvalidParameterException', message: 'User is already confirmed.' }),
    );
    const fromSdkV3 = await failureFromSdkV3(400, {
      __type: `${cognitoNamespace}#InvalidParameterException`,
      message: 'User is already confirmed.',
    });

    for (const thrown of [fromIdentityJs, fromSdkV3]) {
      const error = toResendError(thrown);
      expect(error.code).toBe('user-already-confirmed');
      expect(error.cognitoType).toBe('InvalidParameterException');
      expect(error.retryable).toBe(false);
    }
  });

  it.each([
    'user is ALREADY confirmed',
    'User is already  confirmed.',
    'User is already\nconfirmed',
    'This user has already been confirmed.',
  ])('recognises the already-confirmed message %j', (message) => {
    expect(toResendError({ __type: 'InvalidParameterException', message }).code).toBe(
      'user-already-confirmed',
    );
  });

  it('keeps other InvalidParameterException messages as invalid-parameter', () => {
    const error = toResendError({
      __type: 'InvalidParameterException',
      message: 'Cannot resend codes. Auto verification not turned on.',
    });

    expect(error.code).toBe('invalid-parameter');
  });

  it.each([
    ['ThrottlingException', 'too-many-requests'],
    ['RequestLimitExceeded', 'too-many-requests'],
    ['InternalFailure', 'internal-error'],
    ['ServiceUnavailable', 'internal-error'],
    ['ServiceUnavailableException', 'internal-error'],
  ] as const)('maps the generic AWS type %s to %s', async (type, code) => {
    const thrown = await failureFromSdkV3(400, { __type: type, message: 'Rate exceeded' });

    const error = toResendError(thrown);

    expect(error.code).toBe(code);
    expect(error.cognitoType).toBe(type);
  });

  it('treats an empty __type as no type at all', () => {
    const error = toResendError({ __type: '', statusCode: 503 });

    expect(error.code).toBe('internal-error');
    expect(error.cognitoType).toBeUndefined();
    expect(error.message).toBe('Resend failed (code "internal-error")');
  });

  it('keeps a transport fault that a response named as its type, but not the name of a JavaScript error', () => {
    expect(toResendError({ __type: 'TimeoutError' }).cognitoType).toBe('TimeoutError');
    expect(toResendError(new DOMException('t', 'TimeoutError')).cognitoType).toBeUndefined();
  });

  it('keeps an exception type it does not know as cognitoType with code unknown', async () => {
    const fromSdkV3 = toResendError(
      await failureFromSdkV3(400, { __type: 'BrandNewException', message: 'x' }),
    );
    const fromLocalServer = toResendError(
      await failureFromIdentityJs(async () =>
        jsonAnswer(500, {
          __type: 'CognitoLocal#Unsupported',
          message: 'ResendConfirmationCode is not supported',
        }),
      ),
    );

    expect(fromSdkV3.code).toBe('unknown');
    expect(fromSdkV3.cognitoType).toBe('BrandNewException');
    expect(fromLocalServer.code).toBe('unknown');
    expect(fromLocalServer.cognitoType).toBe('Unsupported');
  });

  it('treats a 5xx answer without exception type as an internal error', async () => {
    const thrown = await failureFromSdkV3(503, '');

    const error = toResendError(thrown);

    expect(error.code).toBe('internal-error');
    expect(error.statusCode).toBe(503);
    expect(error.cognitoType).toBeUndefined();
    expect(error.retryable).toBe(true);
  });

  it('treats a 429 answer without exception type as too many requests', () => {
    expect(toResendError({ $metadata: { httpStatusCode: 429 }, name: 'Unknown' }).code).toBe(
      'too-many-requests',
    );
  });
});

describe('toResendError: transport faults', () => {
  it('reports a refused connection through amazon-cognito-identity-js as a network error', async () => {
    const thrown = await failureFromIdentityJs(() => Promise.reject(new TypeError('Failed to fetch')));

    const error = toResendError(thrown);

    expect((thrown as { code?: string }).code).toBe('NetworkError');
    expect(error.code).toBe('network-error');
    expect(error.retryable).toBe(true);
  });

  it("reports Node's own fetch failing on a closed port as a network error", async () => {
    const port = await findFreePort();

    const thrown = await fetch(`http://127.0.0.1:${port}/`).then(
      () => new Error('the port was expected to be closed'),
      (error: unknown) => error,
    );

    expect(toResendError(thrown).code).toBe('network-error');
  });

  it.each([
    'Failed to fetch',
    'fetch failed',
    'NetworkError when attempting to fetch resource.',
    'Load failed',
    'Network request failed',
  ])('reports fetch\'s TypeError "%s" as a network error', (message) => {
    expect(toResendError(new TypeError(message)).code).toBe('network-error');
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND'])(
    'reports a socket error with code %s as a network error',
    (code) => {
      expect(toResendError(Object.assign(new Error(`connect ${code} 127.0.0.1:443`), { code })).code).toBe(
        'network-error',
      );
    },
  );

  it('reports an answer amazon-cognito-identity-js cannot read as a malformed response', async () => {
    const thrown = await failureFromIdentityJs(
      async () => new Response('<html>Bad Gateway</html>', { status: 502 }),
    );

    const error = toResendError(thrown);

    expect(thrown).toBeInstanceOf(TypeError);
    expect(error.code).toBe('malformed-response');
  });

  it("does not blame Cognito's answer for a TypeError of the host's own code", () => {
    const thrown = new TypeError("Cannot read properties of undefined (reading 'secret')");

    expect(toResendError(thrown).code).toBe('unknown');
  });

  it('reports an answer the AWS SDK v3 cannot parse as a malformed response', async () => {
    const thrown = await failureFromSdkV3(502, '<html>Bad Gateway</html>');

    const error = toResendError(thrown);

    expect(error.code).toBe('malformed-response');
    expect(error.statusCode).toBe(502);
  });

  it('reports a JSON SyntaxError as a malformed response', () => {
    let thrown: unknown;
    try {
      JSON.parse('{"__type": ');
    } catch (error) {
      thrown = error;
    }

    expect(toResendError(thrown).code).toBe('malformed-response');
  });

  it('reports an aborted request as aborted', async () => {
    const signal = AbortSignal.abort();
    const thrown = await fetch('http://127.0.0.1:9/', { signal }).then(
      () => new Error('the request was expected to be aborted'),
      (error: unknown) => error,
    );

    expect(toResendError(signal.reason).code).toBe('aborted');
    expect(toResendError(thrown).code).toBe('aborted');
    expect(toResendError(new DOMException('The operation was aborted.', 'AbortError')).code).toBe('aborted');
  });

  it('reports a timed-out request as a timeout', () => {
    expect(toResendError(new DOMException('The operation timed out.', 'TimeoutError')).code).toBe('timeout');
    expect(toResendError(Object.assign(new Error('socket hang up'), { name: 'TimeoutError' })).code).toBe(
      'timeout',
    );
  });
});

describe('toResendError: anything else', () => {
  it.each([
    ['a string', 'something broke'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a symbol', Symbol('boom')],
    ['a plain object', { reason: 'nope' }],
    ['an array', ['LimitExceededException']],
    ['a plain Error', new Error('boom')],
    ['a RangeError', new RangeError('Maximum call stack size exceeded')],
  ])('turns %s into code unknown', (_kind, thrown) => {
    const error = toResendError(thrown);

    expect(error).toBeInstanceOf(ResendError);
    expect(error.code).toBe('unknown');
    expect(error.cognitoType).toBeUndefined();
    expect(error.retryable).toBe(true);
  });

  it('returns a ResendError as it is', () => {
    const original = new ResendError('invalid-request', 'username (Username) must be a string.');

    expect(toResendError(original)).toBe(original);
  });

  it('never throws on hostile values', () => {
    const throwingGetters = Object.defineProperties(
      {},
      {
        name: {
          get() {
            throw new Error('no name');
          },
        },
        message: {
          get() {
            throw new Error('no message');
          },
        },
      },
    );
    const trapEverything = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        has() {
          throw new Error('has');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf');
        },
        ownKeys() {
          throw new Error('ownKeys');
        },
        getOwnPropertyDescriptor() {
          throw new Error('getOwnPropertyDescriptor');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const circular: Record<string, unknown> = { __type: 'LimitExceededException' };
    circular.self = circular;
    circular.cause = circular;
    class HostileError extends Error {
      override get name(): string {
        throw new Error('hostile');
      }
    }

    const values = [
      throwingGetters,
      trapEverything,
      revocable.proxy,
      Object.freeze(new Error('frozen')),
      circular,
      new HostileError('x'),
      Object.create(null),
      () => undefined,
      10n,
    ];

    for (const value of values) {
      const error = toResendError(value, { sensitive });
      expect(error).toBeInstanceOf(ResendError);
      expect(resendErrorCodes).toContain(error.code);
      expect(() => JSON.stringify(error)).not.toThrow();
    }
    expect(toResendError(circular).code).toBe('limit-exceeded');
  });

  it('tolerates a context that is not what its type says', () => {
    const contexts = [
      null,
      { sensitive: 'alice' },
      { sensitive: [null, 42, ''] },
      { sensitive: new Proxy([], {}) },
    ];

    for (const context of contexts) {
      expect(toResendError(new Error('x'), context as never).code).toBe('unknown');
    }
  });
});

describe('toResendError: flags and hints', () => {
  it.each(documentedExceptions)('%s says whether a retry can help and whether it is a rate limit', (type) => {
    const error = toResendError({ __type: type });

    expect(error.retryable).toBe(expectedRetryable[error.code]);
    expect(error.rateLimited).toBe(error.code === 'limit-exceeded' || error.code === 'too-many-requests');
  });

  it.each([
    ['network-error', new TypeError('Failed to fetch')],
    ['timeout', new DOMException('t', 'TimeoutError')],
    ['aborted', new DOMException('a', 'AbortError')],
    ['malformed-response', new SyntaxError('Unexpected token')],
    [
      'user-already-confirmed',
      { __type: 'InvalidParameterException', message: 'User is already confirmed.' },
    ],
    ['unknown', 'oops'],
  ] as const)('%s says whether a retry can help', (code, thrown) => {
    const error = toResendError(thrown);

    expect(error.code).toBe(code);
    expect(error.retryable).toBe(expectedRetryable[code]);
    expect(error.rateLimited).toBe(false);
  });

  it('takes the wait of a rate limit from retryAfterSeconds', () => {
    const error = toResendError({ __type: 'LimitExceededException', retryAfterSeconds: 30 });

    expect(error.retryAfterMs).toBe(30_000);
  });

  it('ignores wait hints that are not a number of seconds, and caps them at one day', () => {
    expect(
      toResendError({ __type: 'LimitExceededException', retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' })
        .retryAfterMs,
    ).toBeUndefined();
    expect(
      toResendError({ __type: 'LimitExceededException', retryAfterSeconds: -1 }).retryAfterMs,
    ).toBeUndefined();
    expect(toResendError({ __type: 'LimitExceededException', retryAfterSeconds: 1e12 }).retryAfterMs).toBe(
      86_400_000,
    );
    expect(toResendError({ __type: 'LimitExceededException', retryAfterSeconds: 1e308 }).retryAfterMs).toBe(
      86_400_000,
    );
    expect(toResendError({ __type: 'LimitExceededException', retryAfterMs: 1500.2 }).retryAfterMs).toBe(1501);
  });

  it('gives a rate limit without a wait hint no wait, rather than a wait that is not a number', () => {
    expect(toResendError({ __type: 'LimitExceededException' }).retryAfterMs).toBeUndefined();
    expect(
      toResendError({ __type: 'LimitExceededException', retryAfterSeconds: Number.NaN }).retryAfterMs,
    ).toBeUndefined();
    expect(new ResendError('limit-exceeded', '', { retryAfterMs: Number.NaN }).retryAfterMs).toBeUndefined();
    expect(new ResendError('limit-exceeded', '', { retryAfterMs: 0 }).retryAfterMs).toBe(0);
  });

  it('prefers a wait in milliseconds over one in seconds', () => {
    const error = toResendError({
      __type: 'TooManyRequestsException',
      retryAfterMs: 2500,
      retryAfterSeconds: 30,
    });

    expect(error.retryAfterMs).toBe(2500);
  });

  it('gives no wait to errors that are not rate limits', () => {
    expect(
      toResendError({ __type: 'UserNotFoundException', retryAfterSeconds: 30 }).retryAfterMs,
    ).toBeUndefined();
  });
});

describe('toResendError: messages and JSON', () => {
  it('writes a developer sentence that names the code and the Cognito type', () => {
    const error = toResendError({
      __type: `${cognitoNamespace}#LimitExceededException`,
      message: 'Attempt limit exceeded, please try after some time.',
    });

    expect(error.message).toBe('Resend failed (code "limit-exceeded", LimitExceededException)');
  });

  it('leaves out a server message that echoes the username, in any letter case', async () => {
    const thrown = await failureFromSdkV3(400, {
      __type: 'UserLambdaValidationException',
      message: `PreSignUp failed with error ${username.toUpperCase()} is blocked (${username}).`,
    });

    const error = toResendError(thrown, { sensitive });

    expect(error.code).toBe('user-lambda-validation');
    expect(error.message.toLowerCase()).not.toContain(username.toLowerCase());
    expect(error.message).toBe(
      'Resend failed (code "user-lambda-validation", UserLambdaValidationException)',
    );
    expect(jsonOf(error).toLowerCase()).not.toContain(username.toLowerCase());
    expect(error.cause).toBe(thrown);
  });

  it('keeps the client id and secret hash out of the message', () => {
    const error = toResendError(
      new Error(`Unable to verify secret hash ${secretHash} for client ${clientId.toUpperCase()}`),
      { sensitive },
    );

    expect(error.message).not.toContain(secretHash);
    expect(error.message.toLowerCase()).not.toContain(clientId);
  });

  it('leaves out a cognitoType that would show a sensitive string', () => {
    const error = toResendError({ __type: 'AliceException' }, { sensitive: ['alice'] });

    expect(error.code).toBe('unknown');
    expect(error.cognitoType).toBeUndefined();
    expect(error.message.toLowerCase()).not.toContain('alice');
  });

  it('re-creates a ResendError whose message would show a sensitive string', () => {
    const leaky = new ResendError('user-not-found', `No user ${username}`);

    const error = toResendError(leaky, { sensitive });

    expect(error).not.toBe(leaky);
    expect(error.code).toBe('user-not-found');
    expect(error.message).not.toContain(username);
    expect(error.cause).toBe(leaky);
  });

  it("keeps the server's own words out of the message, leaving them to the cause", () => {
    const thrown = {
      __type: 'InternalErrorException',
      message: `line\u0000one\r\n${'x'.repeat(5000)}`,
    };

    const error = toResendError(thrown);

    expect(error.message).toBe('Resend failed (code "internal-error", InternalErrorException)');
    expect(error.message).not.toMatch(/\p{Cc}/u);
    expect(error.message.length).toBeLessThan(400);
    expect(error.cause).toBe(thrown);
  });

  it('serialises to JSON without the cause', async () => {
    const thrown = await failureFromSdkV3(400, {
      __type: 'LimitExceededException',
      message: `slow down ${username}`,
    });

    const error = toResendError(thrown, { sensitive });
    const json = JSON.parse(jsonOf(error)) as Record<string, unknown>;

    expect(json).toEqual({
      name: 'ResendError',
      code: 'limit-exceeded',
      message: 'Resend failed (code "limit-exceeded", LimitExceededException)',
      retryable: true,
      rateLimited: true,
      cognitoType: 'LimitExceededException',
      statusCode: 400,
    });
    expect(json).not.toHaveProperty('cause');
    for (const secret of sensitive) expect(jsonOf(error)).not.toContain(secret);
  });
});
