import { defineConfig, mergeConfig } from 'vitest/config';
import { oneFilePerCore, sharedConfig } from './vitest.shared.ts';

// The wire: both clients over HTTP against the local Cognito server, started once for the run.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      name: 'integration',
      environment: 'node',
      include: ['test/integration/**/*.test.{ts,tsx}'],
      globalSetup: ['test/integration/globalSetup.ts'],
      globals: true,
      maxWorkers: oneFilePerCore,
      testTimeout: 20_000,
    },
  }),
);
