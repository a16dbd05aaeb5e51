#!/usr/bin/env node
// `npm start`: the local Cognito server and Storybook together, so the live stories have a real (local) Cognito to
// talk to. Storybook learns the server's URL from STORYBOOK_LOCAL_COGNITO_ENDPOINT and asks the server itself for
// the pool and app client ids (GET /_test/config). Ctrl+C (or SIGTERM) stops both.
//
// Ports: COGNITO_PORT (default 9325) and STORYBOOK_PORT (default 6006); a port already taken is replaced by a
// free one.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startCognitoServer } from './cognito-server.js';
import { findFreePort } from './findFreePort.js';

const host = '127.0.0.1';
const preferredCognitoPort = Number(process.env.COGNITO_PORT ?? 9325);
const preferredStorybookPort = Number(process.env.STORYBOOK_PORT ?? 6006);
const storybookReadyTimeoutMs = 180_000;
const stopTimeoutMs = 5_000;
const liveStoryPath = '/story/live-local-cognito--sign-up-resend-confirm';

const require = createRequire(import.meta.url);
const storybookBin = path.join(
  path.dirname(require.resolve('storybook/package.json')),
  require('storybook/package.json').bin,
);

async function startCognito() {
  try {
    return await startCognitoServer({ host, port: preferredCognitoPort });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    process.stderr.write(
      `Port ${preferredCognitoPort} is taken; the local Cognito server takes a free one.\n`,
    );
    return startCognitoServer({ host, port: 0 });
  }
}

async function waitForHttp(url, isStopped) {
  const deadline = Date.now() + storybookReadyTimeoutMs;
  while (Date.now() < deadline) {
    if (isStopped()) return false;
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Storybook did not answer at ${url} within ${storybookReadyTimeoutMs / 1000} s.`);
}

const cognito = await startCognito();
const storybookPort = await findFreePort({ preferred: preferredStorybookPort, host });
if (storybookPort !== preferredStorybookPort) {
  process.stderr.write(`Port ${preferredStorybookPort} is taken; Storybook takes ${storybookPort}.\n`);
}

// In its own process group, so stopping it also stops anything it started.
const storybook = spawn(
  process.execPath,
  [
    storybookBin,
    'dev',
    '--port',
    String(storybookPort),
    '--host',
    host,
    '--exact-port',
    '--ci',
    '--no-open',
    '--no-version-updates',
    '--disable-telemetry',
  ],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
    env: {
      ...process.env,
      STORYBOOK_LOCAL_COGNITO_ENDPOINT: cognito.endpoint,
      STORYBOOK_DISABLE_TELEMETRY: '1',
    },
  },
);

let stopping = null;
let storybookExited = false;
const storybookExit = new Promise((resolve) => {
  storybook.once('exit', (code, signal) => {
    storybookExited = true;
    resolve({ code, signal });
  });
});

function signalStorybook(signal) {
  if (storybookExited) return;
  try {
    process.kill(-storybook.pid, signal);
  } catch {
    // Already gone.
  }
}

function stop(exitCode) {
  stopping ??= (async () => {
    signalStorybook('SIGTERM');
    const timer = setTimeout(() => signalStorybook('SIGKILL'), stopTimeoutMs);
    await storybookExit;
    clearTimeout(timer);
    await cognito.stop();
    process.exit(exitCode);
  })();
  return stopping;
}

process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
// `npm start` runs this through a shell that does not pass SIGTERM on: when the parent goes away, stop too.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) stop(0);
}, 1000).unref();
storybookExit.then(({ code }) => {
  if (stopping) return;
  process.stderr.write('Storybook stopped; stopping the local Cognito server.\n');
  stop(code ?? 1);
});

try {
  const storybookUrl = `http://${host}:${storybookPort}/`;
  if (await waitForHttp(storybookUrl, () => stopping !== null)) {
    process.stdout.write(
      [
        '',
        `Storybook:          ${storybookUrl}`,
        `Live story:         ${storybookUrl}?path=${liveStoryPath}`,
        `Local Cognito:      ${cognito.endpoint} (control API under /_test/)`,
        `  user pool id:     ${cognito.userPoolId}`,
        `  app client id:    ${cognito.clientId}`,
        `  client w/ secret: ${cognito.clientSecretClientId}`,
        'Press Ctrl+C to stop both.',
        '',
      ].join('\n'),
    );
  }
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  stop(1);
}
