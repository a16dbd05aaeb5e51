import { ResendError } from './ResendError';
import type { ResendRequest } from './ResendRequest';

// Cognito's constraints for ResendConfirmationCode (API reference), anchored: Cognito matches the whole value.
const usernamePattern = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
const clientIdPattern = /^[\w+]+$/;
const secretHashPattern = /^[\w+=/]+$/;
const longestCodePoints = 128;

/**
 * Throws a {@link ResendError} with code `invalid-request` when Cognito would refuse the request, so nothing is
 * sent: Username 1-128 letters, marks, symbols, numbers or punctuation (no whitespace or control characters);
 * ClientId 1-128 of `[A-Za-z0-9_+]`; a `secretHash` string 1-128 of `[A-Za-z0-9_+=/]` (a function is checked by
 * {@link validateSecretHash} once it resolves); `clientMetadata` a plain object of strings; `analyticsEndpointId` a
 * string; `userContextData` `'auto'`, `'off'` or an object whose `encodedData` and `ipAddress` are strings.
 *
 * Lengths count Unicode code points, as Smithy's `length` trait (from which Cognito's API reference is generated)
 * defines them: an emoji is one character, not two UTF-16 units. An optional field is absent only when
 * `undefined`; `null` is refused. Any value at all may be passed at run time: garbage is refused with
 * `invalid-request`, never a `TypeError`. The message names the field and the rule, never the value.
 */
export function validateResendRequest(request: ResendRequest, clientId: string): void {
  const fields = guard('request', () => {
    if (typeof request !== 'object' || request === null || Array.isArray(request)) {
      throw invalidRequest('The resend request must be an object.');
    }
    return {
      username: (request as { username?: unknown }).username,
      clientMetadata: (request as { clientMetadata?: unknown }).clientMetadata,
      secretHash: (request as { secretHash?: unknown }).secretHash,
      analyticsEndpointId: (request as { analyticsEndpointId?: unknown }).analyticsEndpointId,
      userContextData: (request as { userContextData?: unknown }).userContextData,
    };
  });

  validatePatternedString(fields.username, 'username (Username)', usernamePattern, usernameCharacters);
  validatePatternedString(clientId, 'clientId (ClientId)', clientIdPattern, clientIdCharacters);
  if (fields.secretHash !== undefined && typeof fields.secretHash !== 'function') {
    if (typeof fields.secretHash !== 'string') {
      throw invalidRequest('secretHash (SecretHash) must be a string or a function that returns one.');
    }
    validateSecretHash(fields.secretHash);
  }
  guard('clientMetadata (ClientMetadata)', () => validateClientMetadata(fields.clientMetadata));
  if (fields.analyticsEndpointId !== undefined && typeof fields.analyticsEndpointId !== 'string') {
    throw invalidRequest('analyticsEndpointId (AnalyticsMetadata.AnalyticsEndpointId) must be a string.');
  }
  guard('userContextData (UserContextData)', () => validateUserContextData(fields.userContextData));
}

/**
 * Throws a {@link ResendError} with code `invalid-request` unless the value is a valid SecretHash: a string of 1-128
 * characters from `[A-Za-z0-9_+=/]` (base64). Use it on what a `secretHash` function resolved to, before sending.
 */
export function validateSecretHash(value: unknown): void {
  validatePatternedString(value, 'secretHash (SecretHash)', secretHashPattern, secretHashCharacters);
}

const usernameCharacters =
  'letters, marks, symbols, numbers and punctuation (no whitespace or control characters)';
const clientIdCharacters = 'ASCII letters, digits, "_" and "+"';
const secretHashCharacters = 'ASCII letters, digits, "_", "+", "=" and "/"';

function validatePatternedString(value: unknown, field: string, pattern: RegExp, allowed: string): void {
  if (typeof value !== 'string') throw invalidRequest(`${field} must be a string.`);
  const length = countCodePointsUpTo(value, longestCodePoints + 1);
  if (length < 1 || length > longestCodePoints) {
    throw invalidRequest(
      `${field} must be 1 to ${longestCodePoints} characters long (counted in code points).`,
    );
  }
  if (!pattern.test(value)) throw invalidRequest(`${field} may contain only ${allowed}.`);
}

// Counting stops at `limit`, so a megabyte of garbage is refused without walking all of it.
function countCodePointsUpTo(value: string, limit: number): number {
  let count = 0;
  for (const _codePoint of value) {
    count += 1;
    if (count >= limit) break;
  }
  return count;
}

function validateClientMetadata(metadata: unknown): void {
  if (metadata === undefined) return;
  if (!isPlainObject(metadata)) {
    throw invalidRequest(
      'clientMetadata (ClientMetadata) must be a plain object of string keys to string values.',
    );
  }
  for (const key of Object.keys(metadata)) {
    if (typeof (metadata as Record<string, unknown>)[key] !== 'string') {
      throw invalidRequest('clientMetadata (ClientMetadata) may hold only string values.');
    }
  }
}

function validateUserContextData(userContextData: unknown): void {
  if (userContextData === undefined || userContextData === 'auto' || userContextData === 'off') return;
  if (typeof userContextData !== 'object' || userContextData === null || Array.isArray(userContextData)) {
    throw invalidRequest("userContextData (UserContextData) must be 'auto', 'off' or an object.");
  }
  const { encodedData, ipAddress } = userContextData as { encodedData?: unknown; ipAddress?: unknown };
  if (encodedData !== undefined && typeof encodedData !== 'string') {
    throw invalidRequest('userContextData.encodedData (UserContextData.EncodedData) must be a string.');
  }
  if (ipAddress !== undefined && typeof ipAddress !== 'string') {
    throw invalidRequest('userContextData.ipAddress (UserContextData.IpAddress) must be a string.');
  }
}

// An object literal or `Object.create(null)`, also from another realm (an iframe's Object.prototype).
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

// A getter or Proxy that throws while being read makes the field invalid instead of leaking a TypeError.
function guard<T>(field: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ResendError) throw error;
    throw invalidRequest(`${field} could not be read.`);
  }
}

function invalidRequest(message: string): ResendError {
  return new ResendError('invalid-request', message);
}
