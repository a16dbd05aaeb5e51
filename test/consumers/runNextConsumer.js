#!/usr/bin/env node
// `node test/consumers/runNextConsumer.js` (in `npm test -- consumers`): the packed package in a Next.js 16 App Router app written by hand
// (test/consumers/next), built with `next build`, served by `next start` on 127.0.0.1 and checked in Debian's
// Chromium against the local Cognito server: what a visitor sees before and after hydration, and what goes on the wire.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../tools/chromium.js';
import { startCognitoServer } from '../../tools/cognito-server.js';
import { findFreePort } from '../../tools/findFreePort.js';
import { checkNextApp } from './checkNextApp.js';
import { prepareConsumer, runOrThrow, testReportFile, timed } from './prepareConsumer.js';

const quietNext = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Starts `next start` on a free port of 127.0.0.1 and resolves once it answers; returns its URL and stop. */
async function startNext(directory, cognito) {
  const port = await findFreePort();
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: directory,
    env: {
      ...quietNext,
      COGNITO_ENDPOINT: cognito.endpoint,
      COGNITO_USER_POOL_ID: cognito.userPoolId,
      COGNITO_CLIENT_ID: cognito.clientId,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    // Its own process group, so stopping it also stops the Next.js server npx started.
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('next start did not answer within 30 s');
}

const cleanups = [];
try {
  const directory = prepareConsumer('next');
  timed('next build', () => runOrThrow('npx', ['next', 'build'], directory, quietNext));
  const cognito = await startCognitoServer({ port: 0 });
  cleanups.push(() => cognito.stop());
  const next = await startNext(directory, cognito);
  cleanups.push(next.stop);
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  cleanups.push(() => browser.close());
  const startedAt = Date.now();
  const { passed, failed } = await checkNextApp({
    browser,
    appUrl: next.url,
    cognitoEndpoint: cognito.endpoint,
  });
  console.log(`  checks in Chromium: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  writeFileSync(
    testReportFile('consumer-next'),
    JSON.stringify({ numPassedTests: passed, numFailedTests: failed }),
  );
  if (failed > 0) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
