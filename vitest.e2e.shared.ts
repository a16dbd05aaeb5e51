import { defineConfig } from 'vitest/config';
import { filesLeftOutIn } from './test/e2e/engines/chromiumOnlyFiles.ts';
import type { EngineName } from './test/e2e/engines/E2EBrowser.ts';

/**
 * The browser tests in one engine (`e2e-chromium`, `e2e-firefox`, `e2e-webkit`): the button against the local
 * Cognito server. A Vite dev server serves test/e2e/app, and each test file drives its own browser
 * (test/e2e/engines). The pages, not Vitest, render React here.
 */
export function e2eProject(engine: EngineName) {
  return defineConfig({
    test: {
      name: `e2e-${engine}`,
      environment: 'node',
      include: ['test/e2e/**/*.test.ts'],
      exclude: filesLeftOutIn(engine),
      globalSetup: ['test/e2e/globalSetup.ts'],
      globals: true,
      env: { E2E_ENGINE: engine },
      // Two files at a time, one browser each: the tests mostly wait out real seconds, so this halves the run.
      maxWorkers: 2,
      // Its own group, after the others, when several projects run in one `vitest run`: Vitest needs one worker
      // count per group.
      sequence: { groupOrder: 1 },
      // On a busy machine a page answers later than Vitest's one-second default; every poll in the e2e tests waits
      // up to 5 s, so none names its own limit.
      expect: { poll: { timeout: 5_000 } },
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  });
}
