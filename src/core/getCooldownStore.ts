import type { CooldownPolicy } from './CooldownPolicy';
import type {
  CooldownKeyParts,
  CooldownPersistence,
  CooldownSnapshot,
  CooldownStore,
  CooldownStoreOptions,
  SendClaim,
} from './CooldownStore';
import { computeCooldownWait, longestCooldownWait, resolveCooldownPolicy } from './computeCooldownWait';
import { cooldownKeyPrefix, hashCooldownKey } from './hashCooldownKey';
import {
  type CooldownRecord,
  cooldownClockToleranceMs,
  emptyCooldownRecord,
  parseCooldownRecord,
  serializeCooldownRecord,
} from './parseCooldownRecord';
import { resolveCooldownStorage, type SafeCooldownStorage } from './resolveCooldownStorage';

/**
 * How long a claimed send keeps other tabs (and this page after a reload) from sending: longer than the default
 * client timeout of 15 s, so the lease outlives any request that can still succeed.
 */
export const cooldownSendLeaseMs = 20_000;

const readySnapshot: CooldownSnapshot = Object.freeze({
  status: 'ready',
  endsAt: null,
  secondsLeft: 0,
  sendCount: 0,
  rateLimitCount: 0,
});

interface Subscription {
  listener: () => void;
}

interface ActiveClaim {
  settled: boolean;
  releaseLock: (() => void) | null;
}

// From `pagehide` until the page shows again. An unloading page cancels the request still on its way, which then
// fails, although Cognito may already have sent the code: such a failure must keep the lease, so the reloaded page
// (or another tab) waits it out instead of sending a second code.
let pageUnloading = false;
let pageLifecycleWatched = false;

function watchPageLifecycle(): void {
  if (pageLifecycleWatched || typeof window === 'undefined') return;
  pageLifecycleWatched = true;
  window.addEventListener('pagehide', () => {
    pageUnloading = true;
  });
  window.addEventListener('pageshow', () => {
    pageUnloading = false;
  });
}

// Chromium fails the cancelled request while it dispatches `pagehide`, in the microtasks after whichever listener
// runs first (maybe not ours, so the flag may not be set yet); the event being dispatched tells.
function failedByUnload(): boolean {
  if (pageUnloading) return true;
  try {
    return (globalThis as { event?: Event }).event?.type === 'pagehide';
  } catch {
    return false;
  }
}

function readLockManager(): LockManager | null {
  try {
    const locks = (globalThis as { navigator?: Navigator }).navigator?.locks;
    return locks !== undefined && locks !== null && typeof locks.request === 'function' ? locks : null;
  } catch {
    return null;
  }
}

// Looked up on every call, so a clock replaced after the store was created (fake timers in tests) is honoured.
function readSystemClock(): number {
  return Date.now();
}

function sameSnapshot(a: CooldownSnapshot, b: CooldownSnapshot): boolean {
  return (
    a.status === b.status &&
    a.endsAt === b.endsAt &&
    a.secondsLeft === b.secondsLeft &&
    a.sendCount === b.sendCount &&
    a.rateLimitCount === b.rateLimitCount
  );
}

function runningDeadline(endsAt: number | null, now: number): number | null {
  return endsAt !== null && endsAt > now ? endsAt : null;
}

class SharedCooldownStore implements CooldownStore {
  readonly key: string;
  readonly #lockName: string;
  readonly #storage: SafeCooldownStorage;
  #policy: CooldownPolicy;
  #clock: () => number;
  #record: Readonly<CooldownRecord> = emptyCooldownRecord;
  #snapshot: CooldownSnapshot = readySnapshot;
  readonly #subscriptions = new Set<Subscription>();
  #claim: ActiveClaim | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #detachPageEvents: (() => void) | null = null;

  constructor(key: string, storage: SafeCooldownStorage, options: CooldownStoreOptions) {
    this.key = key;
    this.#lockName = `rcr-lock:${key.slice(cooldownKeyPrefix.length)}`;
    this.#storage = storage;
    this.#policy = resolveCooldownPolicy(options.policy);
    this.#clock = options.now ?? readSystemClock;
    this.#sync();
  }

  /** Applies the options of the latest {@link getCooldownStore} call; silent, since it may run during a render. */
  configure(options: CooldownStoreOptions): void {
    this.#policy = resolveCooldownPolicy(options.policy);
    this.#clock = options.now ?? readSystemClock;
  }

  /** Stops the timer and page listeners and forgets every subscriber. */
  dispose(): void {
    this.#subscriptions.clear();
    this.#stopWatching();
  }

  subscribe = (listener: () => void): (() => void) => {
    const subscription: Subscription = { listener };
    this.#subscriptions.add(subscription);
    if (this.#subscriptions.size === 1) this.#watchPage();
    // Nothing kept the snapshot fresh while nobody listened, and other subscribers lose nothing by a re-read.
    this.#sync();
    return () => {
      if (!this.#subscriptions.delete(subscription)) return;
      if (this.#subscriptions.size === 0) this.#stopWatching();
    };
  };

  getSnapshot = (): CooldownSnapshot => {
    // While subscribed, the timer and page events keep the snapshot fresh and it must stay stable between
    // notifications; unsubscribed, nothing does, so measure now.
    if (this.#subscriptions.size === 0) this.#sync();
    return this.#snapshot;
  };

  getServerSnapshot = (): CooldownSnapshot => readySnapshot;

  refresh = (): void => {
    this.#sync();
  };

  reset = (): void => {
    this.#storage.removeItem(this.key);
    this.#sync();
  };

  tryBeginSend = (): SendClaim | null => {
    const now = this.#now();
    const record = this.#read(now);
    const leased = record.pendingUntil !== null && record.pendingUntil > now;
    if (this.#claim !== null || leased || runningDeadline(record.endsAt, now) !== null) {
      this.#publish(now);
      return null;
    }
    const claim: ActiveClaim = { settled: false, releaseLock: null };
    this.#claim = claim;
    this.#write({ ...record, pendingUntil: now + cooldownSendLeaseMs }, now);
    return this.#createSendClaim(claim);
  };

  markSent = (sentAt: number): void => {
    const now = this.#now();
    // An unknown or future time cannot be told apart from a repeat call, so it must not count as another send.
    if (typeof sentAt !== 'number' || !Number.isFinite(sentAt) || sentAt > now + cooldownClockToleranceMs) {
      this.#sync();
      return;
    }
    const record = this.#read(now);
    if (record.lastSentAt !== null && sentAt <= record.lastSentAt) {
      this.#publish(now);
      return;
    }
    const sends = this.#streakAfterSend(record, sentAt);
    const endsAt = sentAt + computeCooldownWait(this.#policy, { streak: sends });
    const running = runningDeadline(record.endsAt, now);
    if (running !== null && running >= endsAt) {
      this.#publish(now);
      return;
    }
    this.#write(
      {
        ...record,
        sends,
        lastSentAt: sentAt,
        rateLimits: 0,
        lastRateLimitedAt: null,
        endsAt: runningDeadline(endsAt, now),
      },
      now,
    );
  };

  #createSendClaim(claim: ActiveClaim): SendClaim {
    let confirmation: Promise<boolean> | null = null;

    // Releases the claim without writing: the storage already holds the other tab's newer state.
    const withdraw = (): void => {
      if (!this.#settle(claim)) return;
      this.#sync();
    };

    const confirm = (): Promise<boolean> => {
      if (confirmation !== null) return confirmation;
      if (claim.settled) {
        confirmation = Promise.resolve(false);
        return confirmation;
      }
      const locks = readLockManager();
      if (locks === null) {
        confirmation = Promise.resolve(true);
        return confirmation;
      }
      confirmation = new Promise<boolean>((resolve) => {
        let answered = false;
        const answer = (value: boolean): void => {
          if (answered) return;
          answered = true;
          resolve(value);
        };
        const onLock = (lock: Lock | null): Promise<void> | undefined => {
          if (lock === null) {
            withdraw();
            answer(false);
            return undefined;
          }
          if (claim.settled) {
            answer(false);
            return undefined;
          }
          const now = this.#now();
          if (runningDeadline(this.#read(now).endsAt, now) !== null) {
            withdraw();
            answer(false);
            return undefined;
          }
          answer(true);
          // Holding the lock until the claim settles is what makes a second tab's confirm fail.
          return new Promise<void>((release) => {
            claim.releaseLock = release;
          });
        };
        try {
          // Without coordination (a rejected or unsupported request) this tab sends as if there were no locks.
          locks.request(this.#lockName, { ifAvailable: true }, onLock).catch(() => answer(true));
        } catch {
          answer(true);
        }
      });
      return confirmation;
    };

    const succeeded = (sentAt?: number): void => {
      if (!this.#settle(claim)) return;
      const now = this.#now();
      const at =
        typeof sentAt === 'number' && Number.isFinite(sentAt) && sentAt <= now + cooldownClockToleranceMs
          ? sentAt
          : now;
      const record = this.#read(now);
      const sends = this.#streakAfterSend(record, at);
      const endsAt = at + computeCooldownWait(this.#policy, { streak: sends });
      const running = runningDeadline(record.endsAt, now);
      this.#write(
        {
          ...record,
          sends,
          lastSentAt: record.lastSentAt === null ? at : Math.max(record.lastSentAt, at),
          rateLimits: 0,
          lastRateLimitedAt: null,
          endsAt: runningDeadline(running !== null && running > endsAt ? running : endsAt, now),
          pendingUntil: null,
        },
        now,
      );
    };

    const rateLimited = (retryAfterMs?: number): void => {
      if (!this.#settle(claim)) return;
      const now = this.#now();
      const record = this.#read(now);
      const streakGoesOn =
        record.lastRateLimitedAt !== null && now - record.lastRateLimitedAt < this.#policy.streakResetMs;
      const rateLimits = (streakGoesOn ? record.rateLimits : 0) + 1;
      const wait = computeCooldownWait(this.#policy, {
        streak: Math.max(1, record.sends),
        rateLimited: true,
        rateLimitCount: rateLimits,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      });
      const running = runningDeadline(record.endsAt, now);
      const endsAt = now + wait;
      this.#write(
        {
          ...record,
          rateLimits,
          lastRateLimitedAt: now,
          endsAt: runningDeadline(running !== null && running > endsAt ? running : endsAt, now),
          pendingUntil: null,
        },
        now,
      );
    };

    const failed = (): void => {
      if (!this.#settle(claim)) return;
      if (failedByUnload()) return;
      const now = this.#now();
      const record = this.#read(now);
      if (record.pendingUntil === null) this.#publish(now);
      else this.#write({ ...record, pendingUntil: null }, now);
    };

    return { confirm, succeeded, rateLimited, failed };
  }

  /** Marks a claim settled and lets go of its lock; `false` when it already was. */
  #settle(claim: ActiveClaim): boolean {
    if (claim.settled) return false;
    claim.settled = true;
    if (this.#claim === claim) this.#claim = null;
    claim.releaseLock?.();
    claim.releaseLock = null;
    return true;
  }

  #streakAfterSend(record: Readonly<CooldownRecord>, sentAt: number): number {
    const streakGoesOn =
      record.lastSentAt !== null && sentAt - record.lastSentAt < this.#policy.streakResetMs;
    return (streakGoesOn ? record.sends : 0) + 1;
  }

  #now(): number {
    try {
      const value = this.#clock();
      if (typeof value === 'number' && Number.isFinite(value)) return value;
    } catch {
      // A broken injected clock must not break the page; the real one is the next best answer.
    }
    return readSystemClock();
  }

  #read(now: number): Readonly<CooldownRecord> {
    this.#record = parseCooldownRecord(this.#storage.getItem(this.key), {
      now,
      longestWaitMs: longestCooldownWait(this.#policy),
      leaseMs: cooldownSendLeaseMs,
    });
    return this.#record;
  }

  #write(record: Readonly<CooldownRecord>, now: number): void {
    const text = serializeCooldownRecord(record);
    if (text === null) this.#storage.removeItem(this.key);
    else this.#storage.setItem(this.key, text);
    // Read back through the same validation, so this tab shows exactly what every other tab will read.
    this.#read(now);
    this.#publish(now);
  }

  #sync(): void {
    const now = this.#now();
    this.#read(now);
    this.#publish(now);
  }

  #publish(now: number): void {
    const record = this.#record;
    const endsAt = runningDeadline(record.endsAt, now);
    const leased = record.pendingUntil !== null && record.pendingUntil > now;
    const quietFor = (since: number | null): boolean =>
      since === null || now - since >= this.#policy.streakResetMs;
    const next: CooldownSnapshot = {
      status: this.#claim !== null || leased ? 'sending' : endsAt !== null ? 'cooldown' : 'ready',
      endsAt,
      secondsLeft: endsAt === null ? 0 : Math.ceil((endsAt - now) / 1000),
      sendCount: quietFor(record.lastSentAt) ? 0 : record.sends,
      rateLimitCount: quietFor(record.lastRateLimitedAt) ? 0 : record.rateLimits,
    };
    const changed = !sameSnapshot(next, this.#snapshot);
    if (changed) this.#snapshot = sameSnapshot(next, readySnapshot) ? readySnapshot : Object.freeze(next);
    this.#schedule(now);
    if (!changed) return;
    for (const subscription of [...this.#subscriptions]) subscription.listener();
  }

  #schedule(now: number): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#subscriptions.size === 0) return;
    let delayMs = Number.POSITIVE_INFINITY;
    const endsAt = runningDeadline(this.#record.endsAt, now);
    if (endsAt !== null) {
      // The displayed second changes when `ceil((endsAt - now) / 1000)` drops by one: wake exactly then.
      const secondsLeft = Math.ceil((endsAt - now) / 1000);
      delayMs = endsAt - (secondsLeft - 1) * 1000 - now;
    }
    const pendingUntil = this.#record.pendingUntil;
    if (pendingUntil !== null && pendingUntil > now) delayMs = Math.min(delayMs, pendingUntil - now);
    if (delayMs === Number.POSITIVE_INFINITY) return;
    // Rounding up (and at least 1 ms) never wakes early, so an early wake-up cannot spin.
    this.#timer = setTimeout(this.#onTimer, Math.max(1, Math.ceil(delayMs)));
  }

  #onTimer = (): void => {
    this.#timer = null;
    this.#sync();
  };

  #watchPage(): void {
    if (this.#detachPageEvents !== null || typeof window === 'undefined') return;
    const onStorage = (event: StorageEvent): void => {
      if (event.key !== null && event.key !== this.key) return;
      const area = event.storageArea;
      if (area !== null && area !== this.#storage.backing) return;
      if (area !== null)
        this.#storage.acceptExternalValue(this.key, event.key === null ? null : event.newValue);
      this.#sync();
    };
    const onPageChange = (): void => {
      this.#sync();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', onPageChange);
    const pageDocument = typeof document === 'undefined' ? null : document;
    pageDocument?.addEventListener('visibilitychange', onPageChange);
    this.#detachPageEvents = () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', onPageChange);
      pageDocument?.removeEventListener('visibilitychange', onPageChange);
    };
  }

  #stopWatching(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    this.#detachPageEvents?.();
    this.#detachPageEvents = null;
  }
}

const storages = new Map<CooldownPersistence, SafeCooldownStorage>();
const stores = new Map<CooldownPersistence, Map<string, SharedCooldownStore>>();

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
  if (typeof window === 'undefined') {
    return new SharedCooldownStore(key, resolveCooldownStorage(persistence), options);
  }
  watchPageLifecycle();
  let storage = storages.get(persistence);
  if (storage === undefined) {
    storage = resolveCooldownStorage(persistence);
    storages.set(persistence, storage);
  }
  let byKey = stores.get(persistence);
  if (byKey === undefined) {
    byKey = new Map();
    stores.set(persistence, byKey);
  }
  const existing = byKey.get(key);
  if (existing !== undefined) {
    existing.configure(options);
    return existing;
  }
  const store = new SharedCooldownStore(key, storage, options);
  byKey.set(key, store);
  return store;
}

/**
 * For tests: forgets every store in the page registry (stopping their timers and listeners) and every in-memory
 * state, as if the page had been reloaded. Persisted storage is left alone.
 */
export function clearCooldownStores(): void {
  for (const byKey of stores.values()) {
    for (const store of byKey.values()) store.dispose();
  }
  stores.clear();
  storages.clear();
}
