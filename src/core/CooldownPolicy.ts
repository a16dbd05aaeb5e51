/**
 * How long to wait between resends. Each send starts a wait of `baseWaitMs * growthFactor^(streak - 1)`, capped
 * at `maxWaitMs`, where the streak counts sends less than `streakResetMs` apart. A rate-limit answer from Cognito
 * starts `rateLimitedWaitMs` instead, doubling on each consecutive rate limit up to `maxRateLimitedWaitMs`.
 */
export interface CooldownPolicy {
  /**
   * Wait after the first send.
   * @default 30000
   */
  baseWaitMs: number;
  /**
   * Factor applied to the wait for each further send in a streak.
   * @default 2
   */
  growthFactor: number;
  /**
   * Longest wait after an ordinary send.
   * @default 300000
   */
  maxWaitMs: number;
  /**
   * Quiet time after which the streak starts over.
   * @default 3600000
   */
  streakResetMs: number;
  /**
   * Wait after LimitExceeded or TooManyRequests (or the server's own hint, when longer).
   * @default 600000
   */
  rateLimitedWaitMs: number;
  /**
   * Longest wait after repeated rate limits.
   * @default 3600000
   */
  maxRateLimitedWaitMs: number;
}

/** The documented defaults: 30 s, then 60 s, 120 s, 240 s, capped at 5 min; 10 min after a rate limit, up to 1 h. */
export const defaultCooldownPolicy: Readonly<CooldownPolicy> = Object.freeze({
  baseWaitMs: 30_000,
  growthFactor: 2,
  maxWaitMs: 300_000,
  streakResetMs: 3_600_000,
  rateLimitedWaitMs: 600_000,
  maxRateLimitedWaitMs: 3_600_000,
});
