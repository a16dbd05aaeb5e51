import { isResendError, isResendErrorCode, ResendError, type ResendErrorCode } from './ResendError';

/** What {@link toResendError} needs to know about the request that failed. */
export interface ToResendErrorContext {
  /**
   * Strings that must never appear in the error's message or `cognitoType` (the username, client id, secret
   * hash): they are replaced, also when they appear in another letter case or inside the server's own message.
   */
  sensitive?: readonly string[];
}

// Cognito's documented exceptions for ResendConfirmationCode.
const cognitoExceptionCodes: Readonly<Record<string, ResendErrorCode>> = {
  CodeDeliveryFailureException: 'code-delivery-failure',
  ForbiddenException: 'forbidden',
  InternalErrorException: 'internal-error',
  InvalidEmailRoleAccessPolicyException: 'invalid-email-role-access-policy',
  InvalidLambdaResponseException: 'invalid-lambda-response',
  InvalidParameterException: 'invalid-parameter',
  InvalidSmsRoleAccessPolicyException: 'invalid-sms-role-access-policy',
  InvalidSmsRoleTrustRelationshipException: 'invalid-sms-role-trust-relationship',
  LimitExceededException: 'limit-exceeded',
  NotAuthorizedException: 'not-authorized',
  OperationNotEnabledException: 'operation-not-enabled',
  ResourceNotFoundException: 'resource-not-found',
  TooManyRequestsException: 'too-many-requests',
  UnexpectedLambdaException: 'unexpected-lambda',
  UserLambdaValidationException: 'user-lambda-validation',
  UserNotFoundException: 'user-not-found',
};

// Generic AWS error types that any AWS JSON endpoint (or a gateway in front of it) can answer with; the AWS SDKs
// treat the throttling ones as throttling and the others as transient server faults.
const relatedExceptionCodes: Readonly<Record<string, ResendErrorCode>> = {
  ThrottlingException: 'too-many-requests',
  Throttling: 'too-many-requests',
  ThrottledException: 'too-many-requests',
  RequestThrottled: 'too-many-requests',
  RequestThrottledException: 'too-many-requests',
  RequestLimitExceeded: 'too-many-requests',
  TooManyRequests: 'too-many-requests',
  SlowDown: 'too-many-requests',
  InternalFailure: 'internal-error',
  InternalServerError: 'internal-error',
  InternalServerException: 'internal-error',
  ServiceUnavailable: 'internal-error',
  ServiceUnavailableException: 'internal-error',
  RequestTimeout: 'timeout',
  RequestTimeoutException: 'timeout',
  ValidationException: 'invalid-parameter',
  SerializationException: 'invalid-parameter',
};

// Exception names are matched without regard to letter case: a proxy that lower-cases them should not turn a rate
// limit into "unknown".
const exceptionCodesByLowerCaseName: ReadonlyMap<string, ResendErrorCode> = new Map(
  Object.entries({ ...relatedExceptionCodes, ...cognitoExceptionCodes }).map(([name, code]) => [
    name.toLowerCase(),
    code,
  ]),
);

// `name` or `code` values of transport faults: amazon-cognito-identity-js (`NetworkError`), DOMException
// (`AbortError`, `TimeoutError`, `NetworkError`), Node and undici socket errors, and the usual HTTP libraries.
const transportCodesByLowerCaseName: ReadonlyMap<string, ResendErrorCode> = new Map([
  ['networkerror', 'network-error'],
  ['err_network', 'network-error'],
  ['econnrefused', 'network-error'],
  ['econnreset', 'network-error'],
  ['econnaborted', 'network-error'],
  ['enotfound', 'network-error'],
  ['eai_again', 'network-error'],
  ['enetunreach', 'network-error'],
  ['enetdown', 'network-error'],
  ['ehostunreach', 'network-error'],
  ['ehostdown', 'network-error'],
  ['epipe', 'network-error'],
  ['und_err_socket', 'network-error'],
  ['timeouterror', 'timeout'],
  ['etimedout', 'timeout'],
  ['esockettimedout', 'timeout'],
  ['und_err_connect_timeout', 'timeout'],
  ['und_err_headers_timeout', 'timeout'],
  ['und_err_body_timeout', 'timeout'],
  ['aborterror', 'aborted'],
  ['abort_err', 'aborted'],
  ['err_canceled', 'aborted'],
]);

// Names of the JavaScript runtime's own errors (and placeholders the AWS SDK uses when it has no type): never a
// Cognito exception type.
const genericErrorNames: ReadonlySet<string> = new Set([
  'error',
  'typeerror',
  'rangeerror',
  'syntaxerror',
  'referenceerror',
  'evalerror',
  'urierror',
  'aggregateerror',
  'internalerror',
  'domexception',
  'exception',
  'unknown',
  'unknownerror',
  'resenderror',
]);

// fetch's TypeError on a connection failure in Chromium, Node (undici), Firefox, Safari and React Native.
const networkFailureMessage =
  /failed to fetch|fetch failed|networkerror when attempting|load failed|network ?(request )?(error|failed)/i;
// amazon-cognito-identity-js reads `(data.__type || data.code).split('#')` from a body that was not JSON.
const missingErrorTypeMessage = /\bsplit\b/;
// Cognito answers a resend for a confirmed user with InvalidParameterException "User is already confirmed."
const alreadyConfirmedMessage = /already[\s_-]*(been[\s_-]*)?confirmed/i;

const longestDetailCodePoints = 200;
const longestReadCodeUnits = 100_000;
const longestRetryAfterMs = 86_400_000;
const redactionMarkers = ['[redacted]', '***', ''];

/**
 * Turns anything a resend can throw into a {@link ResendError}; never throws itself.
 *
 * Recognised, in this order:
 * - a `ResendError` is returned as it is (re-created only when its message would show a sensitive string);
 * - a Cognito exception type, read from `__type` (a raw JSON body), an `x-amzn-errortype` header (`headers` or the
 *   AWS SDK's `$response.headers`), `code` (amazon-cognito-identity-js) or `name` (AWS SDK v3), with any namespace
 *   before `#` and anything after `:` dropped. Each documented exception has its own code, a few generic AWS types
 *   map to their nearest code (throttling to `too-many-requests`, `InternalFailure`/`ServiceUnavailable` to
 *   `internal-error`), and InvalidParameterException "User is already confirmed." becomes `user-already-confirmed`;
 * - transport faults: connection failures (`network-error`), `TimeoutError` (`timeout`), `AbortError` (`aborted`),
 *   a `SyntaxError` or amazon-cognito-identity-js' TypeError on a body that is not JSON (`malformed-response`);
 * - an HTTP status without a known type: 429 is `too-many-requests`, 5xx is `internal-error`;
 * - an exception type this package does not know becomes `unknown` with `cognitoType` kept;
 * - anything else (strings, numbers, `null`, objects without a recognisable name) is `unknown`: it says nothing
 *   certain about the server's answer, so it is not called `malformed-response`.
 *
 * For rate limits, `retryAfterMs` comes from a numeric `retryAfterMs` field, else from `retryAfterSeconds`,
 * `retryAfter` or a `Retry-After` header given in seconds (an HTTP date is ignored), capped at one day.
 *
 * The message is for developers (people's words live in the i18n catalogues): it names the code and the Cognito
 * type and quotes at most 200 characters of the server's message, with every `context.sensitive` string replaced.
 */
export function toResendError(thrown: unknown, context?: ToResendErrorContext): ResendError {
  const sensitive = readSensitiveStrings(context);
  try {
    return convert(thrown, sensitive);
  } catch {
    // Unreachable by design; kept so that a surprise in a host's exotic value can never escape as a new exception.
    return new ResendError(
      'unknown',
      protect('The resend failed with a value that could not be inspected.', sensitive),
      {
        cause: thrown,
      },
    );
  }
}

interface Classification {
  code: ResendErrorCode;
  sentence: string;
  cognitoType?: string;
}

function convert(thrown: unknown, sensitive: readonly string[]): ResendError {
  if (isResendError(thrown)) {
    // One with a code this copy does not know (a newer copy of the package, a forgery) is classified afresh.
    const code = safeGet(thrown, 'code');
    if (isResendErrorCode(code)) return adoptResendError(thrown, code, sensitive);
  }

  const classification =
    typeof thrown === 'string' ? classifyString(thrown, sensitive) : classifyValue(thrown, sensitive);
  const { code } = classification;
  const cognitoType =
    classification.cognitoType !== undefined && !leaksAny(classification.cognitoType, sensitive)
      ? classification.cognitoType
      : undefined;
  const statusCode = readStatusCode(thrown);
  const retryAfterMs =
    code === 'limit-exceeded' || code === 'too-many-requests' ? readRetryAfterMs(thrown) : undefined;
  return new ResendError(code, protect(classification.sentence, sensitive), {
    cause: thrown,
    cognitoType,
    statusCode,
    retryAfterMs,
  });
}

function classifyString(thrown: string, sensitive: readonly string[]): Classification {
  const type = normaliseExceptionType(thrown);
  if (type !== undefined) {
    const known = classifyExceptionType(type, undefined, sensitive);
    if (known !== undefined) return known;
    const transport = transportCodesByLowerCaseName.get(type.toLowerCase());
    if (transport !== undefined) {
      return { code: transport, sentence: transportSentence(transport, undefined, sensitive) };
    }
    // A bare string only counts as an exception type when it reads like one (a header value, a `#` namespace).
    if (isServiceTypeLike(type) && (/#|:/.test(thrown) || /Exception$/.test(type))) {
      return unknownTypeClassification(type, undefined, sensitive);
    }
  }
  return {
    code: 'unknown',
    sentence: `The resend failed with a thrown string, not a recognised Cognito or network error (code "unknown")${detail(thrown, sensitive)}`,
  };
}

function classifyValue(thrown: unknown, sensitive: readonly string[]): Classification {
  if (!isObjectLike(thrown)) {
    return {
      code: 'unknown',
      sentence: `The resend failed with ${describeKind(thrown)}, not a recognised Cognito or network error (code "unknown").`,
    };
  }

  const name = readString(thrown, 'name');
  const errorCode = readString(thrown, 'code') ?? readString(thrown, 'Code');
  const serverMessage = readString(thrown, 'message') ?? readString(thrown, 'Message');
  const wireTypes = [
    readString(thrown, '__type'),
    readHeader(safeGet(thrown, 'headers'), 'x-amzn-errortype'),
    readHeader(safeGet(safeGet(thrown, '$response'), 'headers'), 'x-amzn-errortype'),
  ]
    .map(normaliseExceptionType)
    .filter((type): type is string => type !== undefined);
  const reportedTypes = [errorCode, name]
    .map(normaliseExceptionType)
    .filter((type): type is string => type !== undefined);

  for (const type of [...wireTypes, ...reportedTypes]) {
    const known = classifyExceptionType(type, serverMessage, sensitive);
    if (known !== undefined) return known;
  }

  for (const candidate of [errorCode, name]) {
    const transport =
      candidate === undefined ? undefined : transportCodesByLowerCaseName.get(candidate.trim().toLowerCase());
    if (transport !== undefined) {
      return { code: transport, sentence: transportSentence(transport, serverMessage, sensitive) };
    }
  }

  const isTypeError = name === 'TypeError' || safeInstanceOf(thrown, TypeError);
  if (isTypeError && serverMessage !== undefined && networkFailureMessage.test(serverMessage)) {
    return { code: 'network-error', sentence: transportSentence('network-error', serverMessage, sensitive) };
  }
  if (isTypeError && serverMessage !== undefined && missingErrorTypeMessage.test(serverMessage)) {
    return {
      code: 'malformed-response',
      sentence: transportSentence('malformed-response', serverMessage, sensitive),
    };
  }
  if (name === 'SyntaxError' || safeInstanceOf(thrown, SyntaxError)) {
    return {
      code: 'malformed-response',
      sentence: transportSentence('malformed-response', serverMessage, sensitive),
    };
  }

  const unknownWireType = wireTypes.find(isServiceTypeLike);
  if (unknownWireType !== undefined) {
    return unknownTypeClassification(unknownWireType, serverMessage, sensitive);
  }
  if (hasServiceEvidence(thrown, name, errorCode)) {
    const unknownReportedType = reportedTypes.find(isServiceTypeLike);
    if (unknownReportedType !== undefined) {
      return unknownTypeClassification(unknownReportedType, serverMessage, sensitive);
    }
  }

  const statusCode = readStatusCode(thrown);
  if (statusCode === 429 || (statusCode !== undefined && statusCode >= 500)) {
    const code: ResendErrorCode = statusCode === 429 ? 'too-many-requests' : 'internal-error';
    return {
      code,
      sentence: `Cognito answered HTTP ${statusCode} without a known exception type (code "${code}")${detail(serverMessage, sensitive)}`,
    };
  }

  const nameForSentence = name !== undefined && isServiceTypeLike(name) ? ` named ${name}` : '';
  return {
    code: 'unknown',
    sentence: `The resend failed with ${describeKind(thrown)}${nameForSentence}, not a recognised Cognito or network error (code "unknown")${detail(serverMessage, sensitive)}`,
  };
}

function classifyExceptionType(
  type: string,
  serverMessage: string | undefined,
  sensitive: readonly string[],
): Classification | undefined {
  const mapped = exceptionCodesByLowerCaseName.get(type.toLowerCase());
  if (mapped === undefined) return undefined;
  const code: ResendErrorCode =
    mapped === 'invalid-parameter' &&
    serverMessage !== undefined &&
    alreadyConfirmedMessage.test(serverMessage)
      ? 'user-already-confirmed'
      : mapped;
  return {
    code,
    cognitoType: type,
    sentence: `Cognito refused the resend with ${type} (code "${code}")${detail(serverMessage, sensitive)}`,
  };
}

function unknownTypeClassification(
  type: string,
  serverMessage: string | undefined,
  sensitive: readonly string[],
): Classification {
  return {
    code: 'unknown',
    cognitoType: type,
    sentence: `Cognito refused the resend with ${type}, an exception this package does not map (code "unknown")${detail(serverMessage, sensitive)}`,
  };
}

function transportSentence(
  code: ResendErrorCode,
  message: string | undefined,
  sensitive: readonly string[],
): string {
  switch (code) {
    case 'network-error':
      return `The resend request failed on the network before Cognito answered (code "network-error")${detail(message, sensitive)}`;
    case 'timeout':
      return `The resend request timed out (code "timeout")${detail(message, sensitive)}`;
    case 'aborted':
      return `The resend request was aborted (code "aborted")${detail(message, sensitive)}`;
    case 'malformed-response':
      return `Cognito's answer to the resend could not be read (code "malformed-response")${detail(message, sensitive)}`;
    default:
      return `The resend failed (code "${code}")${detail(message, sensitive)}`;
  }
}

function adoptResendError(
  error: ResendError,
  code: ResendErrorCode,
  sensitive: readonly string[],
): ResendError {
  const message = safeGet(error, 'message');
  const cognitoType = safeGet(error, 'cognitoType');
  const retryAfterMs = safeGet(error, 'retryAfterMs');
  const statusCode = safeGet(error, 'statusCode');
  const rateLimited = code === 'limit-exceeded' || code === 'too-many-requests';
  const keepsContract =
    typeof message === 'string' &&
    !leaksAny(message, sensitive) &&
    (cognitoType === undefined || (typeof cognitoType === 'string' && !leaksAny(cognitoType, sensitive))) &&
    typeof safeGet(error, 'retryable') === 'boolean' &&
    safeGet(error, 'rateLimited') === rateLimited &&
    (retryAfterMs === undefined ||
      (rateLimited && typeof retryAfterMs === 'number' && retryAfterMs === toRetryAfterMs(retryAfterMs))) &&
    (statusCode === undefined || statusCode === readStatusCode(error));
  if (keepsContract) return error;
  // A copy that honours the contract, with the offending one as its cause.
  return new ResendError(
    code,
    protect(typeof message === 'string' ? message : `The resend failed (code "${code}").`, sensitive),
    {
      cause: error,
      cognitoType:
        typeof cognitoType === 'string' && isServiceTypeLike(cognitoType) && !leaksAny(cognitoType, sensitive)
          ? cognitoType
          : undefined,
      statusCode: readStatusCode(error),
      retryAfterMs:
        rateLimited && typeof retryAfterMs === 'number' ? toRetryAfterMs(retryAfterMs) : undefined,
    },
  );
}

// --- reading foreign values without ever throwing ---------------------------------------------------------------

function isObjectLike(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function safeGet(value: unknown, key: string): unknown {
  if (!isObjectLike(value)) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function safeInstanceOf(value: unknown, errorClass: abstract new (...args: never[]) => unknown): boolean {
  try {
    return value instanceof errorClass;
  } catch {
    return false;
  }
}

function readString(value: unknown, key: string): string | undefined {
  const field = safeGet(value, key);
  return typeof field === 'string' ? field.slice(0, longestReadCodeUnits) : undefined;
}

function readHeader(headers: unknown, name: string): string | undefined {
  if (!isObjectLike(headers)) return undefined;
  const get = safeGet(headers, 'get');
  if (typeof get === 'function') {
    try {
      const header: unknown = get.call(headers, name);
      if (typeof header === 'string') return header.slice(0, longestReadCodeUnits);
    } catch {
      // A Headers-like object that refuses to answer has no header.
    }
  }
  const titleCase = name.replace(
    /(^|-)([a-z])/g,
    (_match, dash: string, letter: string) => dash + letter.toUpperCase(),
  );
  for (const spelling of [name, titleCase, name.toUpperCase()]) {
    const header = readString(headers, spelling);
    if (header !== undefined) return header;
  }
  return undefined;
}

function readStatusCode(value: unknown): number | undefined {
  const candidates = [
    safeGet(value, 'statusCode'),
    safeGet(safeGet(value, '$metadata'), 'httpStatusCode'),
    safeGet(value, 'status'),
    safeGet(safeGet(value, '$response'), 'statusCode'),
  ];
  return candidates.find(
    (candidate): candidate is number =>
      typeof candidate === 'number' && Number.isInteger(candidate) && candidate >= 100 && candidate <= 599,
  );
}

function readRetryAfterMs(value: unknown): number | undefined {
  const milliseconds = safeGet(value, 'retryAfterMs');
  if (typeof milliseconds === 'number' && Number.isFinite(milliseconds) && milliseconds >= 0) {
    return toRetryAfterMs(milliseconds);
  }
  const hints = [
    safeGet(value, 'retryAfterSeconds'),
    safeGet(value, 'retryAfter'),
    readHeader(safeGet(value, 'headers'), 'retry-after'),
    readHeader(safeGet(safeGet(value, '$response'), 'headers'), 'retry-after'),
  ];
  for (const hint of hints) {
    const seconds = parseSeconds(hint);
    if (seconds !== undefined) return toRetryAfterMs(Math.min(seconds, longestRetryAfterMs / 1000) * 1000);
  }
  return undefined;
}

function parseSeconds(hint: unknown): number | undefined {
  if (typeof hint === 'number') return Number.isFinite(hint) && hint >= 0 ? hint : undefined;
  if (typeof hint === 'string' && /^\s*\d{1,12}(\.\d{1,6})?\s*$/.test(hint)) return Number(hint);
  return undefined;
}

// Whole milliseconds, at most a day: a hint of a week is more likely a unit mistake than a plan.
function toRetryAfterMs(milliseconds: number): number | undefined {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return undefined;
  return Math.min(Math.ceil(milliseconds), longestRetryAfterMs);
}

function readSensitiveStrings(context: ToResendErrorContext | undefined): readonly string[] {
  try {
    const list: unknown = safeGet(context, 'sensitive');
    if (!Array.isArray(list)) return [];
    return list.filter((entry): entry is string => typeof entry === 'string' && entry.length > 0);
  } catch {
    return [];
  }
}

// --- names and descriptions ------------------------------------------------------------------------------------

// Like the AWS SDKs: `ns#Type:http://...` and `Type,Other` both come down to `Type`.
function normaliseExceptionType(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const type = raw.slice(0, 1000).split(',')[0]!.split(':')[0]!.split('#').pop()!.trim();
  return /^[A-Za-z][A-Za-z0-9_]{0,127}$/.test(type) ? type : undefined;
}

// A name a service would give an exception: PascalCase, not one of the runtime's own error names.
function isServiceTypeLike(type: string): boolean {
  return (
    /^[A-Z](?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{0,127}$/.test(type) && !genericErrorNames.has(type.toLowerCase())
  );
}

// A `name`/`code` only counts as Cognito's exception type when the value shows it came from a response.
function hasServiceEvidence(
  thrown: object,
  name: string | undefined,
  errorCode: string | undefined,
): boolean {
  return (
    (name !== undefined && /Exception$/.test(name)) ||
    (errorCode !== undefined && /Exception$/.test(errorCode)) ||
    (name !== undefined && name === errorCode) ||
    safeGet(thrown, '$metadata') !== undefined ||
    safeGet(thrown, '$fault') !== undefined ||
    readStatusCode(thrown) !== undefined
  );
}

function isArraySafely(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    // A revoked Proxy.
    return false;
  }
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (isArraySafely(value)) return 'an array';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'bigint':
      return 'a bigint';
    case 'boolean':
      return 'a boolean';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return safeInstanceOf(value, Error) ? 'an Error' : 'an object';
  }
}

// ": <server message>." or ".": the quoted part is redacted, cleaned and shortened.
function detail(message: string | undefined, sensitive: readonly string[]): string {
  if (message === undefined) return '.';
  // Redacted before and after cleaning: a secret may contain the characters cleaning replaces, or be formed by them.
  let text = protect(message.slice(0, longestReadCodeUnits), sensitive)
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = protect(text, sensitive);
  const codePoints = Array.from(text);
  if (codePoints.length > longestDetailCodePoints) {
    text = `${codePoints.slice(0, longestDetailCodePoints).join('')}…`;
  }
  return text === '' ? '.' : `: ${text}`;
}

// --- redaction ----------------------------------------------------------------------------------------------------

/** The text with every sensitive string replaced; falls back to plainer markers, and finally to nothing. */
function protect(text: string, sensitive: readonly string[]): string {
  if (sensitive.length === 0) return text;
  for (const marker of redactionMarkers) {
    // A marker that itself shows a secret ("[redacted]" for the username "red") can never be clean.
    if (leaksAny(marker, sensitive)) continue;
    const redacted = redactEvery(text, sensitive, marker);
    if (!leaksAny(redacted, sensitive)) return redacted;
  }
  // Dropping occurrences can join their neighbours into a new one ("aabb" without "ab"). Each pass only shortens
  // the text, so a few more passes and then the empty string always end clean.
  let remaining = text;
  for (let pass = 0; pass < 8; pass += 1) {
    remaining = redactEvery(remaining, sensitive, '');
    if (!leaksAny(remaining, sensitive)) return remaining;
  }
  return '';
}

function leaksAny(text: string, sensitive: readonly string[]): boolean {
  const lowerCase = text.toLowerCase();
  const upperCase = text.toUpperCase();
  return sensitive.some(
    (secret) =>
      text.includes(secret) ||
      lowerCase.includes(secret.toLowerCase()) ||
      upperCase.includes(secret.toUpperCase()),
  );
}

/** One pass: every occurrence of every secret, in any letter case, found in the original text and replaced once. */
function redactEvery(text: string, sensitive: readonly string[], marker: string): string {
  const views: Array<[view: string, fold: (value: string) => string]> = [[text, (value) => value]];
  // Positions in a case-folded copy only match the original when folding kept the length.
  const lowerCase = text.toLowerCase();
  if (lowerCase.length === text.length) views.push([lowerCase, (value) => value.toLowerCase()]);
  const upperCase = text.toUpperCase();
  if (upperCase.length === text.length) views.push([upperCase, (value) => value.toUpperCase()]);

  const ranges: Array<[start: number, end: number]> = [];
  for (const secret of sensitive) {
    for (const [view, fold] of views) {
      const folded = fold(secret);
      if (folded === '') continue;
      for (let at = view.indexOf(folded); at !== -1; at = view.indexOf(folded, at + 1)) {
        ranges.push([at, at + folded.length]);
      }
    }
  }
  if (ranges.length === 0) return text;

  ranges.sort((left, right) => left[0] - right[0]);
  let result = '';
  let copiedUpTo = 0;
  let [start, end] = ranges[0]!;
  for (const [nextStart, nextEnd] of ranges.slice(1)) {
    if (nextStart <= end) {
      end = Math.max(end, nextEnd);
      continue;
    }
    result += text.slice(copiedUpTo, start) + marker;
    copiedUpTo = end;
    [start, end] = [nextStart, nextEnd];
  }
  return result + text.slice(copiedUpTo, start) + marker + text.slice(end);
}
