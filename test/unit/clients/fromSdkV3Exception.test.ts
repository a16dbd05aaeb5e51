import {
  CognitoIdentityProviderServiceException,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { fromSdkV3Exception } from '../../../src/awsSdkV3/fromSdkV3Exception';
import { toResendError } from '../../../src/core/toResendError';

// Built as the SDK builds them from a response: the body's fields copied onto the exception, the raw response as
// the hidden `$response`.
function serviceException(
  fields: { name: string; status: number; body?: Record<string, unknown>; headers?: Record<string, string> },
  Exception: typeof CognitoIdentityProviderServiceException = CognitoIdentityProviderServiceException,
) {
  const exception = new Exception({
    name: fields.name,
    $fault: fields.status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: fields.status },
    message: String(fields.body?.message ?? 'UnknownError'),
  });
  Object.assign(exception, fields.body, {
    $response: { statusCode: fields.status, headers: fields.headers ?? {} },
  });
  return exception;
}

describe('An AWS SDK v3 failure becomes the same ResendError as the other clients give', () => {
  it('reads a modelled exception by its type, with the HTTP status', () => {
    const thrown = new UserNotFoundException({
      $metadata: { httpStatusCode: 400 },
      message: 'User does not exist.',
    });
    Object.assign(thrown, { __type: 'UserNotFoundException' });

    const error = toResendError(fromSdkV3Exception(thrown));

    expect(error).toMatchObject({
      code: 'user-not-found',
      cognitoType: 'UserNotFoundException',
      statusCode: 400,
    });
    expect(error.cause).toMatchObject({ cause: thrown });
  });

  it('keeps a type this package does not know as cognitoType', () => {
    const thrown = serviceException({
      name: 'BrandNewException',
      status: 400,
      body: { __type: 'BrandNewException' },
    });

    expect(toResendError(fromSdkV3Exception(thrown))).toMatchObject({
      code: 'unknown',
      cognitoType: 'BrandNewException',
    });
  });

  it('reads a type named only by the x-amzn-errortype header', () => {
    const thrown = serviceException({
      name: 'InternalErrorException',
      status: 503,
      body: { message: 'Service Unavailable' },
      headers: { 'x-amzn-errortype': 'InternalErrorException:http://internal.amazon.com/' },
    });

    expect(toResendError(fromSdkV3Exception(thrown))).toMatchObject({
      code: 'internal-error',
      cognitoType: 'InternalErrorException',
      statusCode: 503,
    });
  });

  it('calls an error answer that names no Cognito exception a malformed response', () => {
    const thrown = serviceException({ name: '502', status: 502, body: { message: 'Bad gateway' } });

    expect(toResendError(fromSdkV3Exception(thrown)).code).toBe('malformed-response');
  });

  it('leaves a connection failure as it is', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });

    expect(fromSdkV3Exception(refused)).toBe(refused);
    expect(toResendError(fromSdkV3Exception(refused)).code).toBe('network-error');
  });
});
