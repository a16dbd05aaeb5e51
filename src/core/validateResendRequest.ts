import { ResendError } from './ResendError';
import type { ResendRequest } from './ResendRequest';

const isString = (value: unknown): value is string => typeof value === 'string';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a value is a plain object: an object literal, whose prototype (`Object.prototype`, also another realm's,
 * as in an iframe) has no prototype itself, or `Object.create(null)`, which has none at all.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

// Cognito's constraints below are anchored: Cognito matches the whole value.
const matches =
  (pattern: RegExp) =>
  (value: unknown): boolean =>
    isString(value) && pattern.test(value);

// An optional field is absent only when `undefined`; every rule refuses `null` by itself.
const optional =
  (passes: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    value === undefined || passes(value);

// Base64, as Cognito's SecretHash.
const isSecretHash = matches(/^[\w+=/]{1,128}$/);

const isUserContextData = (value: unknown): boolean =>
  value === 'auto' ||
  value === 'off' ||
  (isRecord(value) && optional(isString)(value.encodedData) && optional(isString)(value.ipAddress));

// The rule for each field, by its name (which the error message repeats), in the order they are checked.
const fieldRules: Record<keyof ResendRequest | 'clientId', (value: unknown) => boolean> = {
  // Cognito's `[\p{L}\p{M}\p{S}\p{N}\p{P}]` written as its complement: every code point that is neither another
  // (control, format, surrogate, private use, unassigned) nor a separator. With the `u` flag a character class
  // matches one code point, so `{1,128}` counts code points as Smithy's `length` trait (from which Cognito's API
  // reference is generated) does: an emoji is one character, not two UTF-16 units.
  username: matches(/^[^\p{C}\p{Z}]{1,128}$/u),
  clientId: matches(/^[\w+]{1,128}$/),
  secretHash: optional((hash) => typeof hash === 'function' || isSecretHash(hash)),
  clientMetadata: optional((metadata) => isPlainObject(metadata) && Object.values(metadata).every(isString)),
  analyticsEndpointId: optional(isString),
  userContextData: optional(isUserContextData),
};

/**
 * Throws a {@link ResendError} with code `invalid-request` when Cognito would refuse the request, so nothing is
 * sent: `username` (Username) 1-128 letters, marks, symbols, numbers or punctuation (no whitespace or control
 * characters, counted in code points); `clientId` (ClientId) 1-128 of `[A-Za-z0-9_+]`; a `secretHash` string 1-128
 * of `[A-Za-z0-9_+=/]` (a function is checked by {@link validateSecretHash} once it resolves); `clientMetadata` a
 * plain object of strings; `analyticsEndpointId` a string; `userContextData` `'auto'`, `'off'` or an object whose
 * `encodedData` and `ipAddress` are strings.
 *
 * An optional field is absent only when `undefined`; `null` is refused. Any value at all may be passed at run
 * time: garbage (also a getter or Proxy that throws) is refused with `invalid-request`, never a `TypeError`. The
 * message names the field, never the value.
 */
export function validateResendRequest(request: ResendRequest, clientId: string): void {
  if (!passes(() => isRecord(request))) throw invalidRequest('request');
  for (const [field, rule] of Object.entries(fieldRules)) {
    // The client's id is checked among the request's fields, as Cognito receives it with them.
    const value = () => (field === 'clientId' ? clientId : request[field as keyof ResendRequest]);
    if (!passes(() => rule(value()))) throw invalidRequest(field);
  }
}

/**
 * Throws a {@link ResendError} with code `invalid-request` unless the value is a valid SecretHash: a string of 1-128
 * characters from `[A-Za-z0-9_+=/]` (base64). Use it on what a `secretHash` function resolved to, before sending.
 */
export function validateSecretHash(value: unknown): void {
  if (!isSecretHash(value)) throw invalidRequest('secretHash');
}

/** Whether a check passes; one that throws while reading (a hostile getter or Proxy) fails. */
function passes(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

// The rules are documented on validateResendRequest rather than spelled out in every message.
function invalidRequest(field: string): ResendError {
  return new ResendError('invalid-request', `Invalid ${field}.`);
}
