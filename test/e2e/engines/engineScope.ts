// Which browser tests run in which engine. Every test runs in Chromium; a test another engine does not run is
// declared skipped there, with the reason in its name, so `npm test` lists it on that engine's line.
import { describe, it, type TestFunction } from 'vitest';
import type { EngineName } from './E2EBrowser';
import { currentEngine } from './launchEngine';

/** What a test may need of the browser's driver beyond input, scripts and pages. */
export type DriverFeature = 'offline' | 'fake-clock';

/** Why an engine's driver lacks a feature; an engine not listed under a feature has it. */
const missingFeatures: Record<EngineName, Partial<Record<DriverFeature, string>>> = {
  chromium: {},
  firefox: {},
  webkit: {
    offline: 'WebDriver classic has no command to take the browser offline',
    'fake-clock':
      "Playwright's fake clock is installed through Playwright's own protocol, which WebKitGTK does not speak",
  },
};

/**
 * Declares a test that needs `feature` of the driver. In an engine whose driver lacks it the test is declared
 * skipped, with the reason in its title, so `npm test` names it on that engine's line.
 */
export function itWhereSupported(
  feature: DriverFeature,
  title: string,
  test: TestFunction,
  timeout?: number,
): void {
  const engine = currentEngine();
  const reason = missingFeatures[engine][feature];
  if (reason === undefined) it(title, test, timeout);
  else it.skip(`${title} (not in ${engine}: ${reason})`, test, timeout);
}

/**
 * `E2E_SCOPE=full` (`npm run test:e2e:full`): every suite in every engine, as far as each driver can. Without it
 * (`npm test`), Firefox and WebKit run the suites about what engines differ on, and Chromium runs them all: the
 * whole suite in all three engines takes about 8 minutes of the 2 cores alone, more than `npm test` can give it.
 */
export const fullScope = process.env.E2E_SCOPE === 'full';

/** Why a suite runs in Chromium only within `npm test`. */
const chromiumOnlyReasons = {
  'engine-independent': 'no engine-specific API, run in Chromium only',
  'time-budget':
    'run in Chromium only to keep npm test within 10 minutes; npm run test:e2e:full runs it here',
};

/**
 * Declares a suite that, within `npm test`, runs in Chromium only; elsewhere it is declared skipped with the reason
 * in its title, so `npm test` names it on that engine's line.
 */
export function describeInChromium(
  reason: keyof typeof chromiumOnlyReasons,
  title: string,
  suite: () => void,
): void {
  const engine = currentEngine();
  if (engine === 'chromium' || fullScope) describe(title, suite);
  else describe.skip(`${title} (not in ${engine}: ${chromiumOnlyReasons[reason]})`, suite);
}

/** The two ways the test page reaches Cognito (test/e2e/buttonPage.ts). */
export type PageClient = 'sdk' | 'fetch';

/**
 * Declares `suite` once per client: both in Chromium; elsewhere the fetch client only. amazon-cognito-identity-js
 * sends through the same browser `fetch`, so in another engine its run would repeat the fetch client's.
 */
export function describeEachClient(title: string, suite: (client: PageClient) => void): void {
  const engine = currentEngine();
  for (const client of ['sdk', 'fetch'] as const) {
    const name = title.replace('%s', client);
    if (engine === 'chromium' || fullScope || client === 'fetch') describe(name, () => suite(client));
    else
      describe.skip(`${name} (not in ${engine}: the same browser fetch as the fetch client's run)`, () =>
        suite(client));
  }
}
