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

type DurationField = Exclude<keyof CooldownPolicy, 'growthFactor'>;

const durationFields: readonly DurationField[] = [
  'baseWaitMs',
  'maxWaitMs',
  'streakResetMs',
  'rateLimitedWaitMs',
  'maxRateLimitedWaitMs',
];

// Each further consecutive rate limit doubles the wait; the policy caps it, so this needs no setting of its own.
const rateLimitGrowthFactor = 2;

function isUsableDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Merges policy overrides over {@link defaultCooldownPolicy}. A field that is not a finite, non-negative number
 * (or, for `growthFactor`, a finite number of at least 1) keeps its default, so a bad setting can neither remove the
 * cooldown by accident nor lock a user out forever.
 */
export function resolveCooldownPolicy(overrides?: Partial<CooldownPolicy> | null): CooldownPolicy {
  const policy: CooldownPolicy = { ...defaultCooldownPolicy };
  if (overrides === null || typeof overrides !== 'object') return policy;
  for (const field of durationFields) {
    const value = overrides[field];
    if (isUsableDuration(value)) policy[field] = value;
  }
  const growthFactor = overrides.growthFactor;
  if (typeof growthFactor === 'number' && Number.isFinite(growthFactor) && growthFactor >= 1) {
    policy.growthFactor = growthFactor;
  }
  return policy;
}

/** The longest wait a policy can produce, whatever happened before (used to reject absurd stored deadlines). */
export function longestCooldownWait(policy?: Partial<CooldownPolicy> | null): number {
  const resolved = resolveCooldownPolicy(policy);
  return Math.ceil(Math.max(resolved.maxWaitMs, resolved.maxRateLimitedWaitMs));
}

function toCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

function grow(startMs: number, factor: number, steps: number, capMs: number): number {
  if (startMs <= 0) return 0;
  // Very long streaks overflow to Infinity; the cap is the answer then.
  const grown = startMs * factor ** steps;
  return Number.isFinite(grown) ? Math.min(grown, capMs) : capMs;
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
  if (input.rateLimited !== true) {
    const streak = toCount(input.streak);
    return Math.ceil(grow(resolved.baseWaitMs, resolved.growthFactor, streak - 1, resolved.maxWaitMs));
  }
  const rateLimitCount = toCount(input.rateLimitCount);
  const escalated = grow(
    resolved.rateLimitedWaitMs,
    rateLimitGrowthFactor,
    rateLimitCount - 1,
    resolved.maxRateLimitedWaitMs,
  );
  const hint = isUsableDuration(input.retryAfterMs)
    ? Math.min(input.retryAfterMs, resolved.maxRateLimitedWaitMs)
    : 0;
  return Math.ceil(Math.max(escalated, hint));
}
