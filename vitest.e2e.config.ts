import { defineConfig } from 'vitest/config';

// The button in real Chromium against the local Cognito server: a Vite dev server serves test/e2e/app, and each
// test file drives its own browser with playwright-core. The pages, not Vitest, render React here.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    globals: true,
    // Two files at a time, one browser each: the tests mostly wait out real seconds, so this halves the run.
    maxWorkers: 2,
    // Its own group, after the others, when several projects run in one `vitest run`: Vitest needs one worker
    // count per group.
    sequence: { groupOrder: 1 },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
