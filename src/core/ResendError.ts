/**
 * Every reason a resend can fail, as a stable kebab-case code. Codes are public API: new ones may be added,
 * existing ones are never renamed.
 */
export type ResendErrorCode =
  // Cognito's documented exceptions for ResendConfirmationCode
  | 'code-delivery-failure'
  | 'forbidden'
  | 'internal-error'
  | 'invalid-email-role-access-policy'
  | 'invalid-lambda-response'
  | 'invalid-parameter'
  | 'invalid-sms-role-access-policy'
  | 'invalid-sms-role-trust-relationship'
  | 'limit-exceeded'
  | 'not-authorized'
  | 'operation-not-enabled'
  | 'resource-not-found'
  | 'too-many-requests'
  | 'unexpected-lambda'
  | 'user-lambda-validation'
  | 'user-not-found'
  // InvalidParameterException "User is already confirmed.": the flow can move on to sign-in
  | 'user-already-confirmed'
  // transport faults
  | 'network-error'
  | 'timeout'
  | 'aborted'
  | 'malformed-response'
  // raised before anything is sent
  | 'invalid-request'
  | 'resend-limit-reached'
  // a Cognito exception this package does not know (yet)
  | 'unknown';

// A record over the union (not a bare array) so the compiler rejects both a missing and an unknown code.
const everyResendErrorCode = {
  'code-delivery-failure': true,
  forbidden: true,
  'internal-error': true,
  'invalid-email-role-access-policy': true,
  'invalid-lambda-response': true,
  'invalid-parameter': true,
  'invalid-sms-role-access-policy': true,
  'invalid-sms-role-trust-relationship': true,
  'limit-exceeded': true,
  'not-authorized': true,
  'operation-not-enabled': true,
  'resource-not-found': true,
  'too-many-requests': true,
  'unexpected-lambda': true,
  'user-lambda-validation': true,
  'user-not-found': true,
  'user-already-confirmed': true,
  'network-error': true,
  timeout: true,
  aborted: true,
  'malformed-response': true,
  'invalid-request': true,
  'resend-limit-reached': true,
  unknown: true,
} as const satisfies Record<ResendErrorCode, true>;

/** Every {@link ResendErrorCode}, in declaration order (for exhaustive checks such as "every code has a message"). */
export const resendErrorCodes: readonly ResendErrorCode[] = Object.freeze(
  Object.keys(everyResendErrorCode) as ResendErrorCode[],
);

/** Whether a value is one of the known {@link ResendErrorCode}s. */
export function isResendErrorCode(value: unknown): value is ResendErrorCode {
  return typeof value === 'string' && Object.hasOwn(everyResendErrorCode, value);
}

/** The fields a {@link ResendError} carries besides its message. */
export interface ResendErrorOptions {
  /** The original thrown value (SDK error, fetch TypeError, ...). */
  cause?: unknown;
  /** The Cognito exception name (`__type` without namespace), when the server sent one. */
  cognitoType?: string;
  /** HTTP status of the response, when there was one. */
  statusCode?: number;
  /** For rate limits: how long to wait before trying again, in milliseconds. */
  retryAfterMs?: number;
}

const rateLimitedCodes: ReadonlySet<ResendErrorCode> = new Set(['limit-exceeded', 'too-many-requests']);

// A retry can help when the fault is passing (transport, throttling, a Cognito-side hiccup); configuration and
// account problems fail the same way every time until somebody changes something.
const retryableCodes: ReadonlySet<ResendErrorCode> = new Set([
  'code-delivery-failure',
  'internal-error',
  'limit-exceeded',
  'too-many-requests',
  'network-error',
  'timeout',
  'aborted',
  'malformed-response',
  'unknown',
]);

/**
 * The one error type of this package: a real `Error` with a stable `code`, the original value as `cause`, and
 * whether a retry can help. Its message and `toJSON()` never contain the username, client id or secret hash.
 */
export class ResendError extends Error {
  override readonly name = 'ResendError';
  /** Stable code to `switch` on. */
  readonly code: ResendErrorCode;
  /** Whether trying again (later) can succeed without changing anything. */
  readonly retryable: boolean;
  /** Whether Cognito throttled the request (LimitExceeded or TooManyRequests). */
  readonly rateLimited: boolean;
  /** For rate limits: a suggested wait before trying again, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The Cognito exception name, when the server sent one. */
  readonly cognitoType: string | undefined;
  /** HTTP status of the response, when there was one. */
  readonly statusCode: number | undefined;

  constructor(code: ResendErrorCode, message: string, options: ResendErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = retryableCodes.has(code);
    this.rateLimited = rateLimitedCodes.has(code);
    this.retryAfterMs = options.retryAfterMs;
    this.cognitoType = options.cognitoType;
    this.statusCode = options.statusCode;
  }

  /** A plain object safe to log or send to telemetry: no cause, no user data. */
  toJSON(): {
    name: 'ResendError';
    code: ResendErrorCode;
    message: string;
    retryable: boolean;
    rateLimited: boolean;
    retryAfterMs?: number;
    cognitoType?: string;
    statusCode?: number;
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      rateLimited: this.rateLimited,
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
      ...(this.cognitoType === undefined ? {} : { cognitoType: this.cognitoType }),
      ...(this.statusCode === undefined ? {} : { statusCode: this.statusCode }),
    };
  }
}

/** Whether a value is a {@link ResendError} (also across bundle copies, by shape). Never throws. */
export function isResendError(value: unknown): value is ResendError {
  // A Proxy or a throwing getter must not turn an error check into a new exception.
  try {
    return (
      value instanceof ResendError ||
      (value instanceof Error &&
        value.name === 'ResendError' &&
        typeof (value as ResendError).code === 'string')
    );
  } catch {
    return false;
  }
}
