import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import type { CooldownPolicy } from '../../../src/core/CooldownPolicy';
import type {
  CooldownSnapshot,
  CooldownStorage,
  CooldownStore,
  SendClaim,
} from '../../../src/core/CooldownStore';
import { longestCooldownWait, resolveCooldownPolicy } from '../../../src/core/computeCooldownWait';
import type { StoreSendClaim } from '../../../src/core/cooldown/createSendClaim';
import { clearCooldownStores, getCooldownStore } from '../../../src/core/getCooldownStore';
import { hashCooldownKey } from '../../../src/core/hashCooldownKey';
import { installLocks, type LocksMode, removeLocks } from '../support/installLocks';

const parts = {
  userPoolId: 'eu-west-1_AbCdEf123',
  clientId: '1example23456789',
  username: 'alice@example.com',
};
const key = hashCooldownKey(parts);
const statuses = new Set(['ready', 'sending', 'cooldown']);
const numRuns = 10_000;

function check(condition: boolean, message: string, snapshot?: CooldownSnapshot): void {
  if (!condition) throw new Error(`${message}: ${JSON.stringify(snapshot)}`);
}

function checkShape(snapshot: CooldownSnapshot): void {
  check(snapshot !== null && typeof snapshot === 'object', 'a snapshot', snapshot);
  check(statuses.has(snapshot.status), 'a known status', snapshot);
  check(Number.isInteger(snapshot.secondsLeft) && snapshot.secondsLeft >= 0, 'whole seconds left', snapshot);
  check(
    snapshot.endsAt === null || Number.isFinite(snapshot.endsAt),
    'no deadline or a finite one',
    snapshot,
  );
  check(Number.isSafeInteger(snapshot.sendCount) && snapshot.sendCount >= 0, 'a send count', snapshot);
  check(Number.isSafeInteger(snapshot.rateLimitCount) && snapshot.rateLimitCount >= 0, 'a count', snapshot);
  if (snapshot.endsAt === null) {
    check(snapshot.secondsLeft === 0, 'no seconds without a deadline', snapshot);
    check(snapshot.status !== 'cooldown', 'no cooldown without a deadline', snapshot);
  } else {
    check(snapshot.secondsLeft >= 1, 'seconds left while a deadline runs', snapshot);
  }
}

// After a refresh the snapshot must match the clock exactly.
function checkAgainstClock(snapshot: CooldownSnapshot, now: number, policy: Partial<CooldownPolicy>): void {
  checkShape(snapshot);
  if (snapshot.endsAt === null) return;
  check(snapshot.endsAt > now, 'a running deadline', snapshot);
  check(
    snapshot.secondsLeft === Math.ceil((snapshot.endsAt - now) / 1000),
    'seconds match the clock',
    snapshot,
  );
  check(
    snapshot.endsAt - now <= longestCooldownWait(resolveCooldownPolicy(policy)),
    'no deadline beyond what the policy allows',
    snapshot,
  );
}

const anyJsonText = fc
  .anything({ maxDepth: 2, maxKeys: 4 })
  .map((value) => JSON.stringify(value) ?? 'undefined');

type Fragment = { relative: number } | { raw: string };

const fragment: fc.Arbitrary<Fragment> = fc.oneof(
  fc.integer({ min: -8_000_000, max: 8_000_000 }).map((relative) => ({ relative })),
  fc.integer({ min: -3, max: 40 }).map((count) => ({ raw: String(count) })),
  fc.double().map((value) => ({ raw: Number.isFinite(value) ? String(value) : 'null' })),
  fc.constantFrom('null', '"1"', 'true', '[]', '{}', '1e999', '-1e999', '-0', '0.5').map((raw) => ({ raw })),
  anyJsonText.map((raw) => ({ raw })),
);

// A stored record is `{ format, sendCount, rateLimitCount, endsAt, lastSentAt, lastRateLimitedAt }`, given here as
// the format and the field values in that order; missing fields read as empty.
const recordShape = fc.tuple(
  fc.oneof(fc.constant<Fragment>({ raw: '2' }), fragment),
  fc.array(fragment, { maxLength: 8 }),
);

type StoredText = { text: string } | { record: [Fragment, Fragment[]] };

// Records of the shape this package writes (times may still lie out of range), so that many runs start while a
// wait or a lease runs rather than from an empty record.
const count = fc.nat(40).map((value): Fragment => ({ raw: String(value) }));
const moment = fc.oneof(
  fc.constant<Fragment>({ raw: 'null' }),
  fc.integer({ min: -4_000_000, max: 4_000_000 }).map((relative): Fragment => ({ relative })),
);
const writtenRecord = fc
  .tuple(count, count, moment, moment, moment, moment)
  .map((fields): [Fragment, Fragment[]] => [{ raw: '2' }, fields]);

const storedText: fc.Arbitrary<StoredText> = fc.oneof(
  anyJsonText.map((text) => ({ text })),
  fc.string({ maxLength: 40 }).map((text) => ({ text })),
  recordShape.map((record) => ({ record })),
  writtenRecord.map((record) => ({ record })),
);

const recordFields = ['sendCount', 'rateLimitCount', 'endsAt', 'lastSentAt', 'lastRateLimitedAt'] as const;

function render(stored: StoredText, now: number): string {
  if ('text' in stored) return stored.text;
  const [format, fields] = stored.record;
  const json = (value: Fragment): string => ('relative' in value ? String(now + value.relative) : value.raw);
  const entries = [`"format":${json(format)}`];
  recordFields.forEach((name, index) => {
    const value = fields[index];
    if (value !== undefined) entries.push(`"${name}":${json(value)}`);
  });
  return `{${entries.join(',')}}`;
}

const setting = fc.oneof(
  fc.integer({ min: 0, max: 4_000_000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, -1, Number.POSITIVE_INFINITY, 0),
);

const policyOverrides: fc.Arbitrary<Partial<CooldownPolicy>> = fc.record(
  {
    baseWaitMs: setting,
    growthFactor: fc.oneof(setting, fc.double({ min: 1, max: 4, noNaN: true })),
    maxWaitMs: setting,
    streakResetMs: setting,
    rateLimitedWaitMs: setting,
    maxRateLimitedWaitMs: setting,
  },
  { requiredKeys: [] },
);

const time = fc.oneof(
  fc.integer({ min: -4_000_000, max: 100_000 }).map((relative) => ({ relative })),
  fc
    .constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)
    .map((absolute) => ({ absolute })),
);

const operation = fc.oneof(
  fc.record({
    type: fc.constant('jump' as const),
    ms: fc.oneof(fc.integer({ min: -7_200_000, max: 7_200_000 }), fc.integer({ min: -1_500, max: 1_500 })),
  }),
  fc.record({ type: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 700_000 }) }),
  fc.record({ type: fc.constant('begin' as const) }),
  fc.record({ type: fc.constant('succeed' as const), claim: fc.nat(3), sentAt: fc.option(time) }),
  fc.record({
    type: fc.constant('rateLimit' as const),
    claim: fc.nat(3),
    retryAfterMs: fc.option(fc.oneof(fc.integer({ min: -1, max: 7_200_000 }), fc.double())),
  }),
  fc.record({ type: fc.constant('fail' as const), claim: fc.nat(3) }),
  fc.record({ type: fc.constant('confirm' as const), claim: fc.nat(3) }),
  fc.record({ type: fc.constant('markSent' as const), sentAt: time }),
  fc.record({ type: fc.constant('reset' as const) }),
  fc.record({ type: fc.constant('refresh' as const) }),
  fc.record({ type: fc.constant('subscribe' as const) }),
  fc.record({ type: fc.constant('unsubscribe' as const) }),
  fc.record({ type: fc.constant('otherTabWrites' as const), stored: storedText }),
  fc.record({ type: fc.constant('pageShown' as const) }),
  fc.record({ type: fc.constant('reconfigure' as const), policy: policyOverrides }),
  fc.record({ type: fc.constant('reload' as const) }),
);

const brokenness = fc.record({
  failAfterCalls: fc.option(fc.nat(30), { freq: 2 }),
  writesOnly: fc.boolean(),
});

interface TestStorage extends CooldownStorage {
  map: Map<string, string>;
}

function createStorage(
  initial: string | null,
  broken: { failAfterCalls: number | null; writesOnly: boolean },
) {
  const map = new Map<string, string>();
  if (initial !== null) map.set(key, initial);
  let calls = 0;
  const guard = (write: boolean): void => {
    calls += 1;
    if (broken.failAfterCalls !== null && calls > broken.failAfterCalls && (write || !broken.writesOnly)) {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }
  };
  const storage: TestStorage = {
    map,
    getItem(name) {
      guard(false);
      return map.get(name) ?? null;
    },
    setItem(name, value) {
      guard(true);
      map.set(name, value);
    },
    removeItem(name) {
      guard(true);
      map.delete(name);
    },
  };
  return storage;
}

function resolveTime(value: { relative: number } | { absolute: number }, now: number): number {
  return 'relative' in value ? now + value.relative : value.absolute;
}

beforeAll(() => {
  vi.useFakeTimers();
});

afterAll(() => {
  clearCooldownStores();
  removeLocks();
  vi.useRealTimers();
});

// Thousands of cases a property: a few seconds alone, longer while the other core runs another file and an install.
// The time limit is there to catch a hang, not to measure speed.
describe('the cooldown store under arbitrary input', { timeout: 60_000 }, () => {
  it('never throws and always gives a sound snapshot, whatever the storage holds', () => {
    fc.assert(
      fc.property(
        storedText,
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        brokenness,
        fc.boolean(),
        fc.constantFrom('succeed', 'rateLimit', 'fail') as fc.Arbitrary<'succeed' | 'rateLimit' | 'fail'>,
        (stored, start, broken, subscribed, outcome) => {
          clearCooldownStores();
          vi.clearAllTimers();
          const now = start;
          const storage = createStorage(render(stored, now), broken);
          const store = getCooldownStore(parts, { persistence: storage, now: () => now });
          const unsubscribe = subscribed ? store.subscribe(() => {}) : () => {};
          checkAgainstClock(store.getSnapshot(), now, {});
          const claim = store.tryBeginSend();
          checkShape(store.getSnapshot());
          if (claim !== null) {
            check(store.getSnapshot().status === 'sending', 'sending after a claim');
            if (outcome === 'succeed') claim.succeeded();
            else if (outcome === 'rateLimit') claim.rateLimited();
            else claim.failed();
            checkAgainstClock(store.getSnapshot(), now, {});
            if (outcome !== 'fail') check(store.getSnapshot().status === 'cooldown', 'cooling after a send');
          }
          check(vi.getTimerCount() <= (subscribed ? 1 : 0), 'at most one timer, none unsubscribed');
          unsubscribe();
          check(vi.getTimerCount() === 0, 'no timer after the last unsubscribe');
        },
      ),
      { numRuns },
    );
  });

  it('never throws and always shows the truth, whatever the clock and the order of operations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.option(storedText, { freq: 3 }),
        brokenness,
        fc.constantFrom<LocksMode | 'held-by-another-tab'>('none', 'available', 'held-by-another-tab'),
        fc.array(operation, { maxLength: 25 }),
        (start, initial, broken, locks, operations) => {
          clearCooldownStores();
          vi.clearAllTimers();
          const installed = installLocks(locks === 'none' ? 'none' : 'available');
          if (locks === 'held-by-another-tab') installed.holdInAnotherTab(key);
          let now = start;
          let policy: Partial<CooldownPolicy> = {};
          const clock = () => now;
          const storage = createStorage(initial === null ? null : render(initial, now), broken);
          let store: CooldownStore = getCooldownStore(parts, { persistence: storage, now: clock });
          const claims: SendClaim[] = [];
          // A claim asked to confirm may wait on a timer of its own (for the lock, or for its lease to settle).
          const confirmed = new Set<SendClaim>();
          const timersAllowed = (): number =>
            (unsubscribes.length > 0 ? 1 : 0) +
            [...confirmed].filter((claim) => (claim as StoreSendClaim).phase === 'claimed').length;
          const unsubscribes: (() => void)[] = [];

          for (const step of operations) {
            const pick = (index: number): SendClaim | undefined => claims[index % Math.max(1, claims.length)];
            switch (step.type) {
              case 'jump':
                now += step.ms;
                break;
              case 'advance':
                now += step.ms;
                vi.advanceTimersByTime(step.ms);
                break;
              case 'begin': {
                const claim = store.tryBeginSend();
                if (claim !== null) claims.push(claim);
                break;
              }
              case 'succeed':
                pick(step.claim)?.succeeded(step.sentAt === null ? undefined : resolveTime(step.sentAt, now));
                break;
              case 'rateLimit':
                pick(step.claim)?.rateLimited(step.retryAfterMs ?? undefined);
                break;
              case 'fail':
                pick(step.claim)?.failed();
                break;
              case 'confirm': {
                const claim = pick(step.claim);
                if (claim) {
                  confirmed.add(claim);
                  void claim.confirm();
                }
                break;
              }
              case 'markSent':
                store.markSent(resolveTime(step.sentAt, now));
                break;
              case 'reset':
                store.reset();
                break;
              case 'refresh':
                store.refresh();
                break;
              case 'subscribe':
                unsubscribes.push(store.subscribe(() => checkShape(store.getSnapshot())));
                break;
              case 'unsubscribe':
                unsubscribes.pop()?.();
                break;
              case 'otherTabWrites':
                storage.map.set(key, render(step.stored, now));
                window.dispatchEvent(
                  new StorageEvent('storage', { key, newValue: storage.map.get(key) ?? null }),
                );
                break;
              case 'pageShown':
                document.dispatchEvent(new Event('visibilitychange'));
                window.dispatchEvent(new Event('pageshow'));
                break;
              case 'reconfigure':
                policy = step.policy;
                store = getCooldownStore(parts, { persistence: storage, now: clock, policy });
                break;
              case 'reload':
                clearCooldownStores();
                unsubscribes.length = 0;
                store = getCooldownStore(parts, { persistence: storage, now: clock, policy });
                break;
            }
            checkShape(store.getSnapshot());
            check(vi.getTimerCount() <= timersAllowed(), 'at most one timer, none unsubscribed');
            store.refresh();
            checkAgainstClock(store.getSnapshot(), now, policy);
          }
          for (const unsubscribe of unsubscribes) unsubscribe();
          unsubscribes.length = 0;
          check(vi.getTimerCount() <= timersAllowed(), 'no timer after the last unsubscribe');
        },
      ),
      { numRuns },
    );
  });
});
