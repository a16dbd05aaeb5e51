import type { CooldownPolicy } from './CooldownPolicy';

/** What a cooldown looks like right now. */
export type CooldownStatus = 'ready' | 'sending' | 'cooldown';

/** An immutable view of one key's cooldown; a new object only when something visible changed. */
export interface CooldownSnapshot {
  /** `ready`: a resend may go out; `sending`: one is in flight (in any tab); `cooldown`: waiting until `endsAt`. */
  status: CooldownStatus;
  /** When the wait ends (epoch ms), or `null` when none runs. */
  endsAt: number | null;
  /** `ceil((endsAt - now) / 1000)`, 0 when no wait runs. */
  secondsLeft: number;
  /**
   * Codes sent for this key in the current streak (the sign-up's own code included when `markSent` recorded it);
   * back to 0 once `streakResetMs` passed without a send.
   */
  sendCount: number;
  /** Consecutive rate-limit answers; back to 0 after a successful send or `streakResetMs` without a rate limit. */
  rateLimitCount: number;
  /** When the last code of the current streak was sent (epoch ms); `null` once the streak is over or before any. */
  lastSentAt: number | null;
}

/** Storage the cooldown can persist in: `localStorage`, `sessionStorage` or anything with the same three methods. */
export interface CooldownStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where to persist cooldowns: a Web Storage name, `'memory'`, or a storage-like object. */
export type CooldownPersistence = 'localStorage' | 'sessionStorage' | 'memory' | CooldownStorage;

/** The code flows a cooldown can guard; each has cooldowns of its own. */
export type CooldownOperation = 'resend-confirmation-code';

/** The parts the cooldown key is derived from; only a hash of them is ever stored. */
export interface CooldownKeyParts {
  /**
   * The code flow.
   * @default 'resend-confirmation-code'
   */
  operation?: CooldownOperation;
  userPoolId: string;
  clientId: string;
  username: string;
}

/** Options for {@link getCooldownStore}. */
export interface CooldownStoreOptions {
  /** Policy overrides; unspecified fields keep {@link defaultCooldownPolicy}. */
  policy?: Partial<CooldownPolicy>;
  /**
   * Where the cooldown persists. A storage that throws or holds garbage degrades to memory.
   * @default 'localStorage'
   */
  persistence?: CooldownPersistence;
  /** The clock, for tests. @default Date.now */
  now?: () => number;
}

/** A claim on the right to send, returned by {@link CooldownStore.tryBeginSend}. */
export interface SendClaim {
  /**
   * Decides whether this tab sends: under the cross-tab lock (Web Locks, waiting behind a tab that holds it) it
   * re-reads the storage, so two tabs that claimed at the same moment send once. Without Web Locks it reads its
   * lease back after other tabs' writes had time to arrive. Resolves `false` when another tab sends or sent
   * instead; the claim is then released already and settling it does nothing.
   */
  confirm(): Promise<boolean>;
  /** The send succeeded at `sentAt`: start the policy's wait. */
  succeeded(sentAt?: number): void;
  /** Cognito answered with a rate limit: start the longer wait (at least `retryAfterMs` when given). */
  rateLimited(retryAfterMs?: number): void;
  /**
   * The send failed otherwise: release the claim without a wait so the user can try again. A failure while the page
   * unloads (which cancels the request, perhaps after it reached Cognito) counts as a send made when the request
   * started instead.
   */
  failed(): void;
}

/**
 * A deadline-based cooldown for one (pool, client, username), shared by every subscriber in the page and
 * followed by other tabs. Ready for `useSyncExternalStore`.
 */
export interface CooldownStore {
  /** The storage key: `rcr:` plus a hash, never the username or client id. */
  readonly key: string;
  /** Registers a listener for snapshot changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot (a cached object, stable until something visible changes). */
  getSnapshot(): CooldownSnapshot;
  /** The snapshot used during server rendering: always ready, since the server cannot read the browser's storage. */
  getServerSnapshot(): CooldownSnapshot;
  /**
   * Claims the right to send now, synchronously: `null` (and nothing changes) while a send is in flight or a
   * wait runs, in this tab or another. The claim must be settled exactly once.
   */
  tryBeginSend(): SendClaim | null;
  /**
   * Records a code sent elsewhere (e.g. by `signUp`) at `sentAt`, starting its wait. Idempotent: a time at or before
   * the last send the store knows, or inside the wait it knows, is that same send and changes nothing.
   */
  markSent(sentAt: number): void;
  /** Forgets this key's cooldown and counts (e.g. after the user confirmed). */
  reset(): void;
  /** Re-reads the clock and storage now (also done on visibilitychange, pageshow and storage events). */
  refresh(): void;
  /**
   * Takes the cross-tab lock ahead of a likely send (call it on pointerdown or keydown), so that a claim made within
   * a second confirms at once and the request starts in the click's own task. Does nothing without Web Locks, or
   * while a send or a wait runs; a claim refused meanwhile lets the lock go at once.
   */
  prepareSend(): void;
}
