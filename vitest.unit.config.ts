import { defineConfig, mergeConfig } from 'vitest/config';
import { oneFilePerCore, sharedConfig } from './vitest.shared.ts';

// Fast tests in jsdom: core, hook, button, locales, test helpers.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      name: 'unit',
      environment: 'jsdom',
      include: ['test/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['test/unit/setup.ts'],
      globals: true,
      maxWorkers: oneFilePerCore,
    },
  }),
);
