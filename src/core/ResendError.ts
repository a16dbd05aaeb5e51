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

/**
 * The codes of Cognito's documented exceptions for ResendConfirmationCode: each is the exception's name without
 * `Exception`, in kebab-case (`CodeDeliveryFailureException` is `code-delivery-failure`).
 * @internal
 */
export const cognitoExceptionCodes = [
  'code-delivery-failure',
  'forbidden',
  'internal-error',
  'invalid-email-role-access-policy',
  'invalid-lambda-response',
  'invalid-parameter',
  'invalid-sms-role-access-policy',
  'invalid-sms-role-trust-relationship',
  'limit-exceeded',
  'not-authorized',
  'operation-not-enabled',
  'resource-not-found',
  'too-many-requests',
  'unexpected-lambda',
  'user-lambda-validation',
  'user-not-found',
] as const satisfies readonly ResendErrorCode[];

/** Every {@link ResendErrorCode}, in declaration order (for exhaustive checks such as "every code has a message"). */
export const resendErrorCodes = [
  ...cognitoExceptionCodes,
  'user-already-confirmed',
  'network-error',
  'timeout',
  'aborted',
  'malformed-response',
  'invalid-request',
  'resend-limit-reached',
  'unknown',
] as const satisfies readonly ResendErrorCode[];

// A code the list leaves out (`satisfies` above already refuses a name that is no code).
type UnlistedCode = Exclude<ResendErrorCode, (typeof resendErrorCodes)[number]>;
// A compile error unless the list names every code.
true satisfies [UnlistedCode] extends [never] ? true : never;

/**
 * The codes for which a retry can help: the fault is passing (transport, throttling, a Cognito-side hiccup),
 * whereas configuration and account problems fail the same way every time until somebody changes something.
 */
const retryableCodes: readonly ResendErrorCode[] = [
  'code-delivery-failure',
  'internal-error',
  'limit-exceeded',
  'too-many-requests',
  'network-error',
  'timeout',
  'aborted',
  'malformed-response',
  'unknown',
];

/** Cognito's rate limits. */
const rateLimitCodes: readonly ResendErrorCode[] = ['limit-exceeded', 'too-many-requests'];

// A hint of more than a day is more likely a unit mistake than a plan.
const longestRetryAfterMs = 86_400_000;

/** Whether a value is one of the known {@link ResendErrorCode}s. */
export function isResendErrorCode(value: unknown): value is ResendErrorCode {
  return (resendErrorCodes as readonly unknown[]).includes(value);
}

/** A wait hint as whole milliseconds, at most a day; `undefined` unless it is a number of 0 or more. */
function wholeRetryAfterMs(retryAfterMs: number | undefined): number | undefined {
  if (typeof retryAfterMs !== 'number' || Number.isNaN(retryAfterMs) || retryAfterMs < 0) return undefined;
  return Math.min(Math.ceil(retryAfterMs), longestRetryAfterMs);
}

/** The fields a {@link ResendError} carries besides its message. */
export interface ResendErrorOptions {
  /** The original thrown value (SDK error, fetch TypeError, ...). */
  cause?: unknown;
  /** The Cognito exception name (`__type` without namespace), when the server sent one. */
  cognitoType?: string;
  /** HTTP status of the response, when there was one. */
  statusCode?: number;
  /**
   * For rate limits: how long to wait before trying again, in milliseconds, rounded up and capped at one day
   * (ignored for other codes, and when it is not a number of 0 or more).
   */
  retryAfterMs?: number;
}

/**
 * The one error type of this package: a real `Error` with a stable `code`, the original value as `cause`, and
 * whether a retry can help. Its message and `toJSON()` never contain the username, client id or secret hash.
 */
export class ResendError extends Error {
  override readonly name = 'ResendError';
  /** Stable code to `switch` on. */
  declare readonly code: ResendErrorCode;
  /** Whether trying again (later) can succeed without changing anything. */
  declare readonly retryable: boolean;
  /** Whether Cognito throttled the request (LimitExceeded or TooManyRequests). */
  declare readonly rateLimited: boolean;
  /** For rate limits: a suggested wait before trying again, in milliseconds. */
  declare readonly retryAfterMs: number | undefined;
  /** The Cognito exception name, when the server sent one. */
  declare readonly cognitoType: string | undefined;
  /** HTTP status of the response, when there was one. */
  declare readonly statusCode: number | undefined;

  constructor(code: ResendErrorCode, message: string, options: ResendErrorOptions = {}) {
    // Error reads only `cause` from the options, and only when it is there (then it is not enumerable).
    super(message, options);
    const rateLimited = rateLimitCodes.includes(code);
    this.code = code;
    this.retryable = retryableCodes.includes(code);
    this.rateLimited = rateLimited;
    // A wait only means something for a rate limit.
    this.retryAfterMs = rateLimited ? wholeRetryAfterMs(options.retryAfterMs) : undefined;
    this.cognitoType = options.cognitoType;
    this.statusCode = options.statusCode;
  }

  /** A plain object safe to log or send to telemetry: no cause, no user data. */
  toJSON(): ResendErrorJson {
    // These fields by name, never whatever else an engine (Safari: line, column, sourceURL) or a subclass adds.
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      rateLimited: this.rateLimited,
      retryAfterMs: this.retryAfterMs,
      cognitoType: this.cognitoType,
      statusCode: this.statusCode,
    };
  }
}

/** What {@link ResendError.toJSON} returns: the error's fields without `cause` (and `stack`). */
export type ResendErrorJson = Pick<
  ResendError,
  'name' | 'code' | 'message' | 'retryable' | 'rateLimited' | 'retryAfterMs' | 'cognitoType' | 'statusCode'
>;

/** Whether a value is a {@link ResendError} (also across bundle copies, by shape). Never throws. */
export function isResendError(value: unknown): value is ResendError {
  // A Proxy or a throwing getter must not turn an error check into a new exception.
  try {
    return (
      value instanceof Error &&
      value.name === 'ResendError' &&
      typeof (value as ResendError).code === 'string'
    );
  } catch {
    return false;
  }
}
