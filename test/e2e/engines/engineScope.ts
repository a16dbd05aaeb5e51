// Which browser tests run in which engine, test by test (whole files: chromiumOnlyFiles.ts). Every test runs in
// Chromium. A test another engine does not run is not declared there (every declared test runs); it goes, with the
// reason, on that engine's not-run list (leaveOut.ts).
import { describe, it, type TestFunction } from 'vitest';
import { fullScope } from './chromiumOnlyFiles';
import type { EngineName } from './E2EBrowser';
import { currentEngine } from './launchEngine';
import { leaveOut } from './leaveOut';

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

/** Declares a test that needs `feature` of the driver; an engine whose driver lacks it leaves it out. */
export function itWhereSupported(
  feature: DriverFeature,
  title: string,
  test: TestFunction,
  timeout?: number,
): void {
  const engine = currentEngine();
  const reason = missingFeatures[engine][feature];
  if (reason === undefined) it(title, test, timeout);
  else leaveOut(engine, title, reason);
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
    else leaveOut(engine, `${name} (the whole suite)`, "the same browser fetch as the fetch client's run");
  }
}
