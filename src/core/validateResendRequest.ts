import { ResendError } from './ResendError';
import type { ResendRequest } from './ResendRequest';

// Cognito's constraints for ResendConfirmationCode (API reference), anchored: Cognito matches the whole value. With
// the `u` flag a character class matches one code point, so `{1,128}` counts code points as Smithy's `length` trait
// (from which Cognito's API reference is generated) does: an emoji is one character, not two UTF-16 units.
// Cognito's `[\p{L}\p{M}\p{S}\p{N}\p{P}]` written as its complement: every code point that is neither another
// (control, format, surrogate, private use, unassigned) nor a separator.
const usernamePattern = /^[^\p{C}\p{Z}]{1,128}$/u;
const secretHashPattern = /^[\w+=/]{1,128}$/;

const prototypeOf = Object.getPrototypeOf;

// The rule for each field of the request, by its name (which the error message repeats).
const fieldRules: Record<string, (value: any) => unknown> = {
  username: (value) => matches(value, usernamePattern),
  secretHash: optional((hash) => typeof hash === 'function' || matches(hash, secretHashPattern)),
  // An object literal or `Object.create(null)`, also from another realm (an iframe's Object.prototype).
  clientMetadata: optional(
    (metadata) =>
      !prototypeOf(prototypeOf(metadata) || Object.prototype) && Object.values(metadata).every(isString),
  ),
  analyticsEndpointId: optional(isString),
  userContextData: optional(
    (context) =>
      context === 'auto' ||
      context === 'off' ||
      (isRecord(context) && [context.encodedData, context.ipAddress].every(optional(isString))),
  ),
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
  check('request', () => isRecord(request));
  check('clientId', () => matches(clientId, /^[\w+]{1,128}$/));
  for (const field in fieldRules) {
    check(field, () => fieldRules[field]!(request[field as keyof ResendRequest]));
  }
}

/**
 * Throws a {@link ResendError} with code `invalid-request` unless the value is a valid SecretHash: a string of 1-128
 * characters from `[A-Za-z0-9_+=/]` (base64). Use it on what a `secretHash` function resolved to, before sending.
 */
export function validateSecretHash(value: unknown): void {
  check('secretHash', () => matches(value, secretHashPattern));
}

// The first check that fails (or throws while reading) names its field in the error; the rules are documented on
// validateResendRequest rather than spelled out in every message.
function check(field: string, passes: () => unknown): void {
  let passed: unknown;
  try {
    passed = passes();
  } catch {}
  if (!passed) throw new ResendError('invalid-request', `Invalid ${field}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && !!value && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function matches(value: unknown, pattern: RegExp): boolean {
  return isString(value) && pattern.test(value);
}

// Absent only when `undefined`: `null` is refused.
function optional(passes: (value: any) => unknown): (value: unknown) => unknown {
  return (value) => value === undefined || (value !== null && passes(value));
}
