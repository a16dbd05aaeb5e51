import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResendError } from '../../../src/core/ResendError';
import type { ResendRequest } from '../../../src/core/ResendRequest';
import { validateResendRequest, validateSecretHash } from '../../../src/core/validateResendRequest';

// --- an independent statement of Cognito's rules, character by character ------------------------------------------

const usernameCategories = [/\p{L}/u, /\p{M}/u, /\p{S}/u, /\p{N}/u, /\p{P}/u];

function isValidUsername(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const characters = [...value];
  return (
    characters.length >= 1 &&
    characters.length <= 128 &&
    characters.every((character) => usernameCategories.some((category) => category.test(character)))
  );
}

function isAsciiWordCharacter(character: string): boolean {
  return (
    (character >= 'a' && character <= 'z') ||
    (character >= 'A' && character <= 'Z') ||
    (character >= '0' && character <= '9') ||
    character === '_'
  );
}

function isValidClientId(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const characters = [...value];
  return (
    characters.length >= 1 &&
    characters.length <= 128 &&
    characters.every((character) => isAsciiWordCharacter(character) || character === '+')
  );
}

function isValidSecretHashString(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const characters = [...value];
  return (
    characters.length >= 1 &&
    characters.length <= 128 &&
    characters.every((character) => isAsciiWordCharacter(character) || '+=/'.includes(character))
  );
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

function isValidRequest(request: unknown, clientId: unknown): boolean {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return false;
  const { username, secretHash, clientMetadata, analyticsEndpointId, userContextData } = request as Record<
    string,
    unknown
  >;
  const secretHashOk =
    secretHash === undefined || typeof secretHash === 'function' || isValidSecretHashString(secretHash);
  const metadataOk =
    clientMetadata === undefined ||
    (isPlainRecord(clientMetadata) &&
      Object.values(clientMetadata).every((value) => typeof value === 'string'));
  const analyticsOk = analyticsEndpointId === undefined || typeof analyticsEndpointId === 'string';
  const contextOk =
    userContextData === undefined ||
    userContextData === 'auto' ||
    userContextData === 'off' ||
    (typeof userContextData === 'object' &&
      userContextData !== null &&
      !Array.isArray(userContextData) &&
      ['encodedData', 'ipAddress'].every((key) => {
        const field = (userContextData as Record<string, unknown>)[key];
        return field === undefined || typeof field === 'string';
      }));
  return (
    isValidUsername(username) &&
    isValidClientId(clientId) &&
    secretHashOk &&
    metadataOk &&
    analyticsOk &&
    contextOk
  );
}

// --- generators that hit both sides of every rule -----------------------------------------------------------------

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
});

const usernameArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10, unit: 'binary' }) },
  { weight: 2, arbitrary: fc.string({ minLength: 120, maxLength: 136, unit: 'grapheme-ascii' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 60, maxLength: 70, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: anyValue },
);

const clientIdArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[\w+]{1,24}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[\w+]{120,136}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: anyValue },
);

const secretHashArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.base64String({ minLength: 4, maxLength: 48 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[\w+=/]{120,136}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.func(fc.string()) },
  { weight: 1, arbitrary: anyValue },
);

const clientMetadataArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 4,
    arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
  },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), anyValue), { maxKeys: 4 }),
  },
  { weight: 1, arbitrary: fc.array(fc.string(), { maxLength: 3 }) },
  { weight: 1, arbitrary: anyValue },
);

const userContextDataArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(undefined, 'auto', 'off') },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        encodedData: fc.oneof({ weight: 4, arbitrary: fc.string() }, { weight: 1, arbitrary: anyValue }),
        ipAddress: fc.oneof({ weight: 4, arbitrary: fc.ipV4() }, { weight: 1, arbitrary: anyValue }),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

const requestArbitrary = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        username: usernameArbitrary,
        secretHash: secretHashArbitrary,
        clientMetadata: clientMetadataArbitrary,
        analyticsEndpointId: fc.oneof(
          { weight: 4, arbitrary: fc.string() },
          { weight: 1, arbitrary: anyValue },
        ),
        userContextData: userContextDataArbitrary,
      },
      { requiredKeys: ['username'] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** What validation did: `'passed'`, or the error it threw. */
function outcomeOf(run: () => void): 'passed' | unknown {
  try {
    run();
    return 'passed';
  } catch (error) {
    return error;
  }
}

function isInvalidRequestError(thrown: unknown): thrown is ResendError {
  return thrown instanceof ResendError && thrown.code === 'invalid-request' && thrown.retryable === false;
}

// Thousands of cases a property: a few seconds alone, longer while the other core runs another file and an install.
// The time limit is there to catch a hang, not to measure speed.
describe('validateResendRequest properties', { timeout: 60_000 }, () => {
  it('passes exactly the requests the rules allow and refuses the rest with invalid-request', () => {
    let passed = 0;
    let refused = 0;
    fc.assert(
      fc.property(requestArbitrary, clientIdArbitrary, (request, clientId) => {
        const outcome = outcomeOf(() => validateResendRequest(request as ResendRequest, clientId as string));
        if (outcome === 'passed') {
          passed += 1;
          return isValidRequest(request, clientId);
        }
        refused += 1;
        if (!isInvalidRequestError(outcome)) return false;
        // The message names the rule, never the value.
        const fields = typeof request === 'object' && request !== null ? Object.values(request) : [request];
        const values = [clientId, ...fields];
        const echoed = values.some(
          (value) => typeof value === 'string' && value.length >= 8 && outcome.message.includes(value),
        );
        return !echoed && !isValidRequest(request, clientId);
      }),
      { numRuns: 10_000 },
    );
    // Both sides of the rules were exercised, not only garbage.
    expect(passed).toBeGreaterThan(1_000);
    expect(refused).toBeGreaterThan(1_000);
  });

  it('judges usernames exactly as the character rule and the 128 code point limit say', () => {
    let passed = 0;
    fc.assert(
      fc.property(usernameArbitrary, (username) => {
        const outcome = outcomeOf(() => validateResendRequest({ username } as ResendRequest, 'client_id+1'));
        if (outcome === 'passed') passed += 1;
        return outcome === 'passed'
          ? isValidUsername(username)
          : isInvalidRequestError(outcome) && !isValidUsername(username);
      }),
      { numRuns: 10_000 },
    );
    expect(passed).toBeGreaterThan(2_000);
    expect(passed).toBeLessThan(8_000);
  });

  it('judges resolved secret hashes exactly as the base64 rule and the 128 character limit say', () => {
    fc.assert(
      fc.property(secretHashArbitrary, (secretHash) => {
        const outcome = outcomeOf(() => validateSecretHash(secretHash));
        return outcome === 'passed'
          ? isValidSecretHashString(secretHash)
          : isInvalidRequestError(outcome) && !isValidSecretHashString(secretHash);
      }),
      { numRuns: 10_000 },
    );
  });
});
