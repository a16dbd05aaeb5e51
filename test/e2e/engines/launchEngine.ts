import { type Browser, chromium, firefox } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../tools/chromium.js';
import type { E2EBrowser, E2EContext, EngineName } from './E2EBrowser';

/** Debian's Firefox ESR; `FIREFOX_PATH` points at another build. */
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The engine the browser tests run in: `E2E_ENGINE`, set per Vitest project (vitest.e2e.shared.ts). */
export function currentEngine(): EngineName {
  const engine = process.env.E2E_ENGINE ?? 'chromium';
  if (engine === 'chromium' || engine === 'firefox' || engine === 'webkit') return engine;
  throw new Error(`E2E_ENGINE must be chromium, firefox or webkit, not "${engine}".`);
}

/**
 * The engines playwright-core drives, and how it starts each: Debian's Chromium over CDP, and a stock Firefox over
 * WebDriver BiDi through the `moz-firefox` channel (no patched build).
 */
const playwrightEngines = {
  chromium: { type: chromium, options: { ...chromiumLaunchOptions, headless: true } },
  firefox: {
    type: firefox,
    options: { channel: 'moz-firefox', executablePath: firefoxPath, headless: true },
  },
};

/** A browser the test files of one run share, and where it listens. */
export interface SharedBrowser {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts the one Firefox a run's test files share (from the global setup): a Firefox launch costs about 6.5
 * CPU-seconds and 4.5 s, which every test file paid before (the Firefox run went from 135 s to 105 s). Each test
 * still gets a fresh context, so no two tests share storage. Chromium launches in about a second, and a shared one
 * made its run no faster; WebKit, over WebDriver, starts a browser per file. For them this gives `null`.
 */
export async function startSharedBrowser(engine: EngineName): Promise<SharedBrowser | null> {
  if (engine !== 'firefox') return null;
  const { type, options } = playwrightEngines.firefox;
  const server = await type.launchServer(options);
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}

/**
 * The browser of `engine` for one test file: a connection to the run's shared browser at `sharedBrowser` (its
 * endpoint) when there is one, else a browser of its own. Closing it closes what the file opened; a shared browser
 * stays for the next file.
 */
export async function launchEngine(engine: EngineName, sharedBrowser?: string): Promise<E2EBrowser> {
  if (engine === 'webkit') {
    // Loaded only for WebKit: the other engines' runs need none of the WebDriver adapter.
    const { launchWebKit } = await import('./webdriver/launchWebKit');
    return launchWebKit();
  }
  const { type, options } = playwrightEngines[engine];
  const browser: Browser = sharedBrowser ? await type.connect(sharedBrowser) : await type.launch(options);
  return {
    engine,
    version: browser.version(),
    // Playwright's context has the shape the tests use (E2EBrowser.ts lists it).
    newContext: async () => (await browser.newContext()) as unknown as E2EContext,
    close: () => browser.close(),
  };
}
