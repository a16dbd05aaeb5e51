// Helpers for host apps' own tests of their sign-up flows: no network, no Cognito.
export type { FakeResendClient, FakeResendClientOptions, FakeResendStep } from './createFakeResendClient';
export { createFakeResendClient } from './createFakeResendClient';
export type { SeedCooldownOptions } from './seedCooldown';
export { resetCooldowns, seedCooldown } from './seedCooldown';
