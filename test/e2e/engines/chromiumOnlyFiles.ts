import type { EngineName } from './E2EBrowser.ts';
import { leaveOut } from './leaveOut.ts';

/**
 * `E2E_SCOPE=full` (`npm run test:e2e:full`): every file in every engine, as far as each driver can. Without it
 * (`npm test`), Firefox and WebKit leave out the files below, and Chromium runs them all: the whole suite in all
 * three engines takes about 8 minutes of the 2 cores alone, more than `npm test` can give it.
 */
export const fullScope = process.env.E2E_SCOPE === 'full';

/** The test files that, within `npm test`, run in Chromium only, and why. */
export const chromiumOnlyFiles: Record<string, string> = {
  'test/e2e/resendChangingUsers.test.ts': 'no engine-specific API, run in Chromium only',
  'test/e2e/resendEnumeration.test.ts': 'no engine-specific API, run in Chromium only',
  'test/e2e/resendAnnouncements.test.ts':
    'run in Chromium only to keep npm test within 10 minutes; npm run test:e2e:full runs it here',
  'test/e2e/resendSensitiveData.test.ts':
    'run in Chromium only to keep npm test within 10 minutes; npm run test:e2e:full runs it here',
};

/** The files `engine` leaves out (for its Vitest project's `exclude`). */
export function filesLeftOutIn(engine: EngineName): string[] {
  return engine === 'chromium' || fullScope ? [] : Object.keys(chromiumOnlyFiles);
}

/** Lists the files `engine` leaves out on its not-run list (from the project's global setup, once a run). */
export function listFilesLeftOut(engine: EngineName): void {
  for (const file of filesLeftOutIn(engine))
    leaveOut(engine, `${file} (the whole file)`, chromiumOnlyFiles[file]!);
}
