import { appendFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EngineName } from './E2EBrowser';

/** Where tools/test.js reads an engine's not-run list (it empties the folder before each run). */
const reportDir = fileURLToPath(new URL('../../../node_modules/.cache/rcr-test-reports/', import.meta.url));

/**
 * Records a test, suite or file an engine leaves out, and why, as one line of the engine's not-run list, which
 * `npm test` prints on that engine's line. A test left out is never declared in that engine, so every declared
 * test runs.
 */
export function leaveOut(engine: EngineName, name: string, reason: string): void {
  mkdirSync(reportDir, { recursive: true });
  appendFileSync(`${reportDir}e2e-${engine}.not-run.txt`, `${name} (${reason})\n`);
}
