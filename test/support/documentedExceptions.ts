import type { ResendErrorCode } from '../../src/core/ResendError';

/** Every exception Cognito documents for ResendConfirmationCode, and the code the package turns it into. */
export const documentedExceptions: ReadonlyArray<readonly [type: string, code: ResendErrorCode]> = [
  ['CodeDeliveryFailureException', 'code-delivery-failure'],
  ['ForbiddenException', 'forbidden'],
  ['InternalErrorException', 'internal-error'],
  ['InvalidEmailRoleAccessPolicyException', 'invalid-email-role-access-policy'],
  ['InvalidLambdaResponseException', 'invalid-lambda-response'],
  ['InvalidParameterException', 'invalid-parameter'],
  ['InvalidSmsRoleAccessPolicyException', 'invalid-sms-role-access-policy'],
  ['InvalidSmsRoleTrustRelationshipException', 'invalid-sms-role-trust-relationship'],
  ['LimitExceededException', 'limit-exceeded'],
  ['NotAuthorizedException', 'not-authorized'],
  ['OperationNotEnabledException', 'operation-not-enabled'],
  ['ResourceNotFoundException', 'resource-not-found'],
  ['TooManyRequestsException', 'too-many-requests'],
  ['UnexpectedLambdaException', 'unexpected-lambda'],
  ['UserLambdaValidationException', 'user-lambda-validation'],
  ['UserNotFoundException', 'user-not-found'],
];
