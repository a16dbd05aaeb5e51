#!/usr/bin/env node
// `node test/consumers/runVitestConsumer.js` (in `npm test -- consumers`): the packed package in a Vitest 4 project (jsdom) set up as the README shows,
// running the README's testing examples as written.
import { prepareConsumer, runOrThrow, testReportFile, timed } from './prepareConsumer.js';

try {
  const directory = prepareConsumer('vitest');
  const report = testReportFile('consumer-vitest');
  timed('vitest', () =>
    runOrThrow(
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
      directory,
    ),
  );
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
