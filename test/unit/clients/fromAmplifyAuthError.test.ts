import { AuthError } from 'aws-amplify/auth';
import { fromAmplifyAuthError } from '../../../src/amplify/fromAmplifyAuthError';
import { toResendError } from '../../../src/core/toResendError';

describe('An Amplify v6 failure becomes the same ResendError as the other clients give', () => {
  it("reads Cognito's exception from an AuthError, with the HTTP status", () => {
    const thrown = new AuthError({
      name: 'LimitExceededException',
      message: 'Attempt limit exceeded, please try after some time.',
      metadata: { httpStatusCode: 400, requestId: 'request-1' },
    });

    const error = toResendError(fromAmplifyAuthError(thrown));

    expect(error).toMatchObject({
      code: 'limit-exceeded',
      cognitoType: 'LimitExceededException',
      rateLimited: true,
      statusCode: 400,
    });
    expect(error.cause).toMatchObject({ cause: thrown });
  });

  it("leaves Amplify's network error as it is: network-error", () => {
    const thrown = new AuthError({ name: 'NetworkError', message: 'A network error has occurred.' });

    expect(fromAmplifyAuthError(thrown)).toBe(thrown);
    expect(toResendError(fromAmplifyAuthError(thrown)).code).toBe('network-error');
  });

  it('leaves a configuration error without a response as it is: unknown, with no Cognito type', () => {
    const thrown = new AuthError({ name: 'AuthUserPoolException', message: 'Auth UserPool not configured.' });

    expect(toResendError(fromAmplifyAuthError(thrown))).toMatchObject({
      code: 'unknown',
      cognitoType: undefined,
    });
  });
});
