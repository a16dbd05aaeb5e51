import type { CooldownPolicy } from '../CooldownPolicy';
import { waitAfterRateLimit, waitAfterSend } from '../computeCooldownWait';
import { type CooldownRecord, cooldownCountLimit, type SendLease } from './CooldownRecord';

/** How long a claimed send keeps other tabs from sending: longer than the default client timeout of 15 s. */
export const sendLeaseMs = 20_000;

/** Whether the record's wait still runs at `now`. */
export function isWaitRunning(record: CooldownRecord, now: number): boolean {
  return record.endsAt !== null && record.endsAt > now;
}

/**
 * Whether a lease keeps other tabs from sending at `now`. A lease that ends further ahead than a lease lasts was
 * taken before the clock moved back; it still counts (its request may be on its way) until its owner releases it,
 * which every claim does when it ends.
 */
export function isLeaseLive(lease: SendLease | null, now: number): lease is SendLease {
  return lease !== null && lease.until > now;
}

/** Something that happened to a key's cooldown; `at` is when (epoch ms, no later than now). */
export type CooldownEvent =
  /** A code was sent (by this package, or by sign-up through `markSent`). */
  | { type: 'sent'; at: number }
  /** Cognito answered with a rate limit instead of sending, perhaps with its own hint of how long to wait. */
  | { type: 'rate-limited'; at: number; retryAfterMs?: number }
  /** A tab claimed the right to send: other tabs wait until the lease ends or is released. */
  | { type: 'lease-taken'; at: number; ownerId: string }
  /** The claim `ownerId` ended; another claim's lease stays. */
  | { type: 'lease-released'; ownerId: string };

/** Whether a streak that last grew at `since` still runs at `at`. */
export function isStreakRunning(policy: CooldownPolicy, since: number | null, at: number): boolean {
  return since !== null && at - since < policy.streakResetMs;
}

// Counts stop at the limit the reader accepts, so a record this store writes is always one it can read.
function nextCount(count: number): number {
  return Math.min(count + 1, cooldownCountLimit);
}

// A running wait is never shortened: a new one only moves the end later.
function laterEnd(endsAt: number | null, candidate: number): number {
  return endsAt === null ? candidate : Math.max(endsAt, candidate);
}

/**
 * The record after `event` under `policy`: the only place a cooldown record changes. Pure, so every rule can be
 * checked on its own.
 */
export function transitionCooldownRecord(
  record: CooldownRecord,
  event: CooldownEvent,
  policy: CooldownPolicy,
): CooldownRecord {
  switch (event.type) {
    case 'sent': {
      const streak = isStreakRunning(policy, record.lastSentAt, event.at) ? record.sendCount : 0;
      const sendCount = nextCount(streak);
      return {
        ...record,
        sendCount,
        lastSentAt: Math.max(record.lastSentAt ?? event.at, event.at),
        // A code went out, so the rate limits are over.
        rateLimitCount: 0,
        lastRateLimitedAt: null,
        endsAt: laterEnd(record.endsAt, event.at + waitAfterSend(policy, sendCount)),
      };
    }
    case 'rate-limited': {
      const streak = isStreakRunning(policy, record.lastRateLimitedAt, event.at) ? record.rateLimitCount : 0;
      const rateLimitCount = nextCount(streak);
      return {
        ...record,
        rateLimitCount,
        lastRateLimitedAt: event.at,
        endsAt: laterEnd(
          record.endsAt,
          event.at + waitAfterRateLimit(policy, rateLimitCount, event.retryAfterMs),
        ),
      };
    }
    case 'lease-taken':
      return { ...record, lease: { ownerId: event.ownerId, until: event.at + sendLeaseMs } };
    case 'lease-released':
      if (record.lease?.ownerId !== event.ownerId) return record;
      return { ...record, lease: null };
  }
}
