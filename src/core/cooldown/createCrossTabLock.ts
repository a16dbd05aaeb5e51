/** The part of the Web Locks API the lock uses (`navigator.locks`). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

/** `idle`: neither held nor asked for; `requesting`: asked for, not granted yet; `held`: this page holds it. */
export type CrossTabLockState = 'idle' | 'requesting' | 'held';

/** One named Web Lock of this page, shared by every tab of the browser profile. */
export interface CrossTabLock {
  /** Where the lock stands now. */
  readonly state: CrossTabLockState;
  /**
   * Asks for the lock; resolves `true` once this page holds it (at once when it does already), `false` when it was
   * not granted: another tab holds it and `ifAvailable` was set, the request was cancelled by {@link release}, or the
   * browser refused. A request already on its way is shared, not repeated.
   */
  acquire(options?: { ifAvailable?: boolean }): Promise<boolean>;
  /** Lets the lock go, or cancels the request on its way. Does nothing when idle. */
  release(): void;
}

/**
 * A Web Lock with explicit states over `navigator.locks` (pass another LockManager in tests). The browser releases a
 * page's locks when it unloads, so a closed tab never blocks the others.
 */
export function createCrossTabLock(name: string, locks: LockManagerLike): CrossTabLock {
  let state: CrossTabLockState = 'idle';
  // While requesting: the shared answer and the way to cancel the request.
  let pending: Promise<boolean> | null = null;
  let cancelRequest: AbortController | null = null;
  // While held: resolving it ends the callback's promise, which is what makes the browser release the lock.
  let endHold: (() => void) | null = null;

  const becomeIdle = (): void => {
    state = 'idle';
    pending = null;
    cancelRequest = null;
    endHold = null;
  };

  const request = (ifAvailable: boolean): Promise<boolean> =>
    new Promise<boolean>((resolve) => {
      const controller = new AbortController();
      cancelRequest = controller;
      // The browser calls back with the lock, or with null when `ifAvailable` found it taken.
      const onGrant = (lock: unknown): Promise<void> | undefined => {
        if (!lock || controller.signal.aborted) {
          if (cancelRequest === controller) becomeIdle();
          resolve(false);
          return undefined;
        }
        state = 'held';
        pending = null;
        cancelRequest = null;
        resolve(true);
        return new Promise<void>((endCallback) => {
          endHold = endCallback;
        });
      };
      // `signal` and `ifAvailable` cannot be combined; a request that may wait is the one that can be cancelled.
      const options = ifAvailable ? { ifAvailable: true } : { signal: controller.signal };
      try {
        locks.request(name, options, onGrant).catch(() => {
          // Aborted, or refused (an opaque origin, a document that is not fully active).
          if (cancelRequest === controller) becomeIdle();
          resolve(false);
        });
      } catch {
        becomeIdle();
        resolve(false);
      }
    });

  return {
    get state() {
      return state;
    },
    acquire({ ifAvailable = false } = {}) {
      if (state === 'held') return Promise.resolve(true);
      if (pending) return pending;
      state = 'requesting';
      pending = request(ifAvailable);
      return pending;
    },
    release() {
      if (state === 'held') {
        const end = endHold;
        becomeIdle();
        end?.();
      } else if (state === 'requesting') {
        const controller = cancelRequest;
        becomeIdle();
        controller?.abort();
      }
    },
  };
}
