#!/usr/bin/env node
// `node test/consumers/installConsumerDependencies.js <name>`: installs one consumer project's own dependencies into
// its copy outside the repository (cached by lockfile), so that its run in the consumers step finds them there.
// `npm test` (tools/test.js) runs it for each consumer at the start, alongside the first steps.
import { installConsumerDependencies } from './prepareConsumer.js';

const consumers = ['jest', 'vitest', 'next'];
const name = process.argv[2];
try {
  if (!consumers.includes(name)) throw new Error(`Name a consumer project: ${consumers.join(', ')}.`);
  installConsumerDependencies(name);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
