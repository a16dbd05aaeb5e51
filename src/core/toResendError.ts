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

// Names (in lower case, matched from their start) that are not Cognito's documented exceptions, one group per code
// of `otherCodes`: generic AWS types that any AWS JSON endpoint (or a gateway in front of it) can answer with, then
// transport faults as the `name` or `code` of amazon-cognito-identity-js (`NetworkError`), DOMException
// (`TimeoutError`, `AbortError`), Node's sockets and a JSON parser (`SyntaxError`).
const otherNames =
  /^(?:(throttl|requestlimitexceeded)|(internalfailure|serviceunavailable)|(networkerror|econnre|enotfound)|(timeouterror)|(aborterror)|(syntaxerror))/;
const otherCodes = [
  'too-many-requests',
  'internal-error',
  'network-error',
  'timeout',
  'aborted',
  'malformed-response',
] as const satisfies readonly ResendErrorCode[];
const [tooManyRequests, internalError, networkError, , , malformedResponse] = otherCodes;

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
    const shows = (text: string) =>
      (context?.sensitive ?? []).some(
        (secret) =>
          // Anything else that is not a string ends in the `catch` below.
          secret &&
          // Both: lower-casing is not the same on a part as on the whole (a Greek final sigma).
          (text.includes(secret) || text.toLowerCase().includes(secret.toLowerCase())),
      );
    const name: string | undefined = typeof thrown === 'string' ? thrown : read(thrown, 'name');
    const errorCode: string | undefined = read(thrown, 'code');
    const wireType = typeName(read(thrown, '__type'));
    const statusCode: number | undefined = [
      read(thrown, 'statusCode', 'number'),
      read(read(thrown, '$metadata', 'object'), 'httpStatusCode', 'number'),
    ].find((status) => status > 99 && status < 600 && status % 1 === 0);
    let code: ResendErrorCode | undefined;
    // A type the response itself named, known or not: a JSON body's `__type`, or amazon-cognito-identity-js'
    // error, whose `name` and `code` are both the type. Never a JavaScript error's name such as `TypeError`.
    let type = wireType ?? (name === errorCode ? typeName(name) : undefined);

    if (isResendError(thrown) && isResendErrorCode(errorCode)) {
      if (thrown instanceof ResendError && !shows(thrown.message)) return thrown;
      code = errorCode;
      type = read(thrown, 'cognitoType');
    } else {
      for (const candidate of [wireType, typeName(errorCode), typeName(name)]) {
        if (!candidate) continue;
        const lowerCase = candidate.toLowerCase();
        const group = otherNames.exec(lowerCase)?.findIndex((match, index) => index && match);
        code =
          (cognitoExceptionCodes.find((known) => `${known.replace(/-/g, '')}exception` === lowerCase) as
            | ResendErrorCode
            | undefined) ?? otherCodes[group! - 1];
        if (code) {
          // The first two groups are types a server answers with; a transport fault (the others) is no type.
          if (!(group! > 2)) type = candidate;
          break;
        }
      }
      const text = read(thrown, 'message');
      if (code === 'invalid-parameter' && /already[\s_-]*(been[\s_-]*)?confirmed/i.test(text)) {
        code = 'user-already-confirmed';
      }
      // fetch's TypeError on a connection failure: "Failed to fetch" (Chromium), "fetch failed" (Node),
      // "NetworkError when attempting to fetch resource." (Firefox), "Load failed" (Safari), "Network request
      // failed" (React Native). amazon-cognito-identity-js reads an error body's type with `.split`, so a
      // TypeError naming `split` is its failure to read a body that is not JSON (every engine names the property);
      // any other TypeError (say, from the host's secret hash provider) is no evidence of either.
      code ??=
        name === 'TypeError'
          ? /fetch|load failed|network/i.test(text)
            ? networkError
            : /split/.test(text)
              ? malformedResponse
              : 'unknown'
          : statusCode === 429
            ? tooManyRequests
            : statusCode! >= 500
              ? internalError
              : 'unknown';
    }

    if (type && shows(type)) type = undefined;
    const message = `Resend failed (code "${code}"${type ? `, ${type}` : ''})`;
    // The message shows nothing but the code and the type, yet even that may hold a sensitive string (a username
    // such as "code"): then there is no message at all.
    return new ResendError(code, shows(message) ? '' : message, {
      cause: thrown,
      cognitoType: type,
      statusCode,
      retryAfterMs:
        read(thrown, 'retryAfterMs', 'number') ?? read(thrown, 'retryAfterSeconds', 'number') * 1000,
    });
  } catch {
    // Only a hostile value (a Proxy that traps `instanceof`) or `context` gets here: without the secrets, no
    // wording is known to be safe.
    return new ResendError('unknown', '', { cause: thrown });
  }
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
  return raw && /^(?:[^:]*#)?(\w{1,128})(:|$)/.exec(raw)?.[1];
}
