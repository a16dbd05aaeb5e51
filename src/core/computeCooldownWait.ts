import { type CooldownPolicy, defaultCooldownPolicy } from './CooldownPolicy';

/** What a wait is computed from: the send (or rate-limit answer) that just happened. */
export interface CooldownWaitInput {
  /** Sends in the current streak, the one just made included (1 for the first send). */
  streak: number;
  /** Whether Cognito answered with LimitExceeded or TooManyRequests instead of sending a code. */
  rateLimited?: boolean;
  /**
   * Consecutive rate-limit answers, the one just received included; read only when `rateLimited`.
   * @default 1
   */
  rateLimitCount?: number;
  /** The server's own hint after a rate limit; honoured when longer than the policy's wait, up to its maximum. */
  retryAfterMs?: number;
}

// Each further consecutive rate limit doubles the wait; the policy caps it, so this needs no setting.
const rateLimitGrowthFactor = 2;

function isSetting(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Merges policy overrides over {@link defaultCooldownPolicy}. A field that is not a finite, non-negative number (or,
 * for `growthFactor`, a finite number of at least 1) keeps its default, so a bad setting can neither remove the
 * cooldown by accident nor lock a user out forever.
 */
export function resolveCooldownPolicy(overrides?: Partial<CooldownPolicy> | null): CooldownPolicy {
  const policy: CooldownPolicy = { ...defaultCooldownPolicy };
  if (!overrides) return policy;
  for (const field of Object.keys(policy) as (keyof CooldownPolicy)[]) {
    const value = overrides[field];
    // A growth factor below 1 would shrink the wait with each send; every other field is a duration.
    const lowest = field === 'growthFactor' ? 1 : 0;
    if (isSetting(value) && value >= lowest) policy[field] = value;
  }
  return policy;
}

/**
 * The longest wait a resolved policy can produce, whatever happened before: the cooldown store clamps a stored
 * deadline further ahead than this.
 */
export function longestCooldownWait(policy: CooldownPolicy): number {
  return Math.ceil(Math.max(policy.maxWaitMs, policy.maxRateLimitedWaitMs));
}

// `startMs * factor^(count - 1)`, capped. Very long streaks overflow to Infinity, and the cap is the answer then; a
// zero start turns the wait off (0 * Infinity would be NaN).
function grownWait(startMs: number, factor: number, count: number, capMs: number): number {
  if (startMs === 0) return 0;
  return Math.min(startMs * factor ** (count - 1), capMs);
}

/** The wait after the `streak`-th send of a streak (a whole number of at least 1), under a resolved policy. */
export function waitAfterSend(policy: CooldownPolicy, streak: number): number {
  return Math.ceil(grownWait(policy.baseWaitMs, policy.growthFactor, streak, policy.maxWaitMs));
}

/**
 * The wait after the `count`-th consecutive rate-limit answer (a whole number of at least 1), under a resolved
 * policy: the policy's wait, or the server's hint when that is longer, both capped at `maxRateLimitedWaitMs` so a
 * bogus hint cannot lock the user out for days.
 */
export function waitAfterRateLimit(policy: CooldownPolicy, count: number, retryAfterMs?: number): number {
  const { rateLimitedWaitMs, maxRateLimitedWaitMs } = policy;
  const policyWaitMs = grownWait(rateLimitedWaitMs, rateLimitGrowthFactor, count, maxRateLimitedWaitMs);
  // NaN, Infinity and negative hints are ignored.
  const hintMs =
    isSetting(retryAfterMs) && retryAfterMs > 0 ? Math.min(retryAfterMs, maxRateLimitedWaitMs) : 0;
  return Math.ceil(Math.max(policyWaitMs, hintMs));
}

// A count from outside: a whole number of at least 1, anything else counts as the first.
function toCount(value: unknown): number {
  return isSetting(value) && value >= 1 ? Math.floor(value) : 1;
}

/**
 * The wait in milliseconds after a send or a rate-limit answer. After a send it is
 * `baseWaitMs * growthFactor^(streak - 1)` capped at `maxWaitMs`; after a rate limit it is
 * `rateLimitedWaitMs * 2^(rateLimitCount - 1)` capped at `maxRateLimitedWaitMs`, or `retryAfterMs` when that is longer
 * (still capped, so a bogus hint cannot lock the user out for days). Partial or nonsensical policies are resolved
 * with {@link resolveCooldownPolicy}; the result is always a finite whole number of milliseconds.
 */
export function computeCooldownWait(
  policy: Partial<CooldownPolicy> | null | undefined,
  input: CooldownWaitInput,
): number {
  const resolved = resolveCooldownPolicy(policy);
  if (input.rateLimited === true) {
    return waitAfterRateLimit(resolved, toCount(input.rateLimitCount), input.retryAfterMs);
  }
  return waitAfterSend(resolved, toCount(input.streak));
}
