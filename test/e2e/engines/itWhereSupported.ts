import { it, type TestFunction } from 'vitest';
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
