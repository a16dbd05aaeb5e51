import type { CooldownPolicy } from '../CooldownPolicy';
import type { CooldownStore } from '../CooldownStore';
import { resolveCooldownPolicy } from '../computeCooldownWait';
import type { CooldownRecord } from './CooldownRecord';
import { cooldownSnapshotOf, nextCooldownChangeIn, readyCooldownSnapshot } from './cooldownSnapshotOf';
import { createClaimLock } from './createClaimLock';
import { createCooldownPublisher } from './createCooldownPublisher';
import { createCooldownRecordKeeper } from './createCooldownRecordKeeper';
import type { CooldownStorageAdapter } from './createCooldownStorage';
import type { CrossTabLock } from './createCrossTabLock';
import { createSendClaim, type SendClaimHost, type StoreSendClaim } from './createSendClaim';
import { handOverNoteKey, sendLeaseKey } from './parseSendLease';
import { type CooldownEvent, isLeaseLive, isWaitRunning } from './transitionCooldownRecord';
import type { PageLifecycle } from './watchPageLifecycle';

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
 * One key's cooldown store, composed of named parts: the record keeper (the one place that writes), the claim lock,
 * the send claim, the publisher and the page's events. It holds no state of its own but the page's send claim. See
 * `getCooldownStore` for the rules it keeps.
 */
export function createCooldownStore(parts: CooldownStoreParts): OwnedCooldownStore {
  const { key, storage } = parts;
  const records = createCooldownRecordKeeper(storage, key);
  const noteKey = handOverNoteKey(key);
  const lock = parts.lock && createClaimLock(parts.lock, () => storage.write(noteKey, randomNote()));
  let policy = resolveCooldownPolicy();
  let clock: (() => number) | undefined;
  let claim: StoreSendClaim | null = null;

  // Date.now is looked up on every call, so a clock replaced after the store was created (fake timers) is honoured.
  const now = (): number => (clock ?? Date.now)();
  const read = (at: number): CooldownRecord => records.read(at, policy);
  const publish = (at: number): void => {
    const record = records.known;
    const snapshot = cooldownSnapshotOf(record, { now: at, sending: claim !== null, policy });
    publisher.publish(snapshot, nextCooldownChangeIn(record, at));
  };
  const refresh = (): void => {
    const at = now();
    read(at);
    publish(at);
  };
  const apply = (events: CooldownEvent[]): void => {
    const at = now();
    records.apply(events, at, policy);
    publish(at);
  };

  const publisher = createCooldownPublisher(refresh, () => watchOtherTabsAndPage(parts, refresh));

  const beginClaim = (): StoreSendClaim => {
    const newClaim = createSendClaim({
      ...pageForClaims(parts),
      now,
      read: () => read(now()),
      apply,
      lock,
      onEnd: () => {
        if (claim === newClaim) claim = null;
      },
    });
    return newClaim;
  };

  const store: CooldownStore = {
    key,
    subscribe(listener) {
      const unsubscribe = publisher.subscribe(listener);
      // Nothing kept the snapshot fresh while nobody listened.
      refresh();
      return unsubscribe;
    },
    getSnapshot() {
      // Subscribed, the timer and page events keep the snapshot fresh and it must stay stable between
      // notifications; unsubscribed, nothing does, so measure now.
      if (!publisher.subscribed) refresh();
      return publisher.snapshot;
    },
    getServerSnapshot: () => readyCooldownSnapshot,
    refresh,
    reset() {
      records.reset();
      publish(now());
    },
    prepareSend() {
      const at = now();
      if (lock && claim === null && !isBusy(read(at), at)) lock.prepare();
    },
    markSent(sentAt) {
      const at = now();
      if (isNewSend(read(at), sentAt, at)) apply([{ type: 'sent', at: Math.min(sentAt, at) }]);
      else publish(at);
    },
    tryBeginSend() {
      const at = now();
      if (claim === null && mayClaim(read(at), at, lock?.heldForPress ?? false)) {
        claim = beginClaim();
        publish(at);
        return claim;
      }
      // A press in this tab must not keep the tab that is sending from its lock.
      if (claim === null) lock?.releasePrepared();
      publish(at);
      return null;
    },
  };

  return {
    store,
    configure(options) {
      policy = resolveCooldownPolicy(options.policy);
      clock = options.now;
    },
    dispose() {
      publisher.clear();
      // A lock this page holds would stay held for a store that no longer exists, refusing the next one's claim.
      lock?.releaseNow();
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

/**
 * Whether a click may claim the send: no wait runs, and no other tab's lease is live. A tab that holds the lock since
 * the press sends anyway: another tab's lease is then a claim waiting in line behind it, which will find this tab's
 * wait.
 */
function mayClaim(record: CooldownRecord, at: number, heldForPress: boolean): boolean {
  return heldForPress ? !isWaitRunning(record, at) : !isBusy(record, at);
}

/** Whether a send may not start now: another tab's lease is live or a wait runs. */
function isBusy(record: CooldownRecord, at: number): boolean {
  return isLeaseLive(record.lease, at) || isWaitRunning(record, at);
}

/**
 * Follows what can change a store's snapshot from outside: another tab's write of this key's record, lease or
 * hand-over note, and the page's lifecycle. Returns the function that stops following.
 */
function watchOtherTabsAndPage(parts: CooldownStoreParts, refresh: () => void): () => void {
  const { key, storage, storageEvents, lifecycle } = parts;
  const ourKeys = new Set([key, sendLeaseKey(key), handOverNoteKey(key)]);
  const onStorage = (event: Event): void => {
    const { key: changedKey, storageArea } = event as StorageEvent;
    // `key` is null when another tab cleared the whole storage.
    const ours = changedKey === null || ourKeys.has(changedKey);
    if (ours && storageArea === storage.sharedArea) {
      // Another tab's write reached the shared storage, so it is the truth again, even while this tab's fail.
      storage.recover();
      refresh();
    }
  };
  storageEvents?.addEventListener('storage', onStorage);
  const stopLifecycle = lifecycle?.subscribe(refresh);
  return () => {
    storageEvents?.removeEventListener('storage', onStorage);
    stopLifecycle?.();
  };
}

/** What a send claim learns of the page: whether it unloads, when it hides, and when another tab writes. */
function pageForClaims(
  parts: CooldownStoreParts,
): Pick<SendClaimHost, 'isUnloading' | 'onPageHide' | 'onOtherTabWrite' | 'readHandOverNote'> {
  const { lifecycle } = parts;
  return {
    isUnloading: () => lifecycle?.isUnloading() ?? false,
    onPageHide(listener) {
      if (!lifecycle) return () => {};
      // A claim also follows the start of a navigation, after which Firefox cancels its request (isUnloading).
      const stopFollowingNavigation = lifecycle.followNavigationStart();
      const stopListening = lifecycle.subscribe((event) => event === 'pagehide' && listener());
      return () => {
        stopListening();
        stopFollowingNavigation();
      };
    },
    onOtherTabWrite: (listener) => watchOtherTabsAndPage({ ...parts, lifecycle: null }, listener),
    readHandOverNote: () => parts.storage.read(handOverNoteKey(parts.key)),
  };
}

// A value no other release wrote: not a secret, only new.
function randomNote(): string {
  return Math.random().toString(36).slice(2, 10);
}
