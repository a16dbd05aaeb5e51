/** The parts of an AWS SDK v3 service exception this package reads. */
interface SdkV3ServiceException {
  name: string;
  message: string;
  $fault: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  // The SDK copies the error body's fields onto the exception; the raw response is a documented hidden field.
  __type?: unknown;
  code?: unknown;
  $response?: { headers?: Record<string, string | undefined> };
}

function isServiceException(thrown: unknown): thrown is SdkV3ServiceException {
  return thrown instanceof Error && '$fault' in thrown;
}

/**
 * Turns what `CognitoIdentityProviderClient.send` rejects with into what `toResendError` reads as Cognito's answer,
 * the way the fetch client throws it: a service exception becomes Cognito's JSON error body (`__type`, `message`)
 * with the HTTP status from `$metadata`; a type named only by the `x-amzn-errortype` header keeps its status; an
 * error answer naming no type is a `SyntaxError` (a malformed response). Anything else (a connection failure, an
 * abort, a body that is not JSON) comes back as it is. The SDK's exception stays reachable as `cause`.
 */
export function fromSdkV3Exception(thrown: unknown): unknown {
  if (!isServiceException(thrown)) return thrown;
  const statusCode = thrown.$metadata?.httpStatusCode;
  const bodyType = thrown.__type ?? thrown.code;
  if (typeof bodyType === 'string') {
    return { __type: bodyType, message: thrown.message, statusCode, cause: thrown };
  }
  const headerType = thrown.$response?.headers?.['x-amzn-errortype'];
  if (typeof headerType === 'string') return { __type: headerType, statusCode, cause: thrown };
  return new SyntaxError('The error answer names no Cognito exception.', { cause: thrown });
}
