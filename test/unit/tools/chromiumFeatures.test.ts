// @vitest-environment node

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromiumLaunchOptions, playwrightDisabledFeatures } from '../../../tools/chromium.js';

// Chromium keeps only the last `--disable-features` flag, so tools/chromium.js repeats the features playwright-core
// turns off. Were playwright-core to change its list, the browser tests would run on features it meant to keep off.
function playwrightsOwnList(): string[] {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(
    join(dirname(require.resolve('playwright-core/package.json')), 'lib/coreBundle.js'),
    'utf8',
  );
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle);
  if (list === null) throw new Error("playwright-core's list of disabled features was not found.");
  return [...list[1]!.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}

describe('the Chromium launch flags', () => {
  it('turn off every feature playwright-core turns off, in the one --disable-features flag Chromium keeps', () => {
    const ours = chromiumLaunchOptions.args.filter((arg) => arg.startsWith('--disable-features='));
    expect(ours).toHaveLength(1);
    const disabled = ours[0]!.slice('--disable-features='.length).split(',');

    expect(playwrightDisabledFeatures).toEqual(playwrightsOwnList());
    expect(disabled).toEqual(expect.arrayContaining(playwrightDisabledFeatures));
    expect(disabled).toContain('WebUIOmniboxPopup');
  });
});
