export type { ResendCodeButtonProps, ResendCodeButtonRenderState } from './components/ResendCodeButton';
export { ResendCodeButton } from './components/ResendCodeButton';
export type { CooldownPolicy } from './core/CooldownPolicy';
export { defaultCooldownPolicy } from './core/CooldownPolicy';
export type {
  CooldownPersistence,
  CooldownSnapshot,
  CooldownStatus,
  CooldownStorage,
} from './core/CooldownStore';
export { computeSecretHash } from './core/computeSecretHash';
export { createCognitoResendClient } from './core/createCognitoResendClient';
export type { ResendCodeClient } from './core/ResendCodeClient';
export type { ResendErrorCode, ResendErrorJson } from './core/ResendError';
export { isResendError, ResendError } from './core/ResendError';
export type {
  CodeDeliveryDetails,
  ResendCallOptions,
  ResendRequest,
  SecretHashProvider,
  UserContextData,
} from './core/ResendRequest';
export { en } from './i18n/en';
export type {
  CodeSentDetails,
  CountdownParts,
  LimitReachedDetails,
  ResendMessages,
  TextDirection,
} from './i18n/ResendMessages';
export type { FormatCodeSentOptions, ResendMessageOverrides } from './i18n/resolveMessages';
export {
  formatCodeSent,
  formatCountdown,
  formatErrorMessage,
  formatLimitReached,
  resolveMessages,
} from './i18n/resolveMessages';
export type { ObservedResend, ResendEvent } from './react/findResendEvent';
export { announcementDelayMs, useResendAnnouncement } from './react/useResendAnnouncement';
export type {
  UseResendConfirmationCodeOptions,
  UseResendConfirmationCodeResult,
} from './react/useResendConfirmationCode';
export { useResendConfirmationCode } from './react/useResendConfirmationCode';
