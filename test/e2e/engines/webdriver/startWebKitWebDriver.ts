import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { findFreePort } from '../../../../tools/findFreePort.js';
import { killWithParent } from './killWithParent';
import { stopProcess } from './stopProcess';

/** A running WebKitWebDriver. */
export interface WebDriverServer {
  /** Where it answers, such as `http://127.0.0.1:4444`. */
  url: string;
  /** Stops it (by its process id); the browsers of its sessions go with it. */
  stop(): Promise<void>;
}

/** Debian's webkit2gtk-driver; `WEBKIT_WEBDRIVER_PATH` points at another build. */
const driverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const startTimeoutMs = 10_000;
/** A file that gets the driver's output (`WEBKIT_WEBDRIVER_LOG`); none by default. */
const logPath = process.env.WEBKIT_WEBDRIVER_LOG;

/** Starts WebKitWebDriver on a free port of 127.0.0.1, its browsers on the X `display`, and waits until it answers. */
export async function startWebKitWebDriver(display: string): Promise<WebDriverServer> {
  const port = await findFreePort();
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  killWithParent(driver);
  let errorOutput = '';
  driver.stderr?.on('data', (chunk: Buffer) => {
    // Read on for the whole run (a full pipe would block the process); the last lines explain a failed start.
    errorOutput = (errorOutput + chunk.toString()).slice(-2_000);
  });
  // What the driver and its browsers say, for finding out why a command hangs.
  if (logPath !== undefined) driver.stderr?.pipe(createWriteStream(logPath, { flags: 'a' }));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopProcess(driver);
  const startedAt = Date.now();
  while (Date.now() - startedAt < startTimeoutMs) {
    if (driver.exitCode !== null) break;
    try {
      const status = await fetch(`${url}/status`);
      if (status.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`WebKitWebDriver did not answer on ${url} within ${startTimeoutMs} ms: ${errorOutput}`);
}
