import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { UserConfig } from 'vite';
import { chromiumLaunchOptions } from './tools/chromium.js';

/** What every test project shares with the library build. */
export const sharedConfig: UserConfig = {
  plugins: [react()],
  // amazon-cognito-identity-js depends on buffer@4, which reads a bare `global` in browsers.
  define: { global: 'globalThis' },
};

/**
 * Test files at a time in the Node projects (unit, react18, integration): one per core. Vitest's default keeps a core
 * for itself, which on 2 cores runs one file at a time: the unit project took 72 s that way and takes 48 s so.
 */
export const oneFilePerCore = availableParallelism();

/** Vitest browser mode in Debian's Chromium (tools/chromium.js), headless. */
export const chromiumBrowser = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
};
