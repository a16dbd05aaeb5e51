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

/**
 * A resolved policy as its values in the order of {@link defaultCooldownPolicy}'s fields: `[baseWaitMs, growthFactor,
 * maxWaitMs, streakResetMs, rateLimitedWaitMs, maxRateLimitedWaitMs]`. Reading fields by position keeps their names
 * out of the bundle.
 */
export type CooldownPolicyValues = [
  baseWaitMs: number,
  growthFactor: number,
  maxWaitMs: number,
  streakResetMs: number,
  rateLimitedWaitMs: number,
  maxRateLimitedWaitMs: number,
];

/**
 * Merges policy overrides over {@link defaultCooldownPolicy}, as {@link CooldownPolicyValues}. A field that is not a
 * finite, non-negative number (or, for `growthFactor`, a finite number of at least 1) keeps its default, so a bad
 * setting can neither remove the cooldown by accident nor lock a user out forever.
 */
export function resolveCooldownPolicyValues(
  overrides?: Partial<CooldownPolicy> | null,
): CooldownPolicyValues {
  return Object.entries(defaultCooldownPolicy).map(([field, fallback], index) => {
    const value = (overrides as Record<string, unknown> | null | undefined)?.[field] as number;
    // The second field, growthFactor, must not shrink the wait; the others must not be negative.
    return Number.isFinite(value) && value >= +(index === 1) ? value : fallback;
  }) as CooldownPolicyValues;
}

/** Merges policy overrides over {@link defaultCooldownPolicy}, as {@link resolveCooldownPolicyValues} does. */
export function resolveCooldownPolicy(overrides?: Partial<CooldownPolicy> | null): CooldownPolicy {
  const values = resolveCooldownPolicyValues(overrides);
  return Object.fromEntries(
    Object.keys(defaultCooldownPolicy).map((field, index) => [field, values[index]]),
  ) as unknown as CooldownPolicy;
}

/**
 * The longest wait a policy can produce, whatever happened before: the cooldown store reads a stored deadline further
 * ahead than this as garbage.
 */
export function longestCooldownWait(policy?: Partial<CooldownPolicy> | null): number {
  return longestWaitOf(resolveCooldownPolicyValues(policy));
}

/**
 * {@link longestCooldownWait} of a policy resolved already.
 * @internal
 */
export function longestWaitOf([, , maxWaitMs, , , maxRateLimitedWaitMs]: CooldownPolicyValues): number {
  return Math.ceil(Math.max(maxWaitMs, maxRateLimitedWaitMs));
}

/**
 * The wait after the `count`-th send of a streak or, when `rateLimited`, the `count`-th consecutive rate limit, under
 * a policy from {@link resolveCooldownPolicyValues}; `count` is a whole number of at least 1.
 */
export function cooldownWaitAfter(
  policy: CooldownPolicyValues,
  count: number,
  rateLimited?: boolean,
  retryAfterMs?: number,
): number {
  const [baseWaitMs, growthFactor, maxWaitMs, , rateLimitedWaitMs, maxRateLimitedWaitMs] = policy;
  // Very long streaks overflow to Infinity; the cap is the answer then. A zero start turns the wait off (0 * Infinity
  // would be NaN).
  const grow = (startMs: number, factor: number, capMs: number): number =>
    startMs && Math.min(startMs * factor ** (count - 1), capMs);
  return Math.ceil(
    rateLimited
      ? Math.max(
          // Each further consecutive rate limit doubles the wait; the policy caps it, so this needs no setting.
          grow(rateLimitedWaitMs, 2, maxRateLimitedWaitMs),
          // The hint is capped too, so a bogus one cannot lock the user out for days; NaN and Infinity are ignored.
          (retryAfterMs as number) < Infinity ? Math.min(retryAfterMs as number, maxRateLimitedWaitMs) : 0,
        )
      : grow(baseWaitMs, growthFactor, maxWaitMs),
  );
}

function toCount(value: unknown): number {
  return Number.isFinite(value) && (value as number) >= 1 ? Math.floor(value as number) : 1;
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
  const values = resolveCooldownPolicyValues(policy);
  return input.rateLimited === true
    ? cooldownWaitAfter(values, toCount(input.rateLimitCount), true, input.retryAfterMs)
    : cooldownWaitAfter(values, toCount(input.streak));
}
