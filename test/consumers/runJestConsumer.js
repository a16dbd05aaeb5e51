#!/usr/bin/env node
// `npm test -- consumer-jest`: the packed package in a Jest 30 project with its default CommonJS setup (babel-jest,
// jsdom, no transformIgnorePatterns), running the README's testing examples as written.
import { prepareConsumer, runOrThrow, timed } from './prepareConsumer.js';

try {
  const directory = prepareConsumer('jest');
  timed('jest', () => runOrThrow('npx', ['jest', '--ci'], directory));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
