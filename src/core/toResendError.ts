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
   * hash), in any letter case.
   */
  sensitive?: readonly string[];
}

// Generic AWS types that any AWS JSON endpoint (or a gateway in front of it) can answer with: throttling, and
// faults on the server's side.
const relatedType = /^(?:(throttl|requestlimitexceeded)|internalfailure|serviceunavailable)/i;
// `name` or `code` of transport faults: amazon-cognito-identity-js (`NetworkError`), DOMException (`NetworkError`,
// `TimeoutError`, `AbortError`) and Node's socket errors.
const transportFault = /^(?:(networkerror|econnre(?:fused|set)|enotfound)|(timeouterror)|aborterror)$/i;
// fetch's TypeError on a connection failure: "Failed to fetch" (Chromium), "fetch failed" (Node), "NetworkError
// when attempting to fetch resource." (Firefox), "Load failed" (Safari), "Network request failed" (React Native).
const networkFailure = /fetch|load failed|network/i;
// Cognito answers a resend for a confirmed user with InvalidParameterException "User is already confirmed."
const alreadyConfirmed = /already[\s_-]*(been[\s_-]*)?confirmed/i;

/**
 * Turns anything a resend can throw into a {@link ResendError}; never throws itself.
 *
 * Recognised, in this order:
 * - a `ResendError` keeps its code, also one from another copy of this package (recognised by shape); one of this
 *   copy whose message shows no sensitive string is returned as it is;
 * - a Cognito exception type, read from `__type` (a raw JSON body), `code` (amazon-cognito-identity-js) or `name`
 *   (AWS SDK v3), with any namespace before `#` and anything after `:` dropped, in any letter case. Each
 *   documented exception has its own code, generic throttling types are `too-many-requests`,
 *   `InternalFailure`/`ServiceUnavailable` are `internal-error`, and InvalidParameterException "User is already
 *   confirmed." becomes `user-already-confirmed`;
 * - transport faults: connection failures (`network-error`), `TimeoutError` (`timeout`), `AbortError` (`aborted`),
 *   a `SyntaxError` or amazon-cognito-identity-js' TypeError on a body that is not JSON (`malformed-response`);
 * - an HTTP status without a known type: 429 is `too-many-requests`, 5xx is `internal-error`;
 * - anything else is `unknown`; an exception type this package does not know is kept as `cognitoType`.
 *
 * For rate limits, `retryAfterMs` comes from a numeric `retryAfterMs` field, else from `retryAfterSeconds`,
 * rounded up to whole milliseconds and capped at one day.
 *
 * The message is for developers (people's words live in the i18n catalogues): it names the code and the Cognito
 * type and quotes the start of the server's message. Neither the message nor `cognitoType` ever shows a
 * `context.sensitive` string, in any letter case: a server message that shows one is not quoted at all.
 */
export function toResendError(thrown: unknown, context?: ToResendErrorContext): ResendError {
  try {
    const secrets = ([] as unknown[])
      .concat(context?.sensitive)
      .filter((secret): secret is string => typeof secret === 'string' && secret !== '');
    const shows = (text: string) =>
      secrets.some((secret) => text.includes(secret) || text.toLowerCase().includes(secret.toLowerCase()));

    const isString = typeof thrown === 'string';
    const text: string | undefined = isString ? thrown : read(thrown, 'message');
    const name: string | undefined = isString ? thrown : read(thrown, 'name');
    const wireType = typeName(read(thrown, '__type'));
    const errorCode: string | undefined = read(thrown, 'code');
    const statusCode: number | undefined = [
      read(thrown, 'statusCode', 'number'),
      read(read(thrown, '$metadata', 'object'), 'httpStatusCode', 'number'),
    ].find((status) => status > 99 && status < 600 && status % 1 === 0);
    let code: ResendErrorCode | undefined;
    let type: string | undefined;

    if (isResendError(thrown) && isResendErrorCode(errorCode)) {
      if (thrown instanceof ResendError && !shows(thrown.message)) return thrown;
      code = errorCode;
      type = read(thrown, 'cognitoType');
    } else {
      let unknownType: string | undefined;
      for (const candidate of [wireType, typeName(errorCode), typeName(name)]) {
        if (!candidate) continue;
        const related = relatedType.exec(candidate);
        code = cognitoExceptionCodes.find(
          (known) => `${known.replace(/-/g, '')}exception` === candidate.toLowerCase(),
        ) as ResendErrorCode | undefined;
        if (code === 'invalid-parameter' && alreadyConfirmed.test(text!)) code = 'user-already-confirmed';
        code ??= related ? (related[1] ? 'too-many-requests' : 'internal-error') : undefined;
        if (code) {
          type = candidate;
          break;
        }
        // Only a name that came from a response counts: a JSON body's `__type`, or amazon-cognito-identity-js'
        // error, whose `name` and `code` are both the type.
        if (/^[A-Z]/.test(candidate) && (candidate === wireType || name === errorCode)) {
          unknownType ??= candidate;
        }
      }
      if (!code) {
        const transport = transportFault.exec(errorCode!) ?? transportFault.exec(name!);
        const typeError = name === 'TypeError';
        type = unknownType;
        code = transport
          ? transport[1]
            ? 'network-error'
            : transport[2]
              ? 'timeout'
              : 'aborted'
          : typeError && networkFailure.test(text!)
            ? 'network-error'
            : (typeError && /split/.test(text!)) || name === 'SyntaxError'
              ? 'malformed-response'
              : statusCode === 429
                ? 'too-many-requests'
                : statusCode! >= 500
                  ? 'internal-error'
                  : 'unknown';
      }
    }

    if (type && shows(type)) type = undefined;
    const summary = `Resend failed (code "${code}"${type ? `, ${type}` : ''})`;
    const message = `${summary}${text ? `: ${text.replace(/[\p{C}\s]+/gu, ' ')}` : ''}`;
    const waitMs =
      read(thrown, 'retryAfterMs', 'number') ?? read(thrown, 'retryAfterSeconds', 'number') * 1000;
    // The server's message is quoted only when it shows no sensitive string (checked before it is cut short, so
    // that no secret is cut in half and then missed); the summary too may show one (a username such as "code"),
    // and then there is no message at all.
    return new ResendError(code, shows(message) ? (shows(summary) ? '' : summary) : message.slice(0, 200), {
      cause: thrown,
      cognitoType: type,
      statusCode,
      // Whole milliseconds, at most a day: a hint of a week is more likely a unit mistake than a plan.
      retryAfterMs: waitMs >= 0 ? Math.min(Math.ceil(waitMs), 86_400_000) : undefined,
    });
  } catch {
    // Only a hostile `context` (or a Proxy that changes its answers) gets here: without the secrets, no wording is
    // known to be safe.
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
