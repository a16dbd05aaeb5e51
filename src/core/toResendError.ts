import {
  cognitoExceptionCodes,
  isResendError,
  isResendErrorCode,
  ResendError,
  type ResendErrorCode,
} from './ResendError';

/** What {@link toResendError} needs to know about the request that failed. */
export interface ToResendErrorContext {
  /**
   * Strings that must never appear in the error's message or `cognitoType` (the username, client id, secret
   * hash), in any letter case. Missing and empty entries are skipped (a secret hash that is not known yet).
   */
  sensitive?: readonly (string | undefined)[];
}

/** Type names, besides Cognito's documented exceptions, that stand for a code. */
interface KnownTypeNames {
  /** How the names start, in lower case. */
  prefixes: readonly string[];
  /** The code they stand for. */
  code: ResendErrorCode;
  /** Whether a server answers with these types (kept as `cognitoType`); a transport fault's name is no type. */
  fromServer: boolean;
}

/** What a thrown value's type name stands for. */
type TypeMatch = Pick<KnownTypeNames, 'code' | 'fromServer'>;

/** The code of a thrown value, and the type name it keeps as `cognitoType`. */
interface Classification {
  code: ResendErrorCode;
  type: string | undefined;
}

const otherTypeNames: readonly KnownTypeNames[] = [
  // Generic AWS types that any AWS JSON endpoint (or a gateway in front of it) can answer with.
  { prefixes: ['throttl', 'requestlimitexceeded'], code: 'too-many-requests', fromServer: true },
  { prefixes: ['internalfailure', 'serviceunavailable'], code: 'internal-error', fromServer: true },
  // Transport faults, as the `name` or `code` of amazon-cognito-identity-js (`NetworkError`), Node's sockets,
  // DOMException and a JSON parser.
  { prefixes: ['networkerror', 'econnre', 'enotfound'], code: 'network-error', fromServer: false },
  { prefixes: ['timeouterror'], code: 'timeout', fromServer: false },
  { prefixes: ['aborterror'], code: 'aborted', fromServer: false },
  { prefixes: ['syntaxerror'], code: 'malformed-response', fromServer: false },
];

// InvalidParameterException's message for an account that needs no code: "User is already confirmed.".
const alreadyConfirmedMessage = /already[\s_-]*(been[\s_-]*)?confirmed/i;

// fetch's TypeError on a connection failure: "Failed to fetch" (Chromium), "fetch failed" (Node), "NetworkError
// when attempting to fetch resource." (Firefox), "Load failed" (Safari), "Network request failed" (React Native).
const fetchFailureMessage = /fetch|load failed|network/i;

// amazon-cognito-identity-js reads an error body's type with `.split`, so a TypeError naming `split` is its failure
// to read a body that is not JSON (every engine names the property).
const unreadableBodyMessage = /split/;

/**
 * Turns anything a resend can throw into a {@link ResendError}; never throws itself.
 *
 * Recognised, in this order:
 * - a `ResendError` keeps its code, also one from another copy of this package (recognised by shape); one of this
 *   copy whose message shows no sensitive string is returned as it is;
 * - a type read from `__type` (a raw JSON body), `code` (amazon-cognito-identity-js) or `name` (AWS SDK v3,
 *   DOMException), with any namespace before `#` and anything after `:` dropped, in any letter case: each of
 *   Cognito's documented exceptions has its own code, generic throttling types are `too-many-requests`,
 *   `InternalFailure`/`ServiceUnavailable` are `internal-error`, connection failures are `network-error`,
 *   `TimeoutError` is `timeout`, `AbortError` is `aborted` and `SyntaxError` is `malformed-response`;
 *   InvalidParameterException "User is already confirmed." becomes `user-already-confirmed`;
 * - a `TypeError`: fetch's connection failure (`network-error`) or amazon-cognito-identity-js failing to read a
 *   body that is not JSON (`malformed-response`, recognised by the `split` it names); any other is `unknown`;
 * - an HTTP status: 429 is `too-many-requests`, 5xx is `internal-error`;
 * - anything else is `unknown`; a type this package does not know is kept as `cognitoType` when it came from a
 *   response.
 *
 * For rate limits, `retryAfterMs` comes from a numeric `retryAfterMs` field, else from `retryAfterSeconds`,
 * rounded up to whole milliseconds and capped at one day.
 *
 * The message is for developers (people's words live in the i18n catalogues): it names the code and the type,
 * never the server's own words, which may echo the username (the original stays available as `cause`). Neither the
 * message nor `cognitoType` ever shows a `context.sensitive` string, in any letter case: they are left out instead.
 */
export function toResendError(thrown: unknown, context?: ToResendErrorContext): ResendError {
  try {
    const sensitive = context?.sensitive ?? [];
    const errorCode: string | undefined = read(thrown, 'code');
    if (isResendError(thrown) && isResendErrorCode(errorCode)) {
      if (thrown instanceof ResendError && !showsSensitive(thrown.message, sensitive)) return thrown;
      return createResendError(thrown, { code: errorCode, type: read(thrown, 'cognitoType') }, sensitive);
    }
    return createResendError(thrown, classify(thrown), sensitive);
  } catch {
    // Only a hostile value (a Proxy that traps `instanceof`) or `context` gets here: without the secrets, no
    // wording is known to be safe.
    return new ResendError('unknown', '', { cause: thrown });
  }
}

/** The code for a thrown value that is not a ResendError, and the type name to keep. */
function classify(thrown: unknown): Classification {
  // A string is an x-amzn-errortype header value.
  const name: string | undefined = typeof thrown === 'string' ? thrown : read(thrown, 'name');
  const errorCode: string | undefined = read(thrown, 'code');
  const wireType = typeName(read(thrown, '__type'));
  const message: string = read(thrown, 'message') ?? '';
  // A type the response itself named, known or not: a JSON body's `__type`, or amazon-cognito-identity-js' error,
  // whose `name` and `code` are both the type. Never a JavaScript error's name such as `TypeError`.
  const namedType = wireType ?? (name === errorCode ? typeName(name) : undefined);

  for (const candidate of [wireType, typeName(errorCode), typeName(name)]) {
    const match = candidate !== undefined && matchTypeName(candidate);
    if (match) {
      // A transport fault's own name (a DOMException's, a socket's, a parser's) is no type a server answered with:
      // it keeps only a type the response itself named.
      return { code: refineCode(match.code, message), type: match.fromServer ? candidate : namedType };
    }
  }
  if (name === 'TypeError') return { code: codeFromTypeError(message), type: namedType };
  return { code: codeFromHttpStatus(statusCodeOf(thrown)), type: namedType };
}

/** What a type name stands for, in any letter case: one of Cognito's documented exceptions, or another name. */
function matchTypeName(name: string): TypeMatch | undefined {
  const lowerCase = name.toLowerCase();
  // Each code is its exception's name without `Exception`, in kebab-case.
  const cognitoCode = cognitoExceptionCodes.find(
    (code) => `${code.replace(/-/g, '')}exception` === lowerCase,
  );
  if (cognitoCode) return { code: cognitoCode, fromServer: true };
  return otherTypeNames.find(({ prefixes }) => prefixes.some((prefix) => lowerCase.startsWith(prefix)));
}

/** InvalidParameterException "User is already confirmed." gets its own code, so a flow can move on to sign-in. */
function refineCode(code: ResendErrorCode, message: string): ResendErrorCode {
  if (code === 'invalid-parameter' && alreadyConfirmedMessage.test(message)) return 'user-already-confirmed';
  return code;
}

/**
 * The code for a `TypeError` no type name explained: a connection failure of fetch, amazon-cognito-identity-js
 * failing to read an answer, or (say, from the host's secret hash provider) no evidence of either.
 */
function codeFromTypeError(message: string): ResendErrorCode {
  if (fetchFailureMessage.test(message)) return 'network-error';
  if (unreadableBodyMessage.test(message)) return 'malformed-response';
  return 'unknown';
}

/** The code for an HTTP status no type name explained. */
function codeFromHttpStatus(statusCode: number | undefined): ResendErrorCode {
  if (statusCode === 429) return 'too-many-requests';
  if (statusCode !== undefined && statusCode >= 500) return 'internal-error';
  return 'unknown';
}

/** The ResendError for a classified value: a message without sensitive strings, and the hints it carries. */
function createResendError(
  thrown: unknown,
  { code, type }: Classification,
  sensitive: readonly (string | undefined)[],
): ResendError {
  const cognitoType = type !== undefined && showsSensitive(type, sensitive) ? undefined : type;
  const message = `Resend failed (code "${code}"${cognitoType ? `, ${cognitoType}` : ''})`;
  // The message shows nothing but the code and the type, yet even that may hold a sensitive string (a username
  // such as "code"): then there is no message at all.
  return new ResendError(code, showsSensitive(message, sensitive) ? '' : message, {
    cause: thrown,
    cognitoType,
    statusCode: statusCodeOf(thrown),
    retryAfterMs: retryAfterMsOf(thrown),
  });
}

/** Whether `text` shows one of the sensitive strings, in any letter case. */
function showsSensitive(text: string, sensitive: readonly (string | undefined)[]): boolean {
  return sensitive.some(
    (secret) =>
      // Missing and empty entries are skipped; anything else that is not a string throws below, and
      // toResendError then gives no wording at all.
      secret &&
      // Both: lower-casing is not the same on a part as on the whole (a Greek final sigma).
      (text.includes(secret) || text.toLowerCase().includes(secret.toLowerCase())),
  );
}

/**
 * The HTTP status of the answer, when the thrown value has a valid one: `statusCode` (amazon-cognito-identity-js,
 * the fetch client) or `$metadata.httpStatusCode` (AWS SDK v3).
 */
function statusCodeOf(thrown: unknown): number | undefined {
  const metadata = read(thrown, '$metadata', 'object');
  const candidates: (number | undefined)[] = [
    read(thrown, 'statusCode', 'number'),
    metadata ? read(metadata, 'httpStatusCode', 'number') : undefined,
  ];
  return candidates.find((status) => Number.isInteger(status) && status! >= 100 && status! <= 599);
}

/** The wait a rate limit suggests, in milliseconds: `retryAfterMs`, else `retryAfterSeconds`, when a number. */
function retryAfterMsOf(thrown: unknown): number | undefined {
  const retryAfterMs: number | undefined = read(thrown, 'retryAfterMs', 'number');
  if (retryAfterMs !== undefined) return retryAfterMs;
  const retryAfterSeconds: number | undefined = read(thrown, 'retryAfterSeconds', 'number');
  if (retryAfterSeconds !== undefined) return retryAfterSeconds * 1000;
  return undefined;
}

/** `value[key]` when it has the given type; `undefined` also when reading throws (a hostile getter or Proxy). */
function read(value: any, key: string, type = 'string'): any {
  try {
    const field = value[key];
    return typeof field === type ? field : undefined;
  } catch {}
}

// Like the AWS SDKs: `namespace#Type:http://...` comes down to `Type`; anything else is no type name.
function typeName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  return /^(?:[^:]*#)?(\w{1,128})(:|$)/.exec(raw)?.[1];
}
