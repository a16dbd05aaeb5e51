import type { SendClaim } from '../CooldownStore';
import type { CooldownRecord } from './CooldownRecord';
import type { CooldownEvent } from './transitionCooldownRecord';
import { isWaitRunning, sendLeaseMs } from './transitionCooldownRecord';

/**
 * Where a claim stands. `claimed`: the lease is taken and the claim waits for the cross-tab lock (or, without Web
 * Locks, for its lease to prove its own); `sending`: confirmed, the request may be on its way; `refused`: another
 * tab sends (or has sent) instead, nothing was sent here; `settled`: the answer came.
 */
export type SendClaimPhase = 'claimed' | 'sending' | 'refused' | 'settled';

/** What a claim needs from its store. */
export interface SendClaimHost {
  /** The store's clock. */
  now(): number;
  /** The record as stored now. */
  read(): CooldownRecord;
  /** Applies events to the stored record, in order, in one write. */
  apply(events: CooldownEvent[]): void;
  /**
   * The cross-tab lock, where the browser has Web Locks: `takeHeld` hands over a lock the page holds already (taken
   * on press) and says whether it did; `acquire` asks for it, waiting behind other tabs unless `ifAvailable`;
   * `release` lets it go.
   */
  lock: {
    takeHeld(): boolean;
    acquire(options?: { ifAvailable?: boolean }): Promise<boolean>;
    release(): void;
  } | null;
  /** Calls `listener` when another tab writes this key (its storage event arrives); returns the function that stops. */
  onOtherTabWrite(listener: () => void): () => void;
  /** The hand-over note as this page sees it now (`handOverNoteKey`). */
  readHandOverNote(): string | null;
  /** Whether the page is unloading, so a failure may be a request cut off after it reached Cognito. */
  isUnloading(): boolean;
  /**
   * Calls `listener` on `pagehide`, and until stopped lets `isUnloading` see a navigation that started; returns the
   * function that stops both.
   */
  onPageHide(listener: () => void): () => void;
  /** The claim ended (refused or settled): the store forgets it; the write that follows shows the new state. */
  onEnd(): void;
}

/**
 * How long a write takes to reach every tab, with room to spare. Without Web Locks a claim waits this long before it
 * reads its lease back: two tabs that claimed at the same moment then both see the same last writer, and only that
 * one sends. With Web Locks a claim that ended holds the lock this much longer: storage events and lock grants
 * travel separately, so its last write (its wait) must reach the other tabs before the next holder reads it.
 */
export const leaseSettleMs = 50;

/**
 * How long a claim that got the lock only after another tab let it go waits at most for that tab's hand-over note
 * (written after everything else it wrote): the lock can come first, on a busy machine by more than
 * `leaseSettleMs`. A tab that unloads writes no note; its lock goes with the page.
 */
export const handOverWaitMs = 500;

/** A {@link SendClaim} with its phase, for the store. */
export interface StoreSendClaim extends SendClaim {
  readonly phase: SendClaimPhase;
}

function randomOwnerId(): string {
  // Not a secret, only distinct between claims: Math.random works in insecure contexts, where the fallback without
  // Web Locks runs (crypto.randomUUID does not).
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

// A time the caller gives for the send is used when it is a real time no later than now.
function sentAtOrNow(sentAt: number | undefined, now: number): number {
  return typeof sentAt === 'number' && Number.isFinite(sentAt) && sentAt <= now ? sentAt : now;
}

/**
 * Claims the right to send for one key: takes the lease now (so other tabs show `sending` and claim nothing), then
 * `confirm` decides under the cross-tab lock whether this tab sends. Exactly one of `succeeded`, `rateLimited` and
 * `failed` settles it; `pagehide` settles it too (a request on its way counts as sent, a claim still waiting lets go).
 */
export function createSendClaim(host: SendClaimHost): StoreSendClaim {
  return new PhasedSendClaim(host);
}

/** A send claim as a small state machine: its phase changes only in `decide`, `refuse` and `settle`. */
class PhasedSendClaim implements StoreSendClaim {
  phase: SendClaimPhase = 'claimed';
  readonly #ownerId = randomOwnerId();
  #confirmation: Promise<boolean> | null = null;
  // The timer `confirm` waits on (the lease settling, or the longest wait for the lock); cleared when the claim ends.
  #confirmTimer: ReturnType<typeof setTimeout> | undefined;
  // Ends the wait of a `confirm` still waiting when the claim ends (it then decides nothing).
  #answerUnconfirmed = (): void => {};
  // When the request was allowed to start: a request cut off by an unload counts as a code sent then.
  #startedAt: number;
  readonly #stopWatchingPage: () => void;
  readonly #host: SendClaimHost;

  constructor(host: SendClaimHost) {
    this.#host = host;
    this.#startedAt = host.now();
    this.#stopWatchingPage = host.onPageHide(() => {
      if (this.phase === 'sending') this.#settle([{ type: 'sent', at: this.#startedAt }]);
      else this.#refuse();
    });
    // Taken last, once everything that can end the claim is in place.
    host.apply([{ type: 'lease-taken', at: this.#startedAt, ownerId: this.#ownerId }]);
  }

  confirm = (): Promise<boolean> => {
    const { lock } = this.#host;
    if (this.#confirmation) return this.#confirmation;
    if (this.phase !== 'claimed') this.#confirmation = Promise.resolve(false);
    else if (lock) this.#confirmation = this.#confirmWithLock(lock);
    else this.#confirmation = this.#confirmWithoutLock();
    return this.#confirmation;
  };

  succeeded = (sentAt?: number): void => {
    this.#settle([{ type: 'sent', at: sentAtOrNow(sentAt, this.#host.now()) }]);
  };

  rateLimited = (retryAfterMs?: number): void => {
    this.#settle([{ type: 'rate-limited', at: this.#host.now(), retryAfterMs }]);
  };

  failed = (): void => {
    // An unloading page cancels the request still on its way, which then fails although Cognito may already have
    // sent the code: count it as sent, so the reloaded page (or another tab) waits instead of sending a second one.
    if (this.#host.isUnloading() && this.phase === 'sending')
      this.#settle([{ type: 'sent', at: this.#startedAt }]);
    else this.#settle([]);
  };

  async #confirmWithLock(lock: NonNullable<SendClaimHost['lock']>): Promise<boolean> {
    // A lock taken on press is this claim's at once, so the request starts in the click's own task.
    if (lock.takeHeld()) return this.#decide(true);
    // Another tab may hold the lock for as long as its request takes; give up after a lease's length.
    this.#confirmTimer = setTimeout(() => this.#refuse(), sendLeaseMs);
    const noteBeforeWaiting = this.#host.readHandOverNote();
    let granted = await lock.acquire({ ifAvailable: true });
    const waitedInLine = !granted && this.phase === 'claimed';
    if (waitedInLine) granted = await lock.acquire();
    clearTimeout(this.#confirmTimer);
    if (!granted) return this.#refuse();
    // Another tab held the lock: decide once its hand-over note, its last write, has arrived.
    if (waitedInLine)
      await this.#pause(handOverWaitMs, () => this.#host.readHandOverNote() !== noteBeforeWaiting);
    return this.#decide(true);
  }

  async #confirmWithoutLock(): Promise<boolean> {
    await this.#pause(leaseSettleMs, () => false);
    return this.#decide(false);
  }

  // Waits until `arrived()` (checked now and at each write of another tab), at most `ms`, or until the claim ends.
  #pause(ms: number, arrived: () => boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      if (arrived()) {
        resolve();
        return;
      }
      const done = (): void => {
        clearTimeout(this.#confirmTimer);
        stopListening();
        resolve();
      };
      const stopListening = this.#host.onOtherTabWrite(() => {
        if (arrived()) done();
      });
      this.#confirmTimer = setTimeout(done, ms);
      this.#answerUnconfirmed = done;
    });
  }

  #waitRuns(): boolean {
    return isWaitRunning(this.#host.read(), this.#host.now());
  }

  // Decides once the claim may: sends unless it ended meanwhile, another tab's wait started, or (without Web Locks)
  // another tab's lease replaced this one.
  #decide(holdsLock: boolean): boolean {
    if (this.phase !== 'claimed') return false;
    const record = this.#host.read();
    const now = this.#host.now();
    const waitRuns = this.#waitRuns();
    // Without the lock the lease decides: this claim's, or none (a tab that went away released it over a copy
    // that did not have this claim's yet). Another claim's lease means that tab wrote last and sends.
    const { lease } = record;
    const leaseAllowsSending = holdsLock || lease === null || lease.ownerId === this.#ownerId;
    if (waitRuns || !leaseAllowsSending) return this.#refuse();
    this.phase = 'sending';
    this.#startedAt = now;
    // The lease starts again from now: waiting for the lock may have used some of it, or another tab's claim, which
    // will find this one's wait once it gets the lock, may have replaced it.
    this.#host.apply([{ type: 'lease-taken', at: now, ownerId: this.#ownerId }]);
    return true;
  }

  #refuse(): false {
    if (this.phase === 'claimed') {
      this.phase = 'refused';
      this.#end([]);
    }
    return false;
  }

  #settle(events: CooldownEvent[]): void {
    if (this.phase === 'claimed' || this.phase === 'sending') {
      this.phase = 'settled';
      this.#end(events);
    }
  }

  #end(events: CooldownEvent[]): void {
    this.#stopWatchingPage();
    clearTimeout(this.#confirmTimer);
    this.#answerUnconfirmed();
    // Forgotten first, so the one write below shows the end state at once.
    this.#host.onEnd();
    this.#host.apply([...events, { type: 'lease-released', ownerId: this.#ownerId }]);
    this.#host.lock?.release();
  }
}
