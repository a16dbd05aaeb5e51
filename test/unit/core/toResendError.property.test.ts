import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ResendError, type ResendErrorCode, resendErrorCodes } from '../../../src/core/ResendError';
import { toResendError } from '../../../src/core/toResendError';
import { documentedExceptions } from '../../support/documentedExceptions';

const documentedCodes: Readonly<Record<string, ResendErrorCode>> = Object.fromEntries(documentedExceptions);
const documentedTypes = Object.keys(documentedCodes);

const jsonKeys = new Set([
  'name',
  'code',
  'message',
  'retryable',
  'rateLimited',
  'retryAfterMs',
  'cognitoType',
  'statusCode',
]);

/** The test's own reading of "contains, also in another letter case". */
function shows(text: string, secret: string): boolean {
  return text.includes(secret) || text.toLowerCase().includes(secret.toLowerCase());
}

/**
 * Everything any result of toResendError must satisfy, whatever it was given: the first broken rule, or
 * `undefined`. (Plain checks rather than `expect` keep 10,000 runs fast.)
 */
function brokenRule(error: unknown, secrets: readonly string[]): string | undefined {
  if (!(error instanceof ResendError)) return 'not a ResendError';
  if (!resendErrorCodes.includes(error.code)) return `unknown code ${error.code}`;
  if (typeof error.retryable !== 'boolean') return 'retryable is not a boolean';
  if (error.rateLimited !== (error.code === 'limit-exceeded' || error.code === 'too-many-requests')) {
    return 'rateLimited does not follow the code';
  }
  if (typeof error.message !== 'string') return 'message is not a string';
  const { retryAfterMs, statusCode } = error;
  if (
    retryAfterMs !== undefined &&
    !(error.rateLimited && Number.isInteger(retryAfterMs) && retryAfterMs >= 0 && retryAfterMs <= 86_400_000)
  ) {
    return `retryAfterMs ${retryAfterMs} on ${error.code}`;
  }
  if (statusCode !== undefined && !(Number.isInteger(statusCode) && statusCode >= 100 && statusCode <= 599)) {
    return `statusCode ${statusCode}`;
  }
  const json = error.toJSON();
  if (Object.keys(json).some((key) => !jsonKeys.has(key))) return `unexpected JSON keys ${Object.keys(json)}`;
  if (json.message !== error.message) return 'JSON message differs';
  if (JSON.stringify(error).includes('"cause"')) return 'JSON has a cause';
  for (const secret of secrets) {
    if (shows(error.message, secret))
      return `the message ${JSON.stringify(error.message)} shows a sensitive string`;
    if (error.cognitoType !== undefined && shows(error.cognitoType, secret)) {
      return `cognitoType ${error.cognitoType} shows a sensitive string`;
    }
  }
  return undefined;
}

function expectWellFormed(error: unknown, secrets: readonly string[]): void {
  const broken = brokenRule(error, secrets);
  if (broken !== undefined) throw new Error(broken);
}

// Sensitive strings as hostile as possible: short, symbols, any letter case, overlapping the fixed wording.
const secretsArbitrary = fc.array(
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme' }),
    fc.constantFrom('e', 'Cognito', 'code', 'LIMIT', 'exceeded', '[redacted]', '*', 'user', '"', ':'),
  ),
  { maxLength: 4 },
);

const nameArbitrary = fc.oneof(
  fc.constantFrom(...documentedTypes),
  fc.constantFrom(
    'ThrottlingException',
    'InternalFailure',
    'ServiceUnavailable',
    'NetworkError',
    'AbortError',
    'TimeoutError',
    'TypeError',
    'SyntaxError',
    'Error',
    'Unknown',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'ResendError',
  ),
  fc.string({ maxLength: 40 }),
);

const typeArbitrary = fc.oneof(
  nameArbitrary,
  nameArbitrary.map((name) => `com.amazonaws.cognito.identity.idp.model#${name}`),
  nameArbitrary.map((name) => `${name}:http://internal.amazon.com/coral/com.amazon.coral.validate/`),
);

const messageArbitrary = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.constantFrom(
    'User is already confirmed.',
    'Failed to fetch',
    'fetch failed',
    "Cannot read properties of undefined (reading 'split')",
    'Attempt limit exceeded, please try after some time.',
  ),
);

// Plain objects shaped like what Cognito, its SDKs, fetch and Node throw, with noise in every field.
const errorFieldsArbitrary = fc.record(
  {
    name: fc.oneof(nameArbitrary, fc.anything()),
    // A kebab-case code with the name "ResendError" makes a ResendError from another copy of the package.
    code: fc.oneof(nameArbitrary, fc.constantFrom(...resendErrorCodes), fc.anything()),
    retryable: fc.oneof(fc.boolean(), fc.anything()),
    rateLimited: fc.oneof(fc.boolean(), fc.anything()),
    cognitoType: fc.oneof(nameArbitrary, fc.anything()),
    message: fc.oneof(messageArbitrary, fc.anything()),
    __type: fc.oneof(typeArbitrary, fc.anything()),
    statusCode: fc.oneof(fc.integer({ min: -1, max: 700 }), fc.anything()),
    status: fc.oneof(fc.integer({ min: 99, max: 600 }), fc.double()),
    $metadata: fc.record({ httpStatusCode: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.anything()) }),
    $fault: fc.constantFrom('client', 'server'),
    retryAfterSeconds: fc.oneof(fc.double(), fc.string(), fc.anything()),
    retryAfterMs: fc.oneof(fc.double(), fc.integer()),
    retryAfter: fc.oneof(fc.nat().map(String), fc.string()),
    headers: fc.record(
      { 'x-amzn-errortype': typeArbitrary, 'retry-after': fc.oneof(fc.nat().map(String), fc.string()) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

type Fields = Record<string, unknown>;

const wrappers: ReadonlyArray<(fields: Fields) => unknown> = [
  (fields) => fields,
  (fields) => Object.freeze({ ...fields }),
  (fields) => Object.assign(new Error('base'), fields),
  (fields) => Object.assign(new TypeError('base'), fields),
  (fields) => Object.assign(new SyntaxError('base'), fields),
  (fields) => {
    // Every field becomes a getter that throws.
    const hostile = {};
    for (const key of Object.keys(fields)) {
      Object.defineProperty(hostile, key, {
        enumerable: true,
        get() {
          throw new Error(`no ${key}`);
        },
      });
    }
    return hostile;
  },
  (fields) =>
    new Proxy(fields, {
      get(target, key) {
        if (key === 'message') throw new Error('trap');
        return Reflect.get(target, key);
      },
      getPrototypeOf() {
        throw new Error('trap');
      },
    }),
  (fields) => {
    const circular: Fields = { ...fields };
    circular.cause = circular;
    circular.$response = { headers: circular, statusCode: circular };
    return circular;
  },
];

/** Server messages that echo the sensitive strings, in several letter cases, between arbitrary text. */
function echo(secrets: readonly string[], fillers: readonly string[], casing: number): string {
  if (secrets.length === 0) return fillers.join(' ');
  return fillers
    .map((filler, index) => {
      const secret = secrets[index % secrets.length]!;
      const cased = [secret, secret.toUpperCase(), secret.toLowerCase()][(casing + index) % 3]!;
      return `${filler}${cased}`;
    })
    .join('');
}

// Thousands of cases a property: a few seconds alone, longer while the other core runs another file and an install.
// The time limit is there to catch a hang, not to measure speed.
describe('toResendError properties', { timeout: 60_000 }, () => {
  it('turns any value at all into a well-formed ResendError without showing sensitive strings', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        secretsArbitrary,
        (thrown, secrets) => {
          const error = toResendError(thrown, { sensitive: secrets });
          expectWellFormed(error, secrets);
          // Only the package itself raises these two, never the mapping of a thrown value.
          return error.code !== 'invalid-request' && error.code !== 'resend-limit-reached';
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('turns crafted error-like values into a well-formed ResendError that never echoes sensitive strings', () => {
    fc.assert(
      fc.property(
        errorFieldsArbitrary,
        fc.nat({ max: wrappers.length - 1 }),
        secretsArbitrary,
        fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 2 }),
        (fields, wrapperIndex, secrets, fillers, casing) => {
          const withEcho = { ...fields, message: echo(secrets, fillers, casing) };
          for (const shape of [fields, withEcho]) {
            const thrown = wrappers[wrapperIndex]!(shape);
            expectWellFormed(toResendError(thrown, { sensitive: secrets }), secrets);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('maps every documented __type to its code whatever else the value carries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...documentedTypes),
        fc.constantFrom('', 'com.amazonaws.cognito.identity.idp.model#', 'Namespace#'),
        fc.constantFrom('', ':http://internal.amazon.com/coral/'),
        errorFieldsArbitrary,
        fc.boolean(),
        (type, namespace, suffix, noise, asError) => {
          const fields = { ...noise, __type: `${namespace}${type}${suffix}` };
          const thrown = asError ? Object.assign(new Error('x'), fields) : fields;

          const error = toResendError(thrown);

          const alreadyConfirmed =
            type === 'InvalidParameterException' &&
            typeof noise.message === 'string' &&
            /already[\s_-]*(been[\s_-]*)?confirmed/i.test(noise.message);
          // An Error named ResendError with a known code is a ResendError (from another copy): kept, not remapped.
          const isResendErrorAlready =
            asError &&
            noise.name === 'ResendError' &&
            resendErrorCodes.includes(noise.code as ResendErrorCode);
          if (isResendErrorAlready) return error.code === noise.code;
          const expectedCode = alreadyConfirmed ? 'user-already-confirmed' : documentedCodes[type];
          return error.code === expectedCode && error.cognitoType === type;
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('keeps realistic usernames, client ids and secret hashes out of the whole JSON', () => {
    fc.assert(
      fc.property(
        fc.emailAddress(),
        fc.stringMatching(/^[a-z0-9]{26}$/),
        fc.base64String({ minLength: 44, maxLength: 44 }),
        fc.constantFrom(...documentedTypes, 'BrandNewException', 'TypeError', 'SyntaxError'),
        fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 2 }),
        (username, clientId, secretHash, type, fillers, casing) => {
          const secrets = [username, clientId, secretHash];
          const message = echo(secrets, fillers, casing);
          const thrown = Object.assign(new Error(message), { name: type, code: type, statusCode: 400 });

          const json = JSON.stringify(toResendError(thrown, { sensitive: secrets })).toLowerCase();

          return secrets.every((secret) => !json.includes(secret.toLowerCase()));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
