import type { CooldownPolicy } from '../CooldownPolicy';
import type { CooldownSnapshot, CooldownStatus } from '../CooldownStore';
import type { CooldownRecord } from './CooldownRecord';
import { isLeaseLive, isStreakRunning, isWaitRunning, sendLeaseMs } from './transitionCooldownRecord';

/** The snapshot of a key nothing runs for; also what a server renders. */
export const readyCooldownSnapshot: CooldownSnapshot = Object.freeze({
  status: 'ready',
  endsAt: null,
  secondsLeft: 0,
  sendCount: 0,
  rateLimitCount: 0,
  lastSentAt: null,
});

/** What a snapshot is read at: the time, whether this page's own claim is unsettled, and the policy. */
export interface SnapshotContext {
  now: number;
  sending: boolean;
  policy: CooldownPolicy;
}

/** What a record shows at a moment: the one derivation of every visible field. */
export function cooldownSnapshotOf(record: CooldownRecord, context: SnapshotContext): CooldownSnapshot {
  const { now, policy } = context;
  const waitRuns = isWaitRunning(record, now);
  const leaseLive = isLeaseLive(record.lease, now);
  const sendStreakRuns = isStreakRunning(policy, record.lastSentAt, now);
  let status: CooldownStatus = 'ready';
  if (context.sending || leaseLive) status = 'sending';
  else if (waitRuns) status = 'cooldown';
  return Object.freeze({
    status,
    endsAt: waitRuns ? record.endsAt : null,
    secondsLeft: waitRuns ? Math.ceil((record.endsAt! - now) / 1000) : 0,
    sendCount: sendStreakRuns ? record.sendCount : 0,
    lastSentAt: sendStreakRuns ? record.lastSentAt : null,
    rateLimitCount: isStreakRunning(policy, record.lastRateLimitedAt, now) ? record.rateLimitCount : 0,
  });
}

/**
 * In how many milliseconds what a record shows changes by itself: when `ceil((endsAt - now) / 1000)` drops by one,
 * or when a lease ends. Rounding up never wakes early, so an early wake-up cannot spin. `null` when nothing will.
 */
export function nextCooldownChangeIn(record: CooldownRecord, now: number): number | null {
  const candidates: number[] = [];
  if (isWaitRunning(record, now)) candidates.push((record.endsAt! - now) % 1000 || 1000);
  // A lease further ahead than a lease lasts (a clock moved back) is looked at again when a lease would have ended.
  if (isLeaseLive(record.lease, now)) candidates.push(Math.min(record.lease.until - now, sendLeaseMs));
  if (candidates.length === 0) return null;
  return Math.ceil(Math.min(...candidates));
}
