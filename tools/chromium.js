// Debian's Chromium, as the browser tests, the Storybook tests and the bench launch it through playwright-core.

/** What every launch of it passes to playwright-core. */
export const chromiumLaunchOptions = {
  /** Its path; `CHROMIUM_PATH` points at another build. */
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  /** Quiet on a closed network: no sandbox or GPU to set up, no downloads, no background connections. */
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
