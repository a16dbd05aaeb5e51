import type { CooldownSnapshot } from '../CooldownStore';
import { readyCooldownSnapshot } from './cooldownSnapshotOf';

/** What a store's subscribers see, and the one timer that keeps it fresh while anyone listens. */
export interface CooldownPublisher {
  /** The last published snapshot: the same object until something visible changes. */
  readonly snapshot: CooldownSnapshot;
  /** Whether anyone listens. */
  readonly subscribed: boolean;
  /** Adds a listener; the first one starts the page watch, the last one to leave stops it. */
  subscribe(listener: () => void): () => void;
  /** Shows `next` (notifying only when a field changed) and wakes `refresh` after `nextChangeInMs`. */
  publish(next: CooldownSnapshot, nextChangeInMs: number | null): void;
  /** Drops every listener and the timer, and stops the page watch. */
  clear(): void;
}

/**
 * The subscribe side of a cooldown store, for `useSyncExternalStore`: one timer per key however many subscribers,
 * and none while nobody listens. `startWatching` begins following the page (storage and lifecycle events) and returns
 * the function that stops it; `refresh` re-reads when the timer fires.
 */
export function createCooldownPublisher(
  refresh: () => void,
  startWatching: () => () => void,
): CooldownPublisher {
  const listeners = new Set<() => void>();
  let snapshot: CooldownSnapshot = readyCooldownSnapshot;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopWatching: (() => void) | null = null;

  const stop = (): void => {
    clearTimeout(timer);
    stopWatching?.();
    stopWatching = null;
  };

  return {
    get snapshot() {
      return snapshot;
    },
    get subscribed() {
      return listeners.size > 0;
    },
    subscribe(listener) {
      // Its own entry, so the same function subscribed twice counts twice.
      const entry = (): void => listener();
      if (listeners.size === 0) stopWatching = startWatching();
      listeners.add(entry);
      return () => {
        if (listeners.delete(entry) && listeners.size === 0) stop();
      };
    },
    publish(next, nextChangeInMs) {
      clearTimeout(timer);
      if (listeners.size > 0 && nextChangeInMs !== null) timer = setTimeout(refresh, nextChangeInMs);
      // A new object only when a field changed, so useSyncExternalStore re-renders only then.
      if (!sameSnapshot(next, snapshot)) {
        snapshot = next;
        for (const listener of [...listeners]) listener();
      }
    },
    clear() {
      listeners.clear();
      stop();
    },
  };
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
