import { chromium, firefox } from 'playwright-core';
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
 * Starts one headless browser of `engine`: Chromium over CDP and Firefox over WebDriver BiDi through
 * playwright-core (the `moz-firefox` channel drives a stock Firefox, no patched build), WebKitGTK through WebDriver.
 */
export async function launchEngine(engine: EngineName): Promise<E2EBrowser> {
  if (engine === 'webkit') {
    // Loaded only for WebKit: the other engines' runs need none of the WebDriver adapter.
    const { launchWebKit } = await import('./webdriver/launchWebKit');
    return launchWebKit();
  }
  const browser =
    engine === 'chromium'
      ? await chromium.launch({ ...chromiumLaunchOptions, headless: true })
      : await firefox.launch({ channel: 'moz-firefox', executablePath: firefoxPath, headless: true });
  return {
    engine,
    version: browser.version(),
    // Playwright's context has the shape the tests use (E2EBrowser.ts lists it).
    newContext: async () => (await browser.newContext()) as unknown as E2EContext,
    close: () => browser.close(),
  };
}
