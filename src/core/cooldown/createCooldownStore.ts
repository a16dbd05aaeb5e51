import type { CooldownPolicy } from '../CooldownPolicy';
import type { CooldownSnapshot, CooldownStore } from '../CooldownStore';
import { longestCooldownWait, resolveCooldownPolicy } from '../computeCooldownWait';
import {
  type CooldownRecord,
  emptyCooldownRecord,
  isEmptyCooldownRecord,
  sameCooldownRecord,
} from './CooldownRecord';
import { cooldownSnapshotOf, readyCooldownSnapshot } from './cooldownSnapshotOf';
import type { CooldownStorageAdapter } from './createCooldownStorage';
import type { CrossTabLock } from './createCrossTabLock';
import { createSendClaim, leaseSettleMs, type StoreSendClaim } from './createSendClaim';
import { parseCooldownRecord } from './parseCooldownRecord';
import { parseSendLease, sendLeaseKey, serializeSendLease } from './parseSendLease';
import { reconcileCooldownRecord } from './reconcileCooldownRecord';
import { serializeCooldownRecord } from './serializeCooldownRecord';
import {
  type CooldownEvent,
  isLeaseLive,
  sendLeaseMs,
  transitionCooldownRecord,
} from './transitionCooldownRecord';
import type { PageLifecycle } from './watchPageLifecycle';

/**
 * How long a lock taken on press (`prepareSend`) waits for the click that usually follows: longer than a slow press,
 * short enough that a press that never became a click keeps another tab waiting for about a second at most.
 */
export const preparedLockMs = 1_000;

/** How far ahead of now a send time from `markSent` may lie (a host clock a little off); a later one is ignored. */
export const markSentToleranceMs = 60_000;

/** Everything a store is made of; `getCooldownStore` builds it from the page, tests from stand-ins. */
export interface CooldownStoreParts {
  /** The storage key, also the lock's name. */
  key: string;
  storage: CooldownStorageAdapter;
  /** The cross-tab lock, or `null` without Web Locks: tabs then coordinate through their leases alone. */
  lock: CrossTabLock | null;
  /** The page's lifecycle, or `null` on a server. */
  lifecycle: PageLifecycle | null;
  /** Where `storage` events of other tabs arrive (`window`), or `null` on a server. */
  storageEvents: EventTarget | null;
}

/** A store with what only its owner may do: apply the latest options, and stop it for good. */
export interface OwnedCooldownStore {
  store: CooldownStore;
  configure(options: { policy?: Partial<CooldownPolicy>; now?: () => number }): void;
  dispose(): void;
}

/**
 * One key's cooldown store. It holds no state of its own but the page's send claim and the last record it could
 * read: every operation reads the storage, changes the record through `transitionCooldownRecord`, and writes it in
 * one place (`apply`). See `getCooldownStore` for the rules it keeps.
 */
export function createCooldownStore(parts: CooldownStoreParts): OwnedCooldownStore {
  const { key, storage, lock, lifecycle, storageEvents } = parts;
  const leaseKey = sendLeaseKey(key);
  let policy = resolveCooldownPolicy();
  let clock: (() => number) | undefined;
  // The last record this page could read or wrote: a record it cannot read (garbage, another format) never wipes it.
  let known: CooldownRecord = emptyCooldownRecord;
  // A newer version's record is never overwritten: this page then keeps its state in memory.
  let newerFormatStored = false;
  let claim: StoreSendClaim | null = null;
  // Why this page holds (or asks for) the lock: a press waiting for its click, the claim, or a claim that ended and
  // hands the lock over a little later.
  let lockHolder: 'prepared' | 'claim' | 'handing-over' | null = null;
  // Ends a press's hold, or a hand-over.
  let lockTimer: ReturnType<typeof setTimeout> | undefined;
  let snapshot: CooldownSnapshot = readyCooldownSnapshot;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  let stopListening: (() => void) | null = null;

  // Date.now is looked up on every call, so a clock replaced after the store was created (fake timers) is honoured.
  const now = (): number => (clock ?? Date.now)();

  const read = (at: number): CooldownRecord => {
    const bounds = { now: at, longestWaitMs: longestCooldownWait(policy) };
    const reconciled = reconcileCooldownRecord(parseCooldownRecord(storage.read(key), bounds), known, bounds);
    newerFormatStored = reconciled.newerFormatStored;
    if (reconciled.repair) storage.write(key, serializeCooldownRecord(reconciled.record));
    known = { ...reconciled.record, lease: parseSendLease(storage.read(leaseKey)) };
    return known;
  };

  const publish = (at: number): void => {
    const next = cooldownSnapshotOf(known, { now: at, sending: claim !== null, policy });
    clearTimeout(timer);
    const delayMs = nextChangeIn(known, at);
    if (listeners.size > 0 && delayMs !== null) timer = setTimeout(sync, delayMs);
    // A new object only when a field changed, so useSyncExternalStore re-renders only then.
    if (!sameSnapshot(next, snapshot)) {
      snapshot = next;
      for (const listener of [...listeners]) listener();
    }
  };

  const sync = (): void => {
    const at = now();
    read(at);
    publish(at);
  };

  // The one place that writes: the freshest record, changed by `events`.
  const apply = (events: CooldownEvent[]): void => {
    const at = now();
    const stored = read(at);
    let record = stored;
    for (const event of events) record = transitionCooldownRecord(record, event, policy);
    known = record;
    // Only what changed is written: a write from a tab that has not heard of another's yet would undo it. Over a
    // newer version's record the page keeps its wait in memory only.
    if (!sameCooldownRecord(record, stored) && !newerFormatStored) {
      storage.write(key, isEmptyCooldownRecord(record) ? null : serializeCooldownRecord(record));
    }
    if (record.lease !== stored.lease)
      storage.write(leaseKey, record.lease && serializeSendLease(record.lease));
    publish(at);
  };

  const releaseLock = (): void => {
    clearTimeout(lockTimer);
    lockHolder = null;
    lock?.release();
  };

  const releasePreparedLock = (): void => {
    if (lockHolder === 'prepared') releaseLock();
  };

  const claimLock = lock && {
    takeHeld: (): boolean => {
      clearTimeout(lockTimer);
      lockHolder = 'claim';
      return lock.state === 'held';
    },
    acquire: (): Promise<boolean> => {
      clearTimeout(lockTimer);
      lockHolder = 'claim';
      return lock.acquire();
    },
    release: (): void => {
      if (lock.state !== 'held') {
        releaseLock();
        return;
      }
      // Held a little longer than the claim: storage events and lock grants travel separately, so the claim's last
      // write must reach every tab before the next holder reads the storage. A claim of this page may take it over.
      lockHolder = 'handing-over';
      clearTimeout(lockTimer);
      lockTimer = setTimeout(releaseLock, leaseSettleMs);
    },
  };

  const onStorage = (event: Event): void => {
    const { key: changedKey, storageArea } = event as StorageEvent;
    // `key` is null when another tab cleared the whole storage.
    const ours = changedKey === null || changedKey === key || changedKey === leaseKey;
    if (ours && storageArea === storage.sharedArea) {
      storage.recover();
      sync();
    }
  };

  const startListening = (): void => {
    storageEvents?.addEventListener('storage', onStorage);
    const stopLifecycle = lifecycle?.subscribe(sync);
    stopListening = () => {
      storageEvents?.removeEventListener('storage', onStorage);
      stopLifecycle?.();
    };
  };

  const stop = (): void => {
    clearTimeout(timer);
    stopListening?.();
    stopListening = null;
  };

  const store: CooldownStore = {
    key,
    subscribe(listener) {
      // Its own entry, so the same function subscribed twice counts twice.
      const entry = (): void => listener();
      if (listeners.size === 0) startListening();
      listeners.add(entry);
      // Nothing kept the snapshot fresh while nobody listened.
      sync();
      return () => {
        if (listeners.delete(entry) && listeners.size === 0) stop();
      };
    },
    getSnapshot() {
      // Subscribed, the timer and page events keep the snapshot fresh and it must stay stable between
      // notifications; unsubscribed, nothing does, so measure now.
      if (listeners.size === 0) sync();
      return snapshot;
    },
    getServerSnapshot: () => readyCooldownSnapshot,
    refresh: sync,
    reset: () => {
      known = emptyCooldownRecord;
      if (!newerFormatStored) storage.write(key, null);
      storage.write(leaseKey, null);
      publish(now());
    },
    prepareSend() {
      if (lock?.state !== 'idle' || claim) return;
      const at = now();
      if (isBusy(read(at), at)) return;
      lockHolder = 'prepared';
      lock.acquire({ ifAvailable: true }).then((granted) => {
        // Unless a claim took the request over meanwhile; refused, the next press may ask again.
        if (granted && lockHolder === 'prepared') lockTimer = setTimeout(releasePreparedLock, preparedLockMs);
        if (!granted && lockHolder === 'prepared') lockHolder = null;
      });
    },
    markSent(sentAt) {
      const at = now();
      const record = read(at);
      if (isNewSend(record, sentAt, at)) apply([{ type: 'sent', at: Math.min(sentAt, at) }]);
      else publish(at);
    },
    tryBeginSend() {
      const at = now();
      if (claim || isBusy(read(at), at)) {
        // A press in this tab must not keep the tab that is sending from its lock.
        if (!claim) releasePreparedLock();
        publish(at);
        return null;
      }
      const newClaim = createSendClaim({
        now,
        read: () => read(now()),
        apply,
        lock: claimLock,
        isUnloading: () => lifecycle?.isUnloading() ?? false,
        onPageHide: (listener) =>
          lifecycle?.subscribe((event) => event === 'pagehide' && listener()) ?? (() => {}),
        onEnd: () => {
          if (claim === newClaim) claim = null;
        },
      });
      claim = newClaim;
      publish(at);
      return newClaim;
    },
  };

  return {
    store,
    configure(options) {
      policy = resolveCooldownPolicy(options.policy);
      clock = options.now;
    },
    dispose() {
      listeners.clear();
      stop();
      // A lock this page holds would stay held for a store that no longer exists, refusing the next one's claim.
      releaseLock();
    },
  };
}

/**
 * Whether a code sent at `sentAt` (from `markSent`) is one the record does not know yet. A time at or before the last
 * known send, or inside the wait the record knows, is the same send again (an inline `lastSentAt={Date.now()}` on
 * every mount); a time that is not a number or lies well in the future cannot be told from a repeat and is ignored.
 */
function isNewSend(record: CooldownRecord, sentAt: number, at: number): boolean {
  if (!Number.isFinite(sentAt) || sentAt > at + markSentToleranceMs) return false;
  if (record.lastSentAt !== null && sentAt <= record.lastSentAt) return false;
  if (record.endsAt !== null && sentAt < record.endsAt) return false;
  return true;
}

/** Whether a send may not start now: another tab's lease is live or a wait runs. */
function isBusy(record: CooldownRecord, at: number): boolean {
  const leaseLive = isLeaseLive(record.lease, at);
  const waitRuns = record.endsAt !== null && record.endsAt > at;
  return leaseLive || waitRuns;
}

// When the display changes next: when `ceil((endsAt - now) / 1000)` drops by one, or when a lease ends. Rounding up
// never wakes early, so an early wake-up cannot spin. `null` when nothing will change by itself.
function nextChangeIn(record: CooldownRecord, at: number): number | null {
  const candidates: number[] = [];
  if (record.endsAt !== null && record.endsAt > at) candidates.push((record.endsAt - at) % 1000 || 1000);
  // A lease further ahead than a lease lasts (a clock moved back) is looked at again when a lease would have ended.
  if (isLeaseLive(record.lease, at)) candidates.push(Math.min(record.lease.until - at, sendLeaseMs));
  if (candidates.length === 0) return null;
  return Math.ceil(Math.min(...candidates));
}

function sameSnapshot(first: CooldownSnapshot, second: CooldownSnapshot): boolean {
  return (
    first.status === second.status &&
    first.endsAt === second.endsAt &&
    first.secondsLeft === second.secondsLeft &&
    first.sendCount === second.sendCount &&
    first.rateLimitCount === second.rateLimitCount &&
    first.lastSentAt === second.lastSentAt
  );
}
