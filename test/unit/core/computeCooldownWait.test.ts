import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCooldownPolicy } from '../../../src/core/CooldownPolicy';
import {
  computeCooldownWait,
  longestCooldownWait,
  resolveCooldownPolicy,
} from '../../../src/core/computeCooldownWait';

describe('computeCooldownWait', () => {
  it('waits 30 s after the first send, then twice as long for each further send, up to 5 minutes', () => {
    const waits = [1, 2, 3, 4, 5, 6, 50, 10_000].map((streak) => computeCooldownWait(undefined, { streak }));
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000, 300_000]);
  });

  it('waits 10 minutes after a rate limit, doubling for each consecutive one up to an hour', () => {
    const waits = [1, 2, 3, 4, 5, 1_000].map((rateLimitCount) =>
      computeCooldownWait(undefined, { streak: 1, rateLimited: true, rateLimitCount }),
    );
    expect(waits).toEqual([600_000, 1_200_000, 2_400_000, 3_600_000, 3_600_000, 3_600_000]);
  });

  it("respects the server's retry-after hint when it is longer than the policy's wait", () => {
    expect(computeCooldownWait(undefined, { streak: 1, rateLimited: true, retryAfterMs: 900_000 })).toBe(
      900_000,
    );
    expect(computeCooldownWait(undefined, { streak: 1, rateLimited: true, retryAfterMs: 5_000 })).toBe(
      600_000,
    );
  });

  it('never lets a bogus retry-after hint lock the user out for longer than the policy allows', () => {
    expect(computeCooldownWait(undefined, { streak: 1, rateLimited: true, retryAfterMs: 86_400_000 })).toBe(
      3_600_000,
    );
    for (const retryAfterMs of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(computeCooldownWait(undefined, { streak: 1, rateLimited: true, retryAfterMs })).toBe(600_000);
    }
  });

  it('ignores the retry-after hint after an ordinary send', () => {
    expect(computeCooldownWait(undefined, { streak: 1, retryAfterMs: 900_000 })).toBe(30_000);
  });

  it('applies a partial policy over the defaults', () => {
    const policy = { baseWaitMs: 10_000, growthFactor: 3 };
    expect(computeCooldownWait(policy, { streak: 1 })).toBe(10_000);
    expect(computeCooldownWait(policy, { streak: 2 })).toBe(30_000);
    expect(computeCooldownWait(policy, { streak: 3 })).toBe(90_000);
    expect(computeCooldownWait(policy, { streak: 4 })).toBe(270_000);
    expect(computeCooldownWait(policy, { streak: 5 })).toBe(300_000);
  });

  it('keeps the defaults for settings that make no sense', () => {
    const nonsense = {
      baseWaitMs: -1,
      growthFactor: 0.5,
      maxWaitMs: Number.NaN,
      streakResetMs: Number.POSITIVE_INFINITY,
      rateLimitedWaitMs: '600' as unknown as number,
      maxRateLimitedWaitMs: Number.NEGATIVE_INFINITY,
    };
    expect(resolveCooldownPolicy(nonsense)).toEqual(defaultCooldownPolicy);
    expect(resolveCooldownPolicy(null)).toEqual(defaultCooldownPolicy);
    expect(resolveCooldownPolicy({ growthFactor: Number.NaN }).growthFactor).toBe(2);
  });

  it('allows turning the wait off with zero', () => {
    expect(computeCooldownWait({ baseWaitMs: 0 }, { streak: 1 })).toBe(0);
    expect(computeCooldownWait({ baseWaitMs: 0 }, { streak: 5_000 })).toBe(0);
    expect(computeCooldownWait({ rateLimitedWaitMs: 0 }, { streak: 1, rateLimited: true })).toBe(0);
  });

  it('treats a missing or nonsensical streak as the first send', () => {
    for (const streak of [0, -3, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(computeCooldownWait(undefined, { streak })).toBe(30_000);
    }
  });

  it('never exceeds the longest wait the policy allows, whatever the input', () => {
    const setting = fc.oneof(fc.double(), fc.integer({ min: -10, max: 10_000_000 }), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.record(
          {
            baseWaitMs: setting,
            growthFactor: setting,
            maxWaitMs: setting,
            streakResetMs: setting,
            rateLimitedWaitMs: setting,
            maxRateLimitedWaitMs: setting,
          },
          { requiredKeys: [] },
        ),
        fc.record({
          streak: fc.oneof(fc.double(), fc.integer()),
          rateLimited: fc.boolean(),
          rateLimitCount: fc.oneof(fc.double(), fc.integer()),
          retryAfterMs: fc.oneof(fc.double(), fc.integer()),
        }),
        (policy, input) => {
          const wait = computeCooldownWait(policy as never, input);
          expect(Number.isInteger(wait)).toBe(true);
          expect(wait).toBeGreaterThanOrEqual(0);
          expect(wait).toBeLessThanOrEqual(longestCooldownWait(resolveCooldownPolicy(policy as never)));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
