/** The parts of an Amplify v6 `AuthError` for a Cognito error answer that this package reads. */
interface AmplifyServiceError {
  name: string;
  message: string;
  metadata: { httpStatusCode: number };
}

function isServiceError(thrown: unknown): thrown is AmplifyServiceError {
  return (
    thrown instanceof Error &&
    typeof (thrown as { metadata?: { httpStatusCode?: unknown } }).metadata?.httpStatusCode === 'number'
  );
}

/**
 * Turns what Amplify's `resendSignUpCode` rejects with into what `toResendError` reads as Cognito's answer, the way
 * the fetch client throws it: an `AuthError` for an error answer (its `name` is Cognito's exception, its
 * `metadata` the HTTP status) becomes Cognito's JSON error body (`__type`, `message`) with the status. Anything
 * else comes back as it is: Amplify's `NetworkError`, the `SyntaxError` of a body that is not JSON, or a
 * configuration error (then `unknown`). Amplify's error stays reachable as `cause`.
 */
export function fromAmplifyAuthError(thrown: unknown): unknown {
  if (!isServiceError(thrown)) return thrown;
  return {
    __type: thrown.name,
    message: thrown.message,
    statusCode: thrown.metadata.httpStatusCode,
    cause: thrown,
  };
}
