// Web Locks for jsdom, which has none: a FakeLockManager with the real semantics as `navigator.locks`, as every
// browser the package supports has it. A test can take it away (a browser without Web Locks, or an insecure page) or
// have another tab hold a lock (`holdInAnotherTab`).
import { type Mock, vi } from 'vitest';
import { FakeLockManager } from './FakeLockManager';

/** `available`: Web Locks as browsers have them; `none`: a browser without the API. */
export type LocksMode = 'none' | 'available';

type LockRequest = (name: string, options: unknown, callback: (lock: unknown) => unknown) => Promise<unknown>;

/** The installed locks, as a test inspects and drives them. */
export interface InstalledLocks {
  manager: FakeLockManager;
  /** This page's `navigator.locks.request`, recording every call. */
  request: Mock<LockRequest>;
  /** Lets another tab take the lock `name` and hold it until the returned function is called. */
  holdInAnotherTab(name: string): () => void;
}

/** Puts fresh locks in place of any earlier ones (or, with `none`, takes them away). */
export function installLocks(mode: LocksMode = 'available'): InstalledLocks {
  removeLocks();
  const manager = new FakeLockManager();
  const page = manager.client();
  const request = vi.fn<LockRequest>((name, options, callback) =>
    page.locks.request(name, options as never, callback as never),
  );
  const holdInAnotherTab = (name: string): (() => void) => {
    const tab = manager.client();
    // Released before the grant, the other tab lets the lock go as soon as it gets it.
    let released = false;
    let release = (): void => {
      released = true;
    };
    void tab.locks.request(name, {}, () =>
      released ? undefined : new Promise<void>((resolve) => (release = resolve)),
    );
    return () => release();
  };
  if (mode !== 'none') Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
  return { manager, request, holdInAnotherTab };
}

/** Takes the locks away: `navigator` as jsdom has it. */
export function removeLocks(): void {
  Reflect.deleteProperty(navigator, 'locks');
}
