import type {
  CooldownKeyParts,
  CooldownPersistence,
  CooldownSnapshot,
  CooldownStatus,
  CooldownStorage,
  CooldownStore,
  CooldownStoreOptions,
  SendClaim,
} from './CooldownStore';
import {
  type CooldownPolicyValues,
  cooldownWaitAfter,
  longestWaitOf,
  resolveCooldownPolicyValues,
} from './computeCooldownWait';
import { hashCooldownKey } from './hashCooldownKey';

/**
 * How long a claimed send keeps other tabs (and this page after a reload) from sending: longer than the default
 * client timeout of 15 s, so the lease outlives any request that can still succeed.
 */
export const cooldownSendLeaseMs = 20_000;

/**
 * How long a lock taken ahead by `prepareSend` is held for a click that may follow: longer than a slow press, short
 * enough that another tab is not kept waiting by a press that never became a click.
 */
export const preparedLockMs = 1_500;

/**
 * How far a stored time may lie beyond what this page could have written, to allow for small clock corrections;
 * anything later is garbage.
 */
export const cooldownClockToleranceMs = 60_000;

/**
 * One key's persisted cooldown state: times (epoch ms, `null` for none) and counts only, never user data. It is
 * stored as a JSON array after the format version, `[1, ...record]`, which keeps the field names out of the bundle;
 * missing trailing fields read as empty, so later versions can add fields.
 */
export type CooldownRecord = [
  /** Sends in the current streak. */
  sends: number,
  /** Consecutive rate-limit answers. */
  rateLimits: number,
  /** When the current wait ends. */
  endsAt: number | null,
  /** When the last code was sent. */
  lastSentAt: number | null,
  /** When the last rate-limit answer came. */
  lastRateLimitedAt: number | null,
  /** Until when a tab that claimed a send holds the lease. */
  pendingUntil: number | null,
];

/** The text to store for a record. */
export function serializeCooldownRecord(record: CooldownRecord): string {
  return JSON.stringify([1, ...record]);
}

// Inside the store a missing time is -Infinity rather than null: every comparison then needs no special case
// (nothing runs, no streak goes on), and JSON.stringify writes it as null.
const none = -Infinity;

/** A stored record as the store reads it: the format version, then a {@link CooldownRecord} with -Infinity for none. */
type StoredValues = [version: number, ...record: Numbers<CooldownRecord>];
// The same tuple with every field a number (a mapped type over a type parameter keeps the tuple's shape).
type Numbers<Tuple> = { [Index in keyof Tuple]: number };

// The stored array of a key nothing was stored for, as the store reads it.
const emptyRecord: StoredValues = [1, 0, 0, none, none, none, none];

/** Releases a Web Lock. */
type Release = () => void;

// From `pagehide` until the next claim (a page that claims a send is alive again: it came back from the
// back-forward cache). An unloading page cancels the request still on its way, which then fails, although Cognito
// may already have sent the code. `undefined` until the first store in a browser starts watching for `pagehide`.
let pageUnloading: boolean | undefined;

const snapshotOf = (
  status: CooldownStatus,
  endsAt: number | null,
  secondsLeft: number,
  sendCount: number,
  rateLimitCount: number,
): CooldownSnapshot => ({ status, endsAt, secondsLeft, sendCount, rateLimitCount });

const readySnapshot = Object.freeze(snapshotOf('ready', null, 0, 0, 0));

/** A store with what only the registry may do: apply the latest options, and stop it for good. */
type RegistryEntry = [
  store: CooldownStore,
  configure: (options: CooldownStoreOptions) => void,
  dispose: () => void,
];

function createCooldownStore(
  key: string,
  persistence: CooldownPersistence,
  inBrowser: boolean,
): RegistryEntry {
  let policy: CooldownPolicyValues;
  // How far ahead of now each stored value may lie, by index (see configure).
  let latestAheadMs: number[];
  let clock: (() => number) | undefined;
  // The record as last read; every operation reads it first.
  let sends: number;
  let rateLimits: number;
  let endsAt: number;
  let lastSentAt: number;
  let lastRateLimitedAt: number;
  let pendingUntil: number;
  // Whether a claim of this page is unsettled.
  let sending: boolean | undefined;
  let snapshot: CooldownSnapshot = readySnapshot;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  // A lock taken ahead by prepareSend, until a claim takes it over or preparedLockMs passes: the request while it is
  // on its way, then its release once granted.
  let ahead: Promise<Release | undefined> | Release | undefined;
  let aheadTimer: ReturnType<typeof setTimeout> | undefined;

  // Every write also lands in `memory`, the last state this store knew: without a storage (memory persistence,
  // server rendering), or when it throws (blocked, quota exceeded, access revoked) or refuses a write, reads fall back
  // to it instead of losing the state or showing a stale one.
  let memory: unknown;
  let storageIsStale: boolean | undefined;
  let storage: CooldownStorage | undefined;
  try {
    // Only a browser's Web Storage, looked up by name: a server runtime's global localStorage would be shared by
    // every request. The getter itself throws a SecurityError when storage is blocked (sandboxed iframes, cookies
    // disabled). Any other name (`'memory'`) finds nothing, or something without storage methods.
    storage = window[persistence as 'localStorage'];
  } catch {
    // Memory only.
  }
  // A storage-like object is used as it is. A name that found nothing stays a string, without storage methods:
  // every access throws, and memory answers.
  storage ??= persistence as CooldownStorage;

  // Whether a streak (of sends or of rate limits) that last grew at `since` still runs at `at` (policy[3] is
  // streakResetMs).
  const recent = (at: number, since: number): boolean => at - since < policy[3];

  // Reads the record now; returns the time it was read at.
  const read = (): number => {
    // Date.now is looked up on every call, so a clock replaced after the store was created (fake timers) is honoured.
    const at = (clock ?? Date.now)();
    let record = emptyRecord;
    if (!storageIsStale) {
      try {
        // Without a storage this throws too, and memory answers.
        memory = storage!.getItem(key);
      } catch {
        // Memory answers.
      }
    }
    try {
      // What is not JSON throws here, `null` throws below; any other value reads by index.
      const stored = JSON.parse(memory as string);
      // Anything but this version's shape with every value in range (wrong types, times further ahead than this
      // policy could ever set, a count that is not a whole number) reads as empty: one bad value spoils the record.
      record = emptyRecord.map((empty, index) => {
        const value = stored[index] ?? empty;
        if (
          index
            ? index < 3
              ? // A count: a whole number from 0 (an unsigned 32-bit one, which no real count exceeds).
                value >>> 0 === value
              : // A time: a number, not too far ahead.
                value === +value && value <= at + latestAheadMs[index]! + cooldownClockToleranceMs
            : // The format version.
              value === 1
        ) {
          return value;
        }
        throw value;
      }) as StoredValues;
    } catch {
      // Garbage reads as empty.
    }
    [, sends, rateLimits, endsAt, lastSentAt, lastRateLimitedAt, pendingUntil] = record;
    return at;
  };

  const write = (): void =>
    save(
      // A record with nothing in it is removed, so the storage holds only cooldowns that matter.
      (sends + rateLimits > 0 || Math.max(endsAt, lastSentAt, lastRateLimitedAt, pendingUntil) > none) &&
        serializeCooldownRecord([sends, rateLimits, endsAt, lastSentAt, lastRateLimitedAt, pendingUntil]),
    );

  // Stores `text`, or removes the record when there is none.
  const save = (text?: string | false): void => {
    memory = text;
    try {
      if (text) storage!.setItem(key, text);
      else storage!.removeItem(key);
      storageIsStale = false;
    } catch {
      storageIsStale = true;
    }
    // Read back through the same validation, so this tab shows exactly what every other tab will read.
    sync();
  };

  const publish = (at: number): void => {
    const running = endsAt > at;
    const next = snapshotOf(
      sending || pendingUntil > at ? 'sending' : running ? 'cooldown' : 'ready',
      running ? endsAt : null,
      running ? Math.ceil((endsAt - at) / 1000) : 0,
      recent(at, lastSentAt) ? sends : 0,
      recent(at, lastRateLimitedAt) ? rateLimits : 0,
    );
    clearTimeout(timer);
    // One timer, only while someone listens: it wakes when the displayed second changes (when
    // `ceil((endsAt - now) / 1000)` drops by one) or when another tab's lease ends. Rounding up never wakes early,
    // so an early wake-up cannot spin.
    const delayMs = Math.min(
      running ? (endsAt - at) % 1000 || 1000 : Infinity,
      pendingUntil > at ? pendingUntil - at : Infinity,
    );
    if (listeners.size && delayMs < Infinity) timer = setTimeout(sync, Math.ceil(delayMs));
    // A new object only when a field changed, so useSyncExternalStore re-renders only then.
    if ((Object.keys(next) as (keyof CooldownSnapshot)[]).some((field) => next[field] !== snapshot[field])) {
      snapshot = Object.freeze(next);
      for (const listener of listeners) listener();
    }
  };

  const sync = (): void => publish(read());

  const onStorage = (event: StorageEvent): void => {
    // Only Web Storage fires the event, with its area: memory and custom storages are not shared between tabs.
    if ((event.key ?? key) === key && event.storageArea === storage) {
      // Another tab's write reached the shared storage, so it is the truth again, even while this tab's fail.
      storageIsStale = false;
      sync();
    }
  };

  const listen = (method: 'addEventListener' | 'removeEventListener'): void => {
    if (inBrowser) {
      window[method]('storage', onStorage as EventListener);
      window[method]('pageshow', sync);
      document[method]('visibilitychange', sync);
    }
  };

  const stop = (): void => {
    clearTimeout(timer);
    listen('removeEventListener');
  };

  // The streak count after a send at `sentAt`.
  const streak = (sentAt: number): number => (recent(sentAt, lastSentAt) ? sends : 0) + 1;

  // A send time this page could have seen; an unknown or future time cannot be told apart from a repeat call.
  const plausible = (sentAt: number | undefined, at: number): sentAt is number =>
    Number.isFinite(sentAt) && (sentAt as number) <= at + cooldownClockToleranceMs;

  // Counts a send at `sentAt` (read at `at`; the time of reading when `sentAt` is not plausible) and starts its
  // wait, keeping a longer one that runs; the caller writes.
  const recordSend = (sentAt: number | undefined, at: number): void => {
    if (!plausible(sentAt, at)) sentAt = at;
    sends = streak(sentAt);
    lastSentAt = Math.max(lastSentAt, sentAt);
    rateLimits = 0;
    lastRateLimitedAt = none;
    endsAt = Math.max(endsAt, sentAt + cooldownWaitAfter(policy, sends));
  };

  // Asks for this key's Web Lock without waiting for it (named like the storage key: locks have a namespace of their
  // own). Resolves with its release once held (the lock is held until then), `undefined` when another tab holds it
  // (it is sending), or a release of nothing where the browser has no Web Locks or refuses the request: without
  // coordination this tab sends as if there were no locks.
  const requestLock = (): Promise<Release | undefined> =>
    new Promise((granted) => {
      const alone = (): void => granted(() => {});
      try {
        navigator.locks
          .request(key, { ifAvailable: true }, (lock) =>
            lock ? new Promise<void>(granted) : granted(undefined),
          )
          .catch(alone);
      } catch {
        alone();
      }
    });

  const store: CooldownStore = {
    key,
    subscribe: (listener) => {
      // Its own entry, so the same function subscribed twice counts twice.
      const entry = (): void => listener();
      if (!listeners.size) listen('addEventListener');
      listeners.add(entry);
      // Nothing kept the snapshot fresh while nobody listened, and other subscribers lose nothing by a re-read.
      sync();
      return () => {
        if (listeners.delete(entry) && !listeners.size) stop();
      };
    },
    getSnapshot: () => {
      // While subscribed, the timer and page events keep the snapshot fresh and it must stay stable between
      // notifications; unsubscribed, nothing does, so measure now.
      if (!listeners.size) sync();
      return snapshot;
    },
    getServerSnapshot: () => readySnapshot,
    refresh: sync,
    reset: () => save(),
    prepareSend: () => {
      const at = read();
      // Without Web Locks a claim decides at once anyway.
      if (
        (globalThis as { navigator?: Navigator }).navigator?.locks &&
        !(ahead || sending || pendingUntil > at || endsAt > at)
      ) {
        const request = requestLock().then((release) => {
          // Unless a claim took the request over meanwhile; refused, the next press may ask again.
          if (ahead === request) {
            ahead = release;
            if (release) {
              aheadTimer = setTimeout(() => {
                ahead = undefined;
                release();
              }, preparedLockMs);
            }
          }
          return release;
        });
        ahead = request;
      }
    },
    markSent: (sentAt) => {
      const at = read();
      if (
        plausible(sentAt, at) &&
        sentAt > lastSentAt &&
        !(endsAt > at && endsAt >= sentAt + cooldownWaitAfter(policy, streak(sentAt)))
      ) {
        recordSend(sentAt, at);
        write();
      } else {
        publish(at);
      }
    },
    tryBeginSend: () => {
      const claimedAt = read();
      if (sending || pendingUntil > claimedAt || endsAt > claimedAt) {
        publish(claimedAt);
        return null;
      }
      let settled: boolean | undefined;
      let releaseLock: Release | undefined;
      let confirmation: Promise<boolean> | undefined;
      const settle = (): boolean => {
        if (settled) return false;
        settled = true;
        sending = false;
        releaseLock?.();
        return true;
      };
      const finish = (update: false | ((at: number) => void)): void => {
        if (settle()) {
          const at = read();
          pendingUntil = none;
          if (update) update(at);
          write();
        }
      };
      sending = true;
      // Left undefined until the page is watched.
      pageUnloading &&= false;
      pendingUntil = claimedAt + cooldownSendLeaseMs;
      write();
      const claim: SendClaim = {
        confirm: () =>
          (confirmation ??= new Promise<boolean>((resolve) => {
            // Decides under the lock: sends unless another tab holds it, the claim settled or another tab already
            // started its wait. The lock is held until the claim settles, which is what makes a second tab's confirm
            // fail.
            const decide = (release: Release | undefined): void => {
              releaseLock = release;
              const at = read();
              const go = !!release && !settled && !(endsAt > at);
              if (!go) {
                // Release the claim without writing: the storage holds the other tab's newer state. A claim settled
                // before leaves the lock to this release (releasing twice does nothing).
                settle();
                release?.();
                publish(at);
              }
              resolve(go);
            };
            // A lock taken ahead (on pointerdown or keydown) becomes this claim's.
            const taken = ahead;
            clearTimeout(aheadTimer);
            ahead = undefined;
            // Granted already: decided now, so the request can start in the click's own task.
            if (typeof taken === 'function') decide(taken);
            // Still on its way, a request of our own would find the lock taken by it: wait for it, and ask again if
            // it was refused.
            else (taken ?? requestLock()).then((release) => release || (taken && requestLock())).then(decide);
          })),
        succeeded: (sentAt) => finish((at) => recordSend(sentAt, at)),
        rateLimited: (retryAfterMs) =>
          finish((at) => {
            rateLimits = (recent(at, lastRateLimitedAt) ? rateLimits : 0) + 1;
            lastRateLimitedAt = at;
            endsAt = Math.max(endsAt, at + cooldownWaitAfter(policy, rateLimits, true, retryAfterMs));
          }),
        // A failure caused by the page unloading may come after Cognito sent the code: count it as sent at the
        // claim, so the reloaded page (or another tab) waits the whole wait instead of sending a second code.
        failed: () =>
          finish(
            // Chromium fails the cancelled request while it dispatches `pagehide`, in the microtasks after whichever
            // listener runs first (maybe not ours, so the flag may not be set yet); the event being dispatched tells.
            (pageUnloading || (globalThis as { event?: Event }).event?.type === 'pagehide') &&
              ((at) => recordSend(claimedAt, at)),
          ),
      };
      return claim;
    },
  };

  return [
    store,
    (options) => {
      policy = resolveCooldownPolicyValues(options.policy);
      // A deadline up to the longest wait this policy can set, a lease up to its length, other times now.
      latestAheadMs = [0, 0, 0, longestWaitOf(policy), 0, 0, cooldownSendLeaseMs];
      clock = options.now;
    },
    () => {
      listeners.clear();
      stop();
      // A lock taken ahead would stay held for a store that no longer exists, refusing the next one's claim. One
      // still being granted is left to its own timer: dropping it now would leave nobody to release it.
      if (typeof ahead === 'function') {
        clearTimeout(aheadTimer);
        ahead();
        ahead = undefined;
      }
    },
  ];
}

const registry = new Map<CooldownPersistence, Record<string, RegistryEntry>>();

/**
 * The cooldown store for one (user pool, app client, username) and persistence. Within a page the same key and
 * persistence always give the same instance, so every component shows one state and two `resend()` calls from two
 * components send once; the options of the latest call (policy, clock) apply. On a server (no `window`) each call
 * gets a fresh, unshared store, so no state leaks between requests.
 */
export function getCooldownStore(
  keyParts: CooldownKeyParts,
  options: CooldownStoreOptions = {},
): CooldownStore {
  const persistence = options.persistence ?? 'localStorage';
  const key = hashCooldownKey(keyParts);
  const inBrowser = typeof window !== 'undefined';
  let stores: Record<string, RegistryEntry> = {};
  if (inBrowser) {
    // Watched once per page, from the first store on.
    if (pageUnloading === undefined) {
      pageUnloading = false;
      window.addEventListener('pagehide', () => {
        pageUnloading = true;
      });
    }
    stores = registry.get(persistence) ?? stores;
    if (!registry.has(persistence)) registry.set(persistence, stores);
  }
  stores[key] ??= createCooldownStore(key, persistence, inBrowser);
  const [store, configure] = stores[key];
  // Silent, since it may run during a render.
  configure(options);
  return store;
}

/**
 * For tests: forgets every store in the page registry (stopping their timers and listeners) and every in-memory
 * state, as if the page had been reloaded. Persisted storage is left alone.
 */
export function clearCooldownStores(): void {
  for (const stores of registry.values()) {
    for (const [, , dispose] of Object.values(stores)) dispose();
  }
  registry.clear();
}
