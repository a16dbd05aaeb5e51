import type { CrossTabLock } from './createCrossTabLock';
import { leaseSettleMs } from './createSendClaim';

/**
 * How long a lock taken on press (`prepare`) waits for the click that usually follows: longer than a slow press,
 * short enough that a press that never became a click keeps another tab waiting for about a second at most.
 */
export const preparedLockMs = 1_000;

/** The cross-tab lock as a store uses it: taken on press, handed to a claim, handed over after it. */
export interface ClaimLock {
  /**
   * Takes the lock ahead of a likely click (without waiting behind another tab), unless the page holds or asks for it
   * already; it goes after `preparedLockMs`.
   */
  prepare(): void;
  /** Hands a lock this page holds to a claim; says whether it held one. */
  takeHeld(): boolean;
  /** Asks for the lock for a claim, waiting behind other tabs (unless `ifAvailable`). */
  acquire(options?: { ifAvailable?: boolean }): Promise<boolean>;
  /** The claim ended: the lock goes `leaseSettleMs` later, so its last write reaches every tab first. */
  release(): void;
  /** A refused click lets a press's lock go at once, so the tab that sends is not kept from it. */
  releasePrepared(): void;
  /** Lets the lock go now, whoever held it (the store is disposed). */
  releaseNow(): void;
  /** Whether this page holds the lock for a press: no other tab can be sending, whatever leases say. */
  readonly heldForPress: boolean;
}

/**
 * Tracks why the page holds the lock: a press waiting for its click, a claim, or a claim that ended and hands the
 * lock over a little later. Storage events and lock grants travel separately, so a claim that ended keeps the lock
 * `leaseSettleMs` longer: its last write (its wait) reaches every tab before the next holder reads the storage. A
 * claim of this page may take it over meanwhile. `beforeRelease` runs right before this page lets a held lock go (the
 * store writes its hand-over note then).
 */
export function createClaimLock(lock: CrossTabLock, beforeRelease: () => void): ClaimLock {
  let holder: 'prepared' | 'claim' | 'handing-over' | null = null;
  // Ends a press's hold, or a hand-over.
  let timer: ReturnType<typeof setTimeout> | undefined;

  const releaseNow = (): void => {
    clearTimeout(timer);
    holder = null;
    // The hand-over note goes last, so a tab that gets the lock next knows when this tab's writes have arrived.
    if (lock.state === 'held') beforeRelease();
    lock.release();
  };
  const releasePrepared = (): void => {
    if (holder === 'prepared') releaseNow();
  };
  const takeForClaim = (): void => {
    clearTimeout(timer);
    holder = 'claim';
  };

  return {
    get heldForPress() {
      return holder === 'prepared' && lock.state === 'held';
    },
    prepare() {
      // A lock this page still hands over after its last claim is kept for the press instead.
      if (holder === 'handing-over') {
        clearTimeout(timer);
        holder = 'prepared';
        timer = setTimeout(releasePrepared, preparedLockMs);
        return;
      }
      if (lock.state !== 'idle') return;
      holder = 'prepared';
      lock.acquire({ ifAvailable: true }).then((granted) => {
        // Unless a claim took the request over meanwhile; refused, the next press may ask again.
        if (holder !== 'prepared') return;
        if (granted) timer = setTimeout(releasePrepared, preparedLockMs);
        else holder = null;
      });
    },
    takeHeld() {
      takeForClaim();
      return lock.state === 'held';
    },
    acquire(options) {
      takeForClaim();
      return lock.acquire(options);
    },
    release() {
      if (lock.state !== 'held') {
        releaseNow();
        return;
      }
      holder = 'handing-over';
      clearTimeout(timer);
      timer = setTimeout(releaseNow, leaseSettleMs);
    },
    releasePrepared,
    releaseNow,
  };
}
