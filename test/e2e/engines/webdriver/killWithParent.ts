import type { ChildProcess } from 'node:child_process';

/**
 * Stops `child` (by its process id) if this process exits first, e.g. a test worker ended on a timeout, so no Xvfb
 * or driver outlives the run.
 */
export function killWithParent(child: ChildProcess): void {
  const kill = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
}
