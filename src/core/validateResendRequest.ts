import { ResendError } from './ResendError';
import type { ResendRequest } from './ResendRequest';

// Cognito's constraints for ResendConfirmationCode (API reference), anchored: Cognito matches the whole value. With
// the `u` flag a character class matches one code point, so `{1,128}` counts code points as Smithy's `length` trait
// (from which Cognito's API reference is generated) does: an emoji is one character, not two UTF-16 units.
const prototypeOf = Object.getPrototypeOf;

const isString = (value: unknown): value is string => typeof value === 'string';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && !!value && !Array.isArray(value);

// A required string field matches its pattern.
const matches =
  (pattern: RegExp) =>
  (value: unknown): boolean =>
    isString(value) && pattern.test(value);

// An optional field is absent only when `undefined`; every rule below refuses `null` by itself.
const optional =
  (passes: (value: any) => unknown) =>
  (value: unknown): unknown =>
    value === undefined || passes(value);

// Base64, as Cognito's SecretHash.
const isSecretHash = matches(/^[\w+=/]{1,128}$/);

// The rule for each field, by its name (which the error message repeats), in the order they are checked.
const fieldRules: Record<string, (value: any) => unknown> = {
  // Cognito's `[\p{L}\p{M}\p{S}\p{N}\p{P}]` written as its complement: every code point that is neither another
  // (control, format, surrogate, private use, unassigned) nor a separator.
  username: matches(/^[^\p{C}\p{Z}]{1,128}$/u),
  clientId: matches(/^[\w+]{1,128}$/),
  secretHash: optional((hash) => typeof hash === 'function' || isSecretHash(hash)),
  // An object literal (its prototype has none: also another realm's Object.prototype, as in an iframe) or
  // `Object.create(null)` (no prototype at all); reading the prototype of `null` throws, which refuses it too.
  clientMetadata: optional(
    (metadata) => !prototypeOf(prototypeOf(metadata) || metadata) && Object.values(metadata).every(isString),
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
  // The field being checked: the first that fails (or throws while reading) is named in the error.
  let field = 'request';
  try {
    if (
      isRecord(request) &&
      Object.keys(fieldRules).every((name) => {
        field = name;
        return fieldRules[name]!(name === 'clientId' ? clientId : request[name as keyof ResendRequest]);
      })
    ) {
      return;
    }
  } catch {}
  throw invalidRequest(field);
}

/**
 * Throws a {@link ResendError} with code `invalid-request` unless the value is a valid SecretHash: a string of 1-128
 * characters from `[A-Za-z0-9_+=/]` (base64). Use it on what a `secretHash` function resolved to, before sending.
 */
export function validateSecretHash(value: unknown): void {
  if (!isSecretHash(value)) throw invalidRequest('secretHash');
}

// The rules are documented on validateResendRequest rather than spelled out in every message.
function invalidRequest(field: string): ResendError {
  return new ResendError('invalid-request', `Invalid ${field}.`);
}
