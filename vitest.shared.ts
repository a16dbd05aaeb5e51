import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { UserConfig } from 'vite';

/** What every test project shares with the library build. */
export const sharedConfig: UserConfig = {
  plugins: [react()],
  // amazon-cognito-identity-js depends on buffer@4, which reads a bare `global` in browsers.
  define: { global: 'globalThis' },
};

/** Debian's Chromium, quiet on a closed network (no downloads, no background connections). */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Vitest browser mode in that Chromium, headless. */
export const chromiumBrowser = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumExecutablePath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
};
