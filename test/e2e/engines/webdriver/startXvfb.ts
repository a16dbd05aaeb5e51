import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { killWithParent } from './killWithParent';
import { stopProcess } from './stopProcess';

/** A running virtual X server. */
export interface XvfbServer {
  /** The X display to give a program, such as `:99`. */
  display: string;
  /** Stops this X server (by its process id). */
  stop(): Promise<void>;
}

const startTimeoutMs = 10_000;

/**
 * Starts Xvfb on a display it picks itself (`-displayfd`), so runs side by side never fight over a display number:
 * MiniBrowser has no headless mode and needs an X display.
 */
export function startXvfb(): Promise<XvfbServer> {
  // Descriptor 3 is a pipe on which Xvfb writes its display number once clients can connect.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const displayPipe = xvfb.stdio[3] as Readable;
  killWithParent(xvfb);
  let errorOutput = '';
  xvfb.stderr?.on('data', (chunk: Buffer) => {
    // Read on for the whole run (a full pipe would block the process); the last lines explain a failed start.
    errorOutput = (errorOutput + chunk.toString()).slice(-2_000);
  });
  const stop = () => stopProcess(xvfb);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Xvfb did not start within ${startTimeoutMs} ms: ${errorOutput}`));
    }, startTimeoutMs);
    let written = '';
    displayPipe.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (!written.includes('\n')) return;
      clearTimeout(timer);
      resolve({ display: `:${written.trim()}`, stop });
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code} before it was ready: ${errorOutput}`));
    });
    xvfb.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
