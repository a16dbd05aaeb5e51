#!/usr/bin/env node
// `node test/consumers/runJestConsumer.js` (in `npm test -- consumers`): the packed package in a Jest 30 project with its default CommonJS setup (babel-jest,
// jsdom, no transformIgnorePatterns), running the README's testing examples as written.
import { prepareConsumer, runOrThrow, testReportFile, timed } from './prepareConsumer.js';

try {
  const directory = prepareConsumer('jest');
  const report = testReportFile('consumer-jest');
  timed('jest', () => runOrThrow('npx', ['jest', '--ci', '--json', `--outputFile=${report}`], directory));
  // Not a Jest test: Jest's CommonJS runtime cannot import the ES build; Node loads both.
  timed('both builds in one process', () => runOrThrow('node', ['dualPackage.mjs'], directory));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
