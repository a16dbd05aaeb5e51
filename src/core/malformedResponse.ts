import { ResendError } from './ResendError';

/**
 * The {@link ResendError} for an answer that did not come from a working Cognito: an error answer that names no
 * exception, or a success that does not say where the code went. A client's transport throws it as it is.
 */
export function malformedResponse(): ResendError {
  return new ResendError('malformed-response', 'Resend failed (code "malformed-response")');
}
