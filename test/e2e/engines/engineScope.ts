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
 * Declares a suite that uses no API engines differ on (React state and Cognito's answers, read back as text): it
 * runs in Chromium only, and elsewhere is declared skipped with the reason, which keeps three engines' run within
 * `npm test`'s time budget.
 */
export function describeEngineIndependent(title: string, suite: () => void): void {
  const engine = currentEngine();
  if (engine === 'chromium') describe(title, suite);
  else describe.skip(`${title} (not in ${engine}: no engine-specific API, run in Chromium only)`, suite);
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
    if (engine === 'chromium' || client === 'fetch') describe(name, () => suite(client));
    else
      describe.skip(`${name} (not in ${engine}: the same browser fetch as the fetch client's run)`, () =>
        suite(client));
  }
}
