// A stand-in for the Web Locks API, which jsdom does not have: the cooldown store asks for its key's lock before a
// send when `navigator.locks` exists, and coordinates tabs through storage alone when it does not.
import { type Mock, vi } from 'vitest';

/** `granted`: every request gets the lock; `taken`: another tab holds it; `none`: a browser without the API. */
export type LocksMode = 'none' | 'granted' | 'taken';

type LockRequest = (name: string, options: unknown, callback: (lock: unknown) => unknown) => Promise<unknown>;

/** The fake, as a test inspects it. */
export interface FakeLocks {
  /** `navigator.locks.request`, recording every call (none with `none`, where it is not installed). */
  request: Mock<LockRequest>;
  /** What each request returned: settled once its callback has finished with the lock. */
  held: Promise<unknown>[];
}

/** Puts a fake `navigator.locks` in place of any earlier one, or with `none` takes it away. */
export function installLocks(mode: LocksMode): FakeLocks {
  removeLocks();
  const held: Promise<unknown>[] = [];
  const request = vi.fn<LockRequest>((name, _options, callback) => {
    const result = Promise.resolve(callback(mode === 'granted' ? { name, mode: 'exclusive' } : null));
    held.push(result);
    return result;
  });
  if (mode !== 'none') Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
  return { request, held };
}

/** Takes the fake away: `navigator` as jsdom has it. */
export function removeLocks(): void {
  Reflect.deleteProperty(navigator, 'locks');
}
