// The framework-free core: use it from any UI library, a worker, or server code.
export type { CooldownPolicy } from './CooldownPolicy';
export { defaultCooldownPolicy } from './CooldownPolicy';
export type {
  CooldownKeyParts,
  CooldownPersistence,
  CooldownSnapshot,
  CooldownStatus,
  CooldownStorage,
  CooldownStore,
  CooldownStoreOptions,
  SendClaim,
} from './CooldownStore';
export { callWithTimeout, defaultTimeoutMs } from './callWithTimeout';
export type { CooldownWaitInput } from './computeCooldownWait';
export { computeCooldownWait } from './computeCooldownWait';
export { computeSecretHash } from './computeSecretHash';
export type { CognitoResendClientOptions } from './createCognitoResendClient';
export { createCognitoResendClient } from './createCognitoResendClient';
export type { FetchResendClientOptions } from './createFetchResendClient';
export { createFetchResendClient } from './createFetchResendClient';
export { getCooldownStore } from './getCooldownStore';
export { hashCooldownKey } from './hashCooldownKey';
export type { PerformResendOptions, ResendOutcome } from './performResend';
export { performResend } from './performResend';
export type { ResendCodeClient } from './ResendCodeClient';
export type { ResendErrorCode, ResendErrorJson, ResendErrorOptions } from './ResendError';
export { isResendError, isResendErrorCode, ResendError, resendErrorCodes } from './ResendError';
export type {
  CodeDeliveryDetails,
  ResendCallOptions,
  ResendRequest,
  SecretHashProvider,
  UserContextData,
} from './ResendRequest';
export { toResendError } from './toResendError';
export { validateResendRequest, validateSecretHash } from './validateResendRequest';
