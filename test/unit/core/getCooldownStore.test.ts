import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CooldownSnapshot, CooldownStorage, CooldownStore } from '../../../src/core/CooldownStore';
import { preparedLockMs } from '../../../src/core/cooldown/createClaimLock';
import { handOverWaitMs, leaseSettleMs } from '../../../src/core/cooldown/createSendClaim';
import { sendLeaseMs as cooldownSendLeaseMs } from '../../../src/core/cooldown/transitionCooldownRecord';
import { clearCooldownStores, getCooldownStore } from '../../../src/core/getCooldownStore';
import { installLocks, removeLocks } from '../support/installLocks';

const parts = {
  userPoolId: 'eu-west-1_AbCdEf123',
  clientId: '1example23456789',
  username: 'alice@example.com',
};
const start = Date.UTC(2030, 0, 1);

function sendNow(store: CooldownStore): void {
  const claim = store.tryBeginSend();
  expect(claim).not.toBeNull();
  claim!.succeeded();
}

function rateLimitNow(store: CooldownStore, retryAfterMs?: number): void {
  const claim = store.tryBeginSend();
  expect(claim).not.toBeNull();
  claim!.rateLimited(retryAfterMs);
}

// The stored text of a record: the format, then each field by name.
function recordOf(values: Record<string, unknown>): string {
  const { v = 2, ...fields } = values;
  return JSON.stringify({
    format: v,
    sendCount: fields.sends ?? 0,
    rateLimitCount: fields.rateLimits ?? 0,
    endsAt: fields.endsAt ?? null,
    lastSentAt: fields.lastSentAt ?? null,
    lastRateLimitedAt: fields.lastRateLimitedAt ?? null,
  });
}

// Another tab's send lease until `until`, stored under the record's key plus `:lease`.
function leaseOf(until: number): string {
  return JSON.stringify({ ownerId: 'another-tab', until });
}

function watch(store: CooldownStore): { seen: CooldownSnapshot[]; unsubscribe: () => void } {
  const seen: CooldownSnapshot[] = [];
  const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot()));
  return { seen, unsubscribe };
}

function fromAnotherTab(key: string, value: string | null): void {
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
}

// jsdom queues a zero-delay task of its own for every localStorage write (to tell other windows); run those first
// so only the store's timers are counted.
function timersRunning(): number {
  vi.advanceTimersByTime(0);
  return vi.getTimerCount();
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
  localStorage.clear();
  sessionStorage.clear();
  clearCooldownStores();
});

afterEach(() => {
  clearCooldownStores();
  removeLocks();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the countdown', () => {
  it('is ready before anything was sent', () => {
    const store = getCooldownStore(parts);
    expect(store.getSnapshot()).toEqual({
      status: 'ready',
      endsAt: null,
      secondsLeft: 0,
      sendCount: 0,
      rateLimitCount: 0,
      lastSentAt: null,
    });
  });

  it('counts down from 30 s after a send, one update per displayed second, then is ready again', () => {
    const store = getCooldownStore(parts);
    const { seen } = watch(store);
    sendNow(store);
    expect(store.getSnapshot()).toMatchObject({
      status: 'cooldown',
      endsAt: start + 30_000,
      secondsLeft: 30,
    });
    vi.advanceTimersByTime(30_000);
    expect(seen.map((snapshot) => snapshot.status)).toEqual([
      'sending',
      ...Array.from({ length: 30 }, () => 'cooldown'),
      'ready',
    ]);
    expect(seen.slice(1, 31).map((snapshot) => snapshot.secondsLeft)).toEqual(
      Array.from({ length: 30 }, (_, index) => 30 - index),
    );
    expect(store.getSnapshot()).toMatchObject({
      status: 'ready',
      endsAt: null,
      secondsLeft: 0,
      sendCount: 1,
    });
  });

  it('changes the displayed second exactly when it should, even for a deadline between whole seconds', () => {
    const store = getCooldownStore(parts);
    watch(store);
    store.tryBeginSend()!.succeeded(start - 400);
    expect(store.getSnapshot().secondsLeft).toBe(30);
    vi.advanceTimersByTime(599);
    expect(store.getSnapshot().secondsLeft).toBe(30);
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().secondsLeft).toBe(29);
    vi.advanceTimersByTime(28_999);
    expect(store.getSnapshot().secondsLeft).toBe(1);
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().status).toBe('ready');
  });

  it('shows the right time at once when a throttled background tab comes back after 10 minutes', () => {
    const store = getCooldownStore(parts);
    const { seen } = watch(store);
    rateLimitNow(store);
    expect(store.getSnapshot().secondsLeft).toBe(600);
    // A throttled tab: the clock moves on, the timers do not fire.
    vi.setSystemTime(start + 9 * 60_000 + 30_000);
    const notifiedBefore = seen.length;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(seen.length).toBe(notifiedBefore + 1);
    expect(store.getSnapshot()).toMatchObject({
      status: 'cooldown',
      endsAt: start + 600_000,
      secondsLeft: 30,
    });
    vi.setSystemTime(start + 11 * 60_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', secondsLeft: 0 });
    expect(timersRunning()).toBe(0);
  });

  it('shows the right time when the page comes back from the back-forward cache', () => {
    const store = getCooldownStore(parts);
    watch(store);
    sendNow(store);
    vi.setSystemTime(start + 20_000);
    window.dispatchEvent(new Event('pageshow'));
    expect(store.getSnapshot().secondsLeft).toBe(10);
  });

  it('measures against the deadline, so a timer that fires late does not slow the countdown', () => {
    const store = getCooldownStore(parts);
    watch(store);
    sendNow(store);
    vi.setSystemTime(start + 10_500);
    vi.advanceTimersByTime(1_000);
    expect(store.getSnapshot().secondsLeft).toBe(19);
  });

  it('shows the current time to a reader that is not subscribed', () => {
    const store = getCooldownStore(parts);
    sendNow(store);
    vi.setSystemTime(start + 12_000);
    expect(store.getSnapshot().secondsLeft).toBe(18);
  });

  it('hands out the same snapshot object until something visible changes', () => {
    const store = getCooldownStore(parts);
    watch(store);
    sendNow(store);
    const first = store.getSnapshot();
    vi.advanceTimersByTime(999);
    store.refresh();
    expect(store.getSnapshot()).toBe(first);
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot()).not.toBe(first);
    expect(Object.isFrozen(store.getSnapshot())).toBe(true);
  });

  it('renders as ready on the server, whatever the browser holds', () => {
    const store = getCooldownStore(parts);
    sendNow(store);
    expect(store.getServerSnapshot()).toEqual({
      status: 'ready',
      endsAt: null,
      secondsLeft: 0,
      sendCount: 0,
      rateLimitCount: 0,
      lastSentAt: null,
    });
    expect(store.getServerSnapshot()).toBe(
      getCooldownStore({ ...parts, username: 'bob' }).getServerSnapshot(),
    );
  });

  it('forgets the cooldown on reset', () => {
    const store = getCooldownStore(parts);
    const { seen } = watch(store);
    sendNow(store);
    store.reset();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', sendCount: 0 });
    expect(seen.at(-1)?.status).toBe('ready');
    expect(localStorage.getItem(store.key)).toBeNull();
    expect(timersRunning()).toBe(0);
  });
});

describe('sharing and persistence', () => {
  it('gives every component for the same user the same store, and other users their own', () => {
    const first = getCooldownStore(parts);
    expect(getCooldownStore({ ...parts })).toBe(first);
    expect(getCooldownStore({ ...parts, username: 'bob@example.com' })).not.toBe(first);
    expect(getCooldownStore(parts, { persistence: 'sessionStorage' })).not.toBe(first);
  });

  it('survives a reload: a new store reads the same deadline from storage', () => {
    sendNow(getCooldownStore(parts));
    clearCooldownStores();
    vi.setSystemTime(start + 5_000);
    const store = getCooldownStore(parts);
    expect(store.getSnapshot()).toMatchObject({
      status: 'cooldown',
      endsAt: start + 30_000,
      secondsLeft: 25,
      sendCount: 1,
    });
  });

  it('keeps sessionStorage cooldowns out of localStorage', () => {
    sendNow(getCooldownStore(parts, { persistence: 'sessionStorage' }));
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(1);
  });

  it('keeps a memory cooldown for the page only', () => {
    sendNow(getCooldownStore(parts, { persistence: 'memory' }));
    expect(localStorage.length).toBe(0);
    expect(getCooldownStore(parts, { persistence: 'memory' }).getSnapshot().status).toBe('cooldown');
    clearCooldownStores();
    expect(getCooldownStore(parts, { persistence: 'memory' }).getSnapshot().status).toBe('ready');
  });

  it('follows a resend made in another tab', () => {
    const store = getCooldownStore(parts);
    const { seen } = watch(store);
    fromAnotherTab(store.key, recordOf({ endsAt: start + 60_000, sends: 2, lastSentAt: start }));
    expect(seen).toHaveLength(1);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 60, sendCount: 2 });
    expect(timersRunning()).toBe(1);
  });

  it("follows another tab's reset", () => {
    const store = getCooldownStore(parts);
    watch(store);
    sendNow(store);
    fromAnotherTab(store.key, null);
    expect(store.getSnapshot().status).toBe('ready');
    expect(timersRunning()).toBe(0);
  });

  it('ignores storage events for other keys and other storages', () => {
    const store = getCooldownStore(parts);
    const { seen } = watch(store);
    fromAnotherTab('rcr:0000000000000000', recordOf({ endsAt: start + 60_000 }));
    sessionStorage.setItem(store.key, recordOf({ endsAt: start + 60_000 }));
    window.dispatchEvent(
      new StorageEvent('storage', { key: store.key, newValue: 'x', storageArea: sessionStorage }),
    );
    expect(seen).toHaveLength(0);
    expect(store.getSnapshot().status).toBe('ready');
  });

  it('is not fooled by garbage in storage', () => {
    const garbage = [
      'not json',
      '',
      'null',
      '42',
      '[]',
      '"text"',
      '{}',
      recordOf({ v: 1, endsAt: start + 10_000 }),
      recordOf({ v: 3, endsAt: start + 10_000 }),
      recordOf({ endsAt: 'soon' }),
      recordOf({ endsAt: start + 10_000, sends: -1 }),
      recordOf({ endsAt: start + 10_000, sends: 1.5 }),
      recordOf({ endsAt: start + 10_000, rateLimits: '3' }),
      '[1,0,0,1e999]',
      `[1,NaN,0,${start + 10_000}]`,
      JSON.stringify({ v: 1, endsAt: start + 10_000, sends: 1, lastSentAt: start }),
      'x'.repeat(100_000),
    ];
    for (const value of garbage) {
      clearCooldownStores();
      localStorage.setItem(getCooldownStore(parts).key, value);
      const store = getCooldownStore(parts);
      expect(store.getSnapshot(), value.slice(0, 80)).toMatchObject({ status: 'ready', endsAt: null });
      sendNow(store);
      expect(store.getSnapshot().status).toBe('cooldown');
    }
  });

  it('keeps working in memory when the storage throws on every call', () => {
    const fail = (): never => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const storage: CooldownStorage = { getItem: fail, setItem: fail, removeItem: fail };
    const store = getCooldownStore(parts, { persistence: storage });
    watch(store);
    expect(() => sendNow(store)).not.toThrow();
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 30 });
    expect(getCooldownStore(parts, { persistence: storage }).getSnapshot().status).toBe('cooldown');
    vi.advanceTimersByTime(30_000);
    expect(store.getSnapshot().status).toBe('ready');
  });

  it('keeps the cooldown when the storage refuses every write (quota exceeded)', () => {
    const map = new Map<string, string>();
    const storage: CooldownStorage = {
      getItem: (key) => map.get(key) ?? null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: (key) => {
        map.delete(key);
      },
    };
    const store = getCooldownStore(parts, { persistence: storage });
    expect(() => sendNow(store)).not.toThrow();
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 30 });
    expect(map.size).toBe(0);
  });

  it('keeps the state it knew when the storage starts throwing after a while', () => {
    const map = new Map<string, string>();
    // Enough calls to subscribe and claim; the storage throws from the write of the send's result on.
    let callsLeft = 5;
    const guard = (): void => {
      callsLeft -= 1;
      if (callsLeft < 0) throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const storage: CooldownStorage = {
      getItem: (key) => {
        guard();
        return map.get(key) ?? null;
      },
      setItem: (key, value) => {
        guard();
        map.set(key, value);
      },
      removeItem: (key) => {
        guard();
        map.delete(key);
      },
    };
    const store = getCooldownStore(parts, { persistence: storage });
    watch(store);
    sendNow(store);
    expect(callsLeft).toBeLessThan(0);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', endsAt: start + 30_000, sendCount: 1 });
    vi.advanceTimersByTime(30_000);
    expect(store.getSnapshot().status).toBe('ready');
    sendNow(store);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 60, sendCount: 2 });
  });

  it('shows its own latest state, not the stale stored one, once writes start failing', () => {
    const map = new Map<string, string>();
    let writable = true;
    const storage: CooldownStorage = {
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => {
        if (!writable) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        map.set(key, value);
      },
      removeItem: (key) => {
        map.delete(key);
      },
    };
    const store = getCooldownStore(parts, { persistence: storage });
    sendNow(store);
    writable = false;
    vi.advanceTimersByTime(30_000);
    sendNow(store);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 60, sendCount: 2 });
    writable = true;
    vi.advanceTimersByTime(60_000);
    sendNow(store);
    expect(JSON.parse(map.get(store.key)!)).toEqual({
      format: 2,
      sendCount: 3,
      rateLimitCount: 0,
      endsAt: start + 210_000,
      lastSentAt: start + 90_000,
      lastRateLimitedAt: null,
    });
  });

  it("follows another tab's resend even while its own writes fail", () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const store = getCooldownStore(parts);
    watch(store);
    sendNow(store);
    expect(localStorage.length).toBe(0);
    vi.advanceTimersByTime(30_000);
    setItem.mockRestore();
    fromAnotherTab(store.key, recordOf({ endsAt: start + 90_000, sends: 2, lastSentAt: start + 30_000 }));
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 60, sendCount: 2 });
  });

  it('keeps working in memory when the persistence is not a storage at all', () => {
    for (const persistence of [42, {}, 'indexedDB'] as never[]) {
      clearCooldownStores();
      const store = getCooldownStore(parts, { persistence });
      sendNow(store);
      expect(getCooldownStore(parts, { persistence }).getSnapshot()).toMatchObject({
        status: 'cooldown',
        secondsLeft: 30,
      });
    }
    expect(localStorage.length).toBe(0);
  });

  it('reads a value that is not text as nothing stored', () => {
    const storage: CooldownStorage = {
      getItem: () => 42 as unknown as string,
      setItem: () => {},
      removeItem: () => {},
    };
    const store = getCooldownStore(parts, { persistence: storage });
    expect(store.getSnapshot().status).toBe('ready');
    expect(store.tryBeginSend()).not.toBeNull();
  });

  it('keeps the cooldowns of two users in memory apart', () => {
    sendNow(getCooldownStore(parts, { persistence: 'memory' }));
    const other = getCooldownStore({ ...parts, username: 'bob@example.com' }, { persistence: 'memory' });
    expect(other.getSnapshot().status).toBe('ready');
  });
});

describe('the policy', () => {
  it('waits longer for each further send in a streak, up to 5 minutes', () => {
    const store = getCooldownStore(parts);
    const waits: number[] = [];
    for (let send = 0; send < 6; send++) {
      sendNow(store);
      waits.push(store.getSnapshot().secondsLeft);
      vi.advanceTimersByTime(store.getSnapshot().secondsLeft * 1000);
    }
    expect(waits).toEqual([30, 60, 120, 240, 300, 300]);
    expect(store.getSnapshot().sendCount).toBe(6);
  });

  it('starts the streak over after an hour of quiet', () => {
    const store = getCooldownStore(parts);
    sendNow(store);
    vi.advanceTimersByTime(30_000);
    sendNow(store);
    expect(store.getSnapshot().secondsLeft).toBe(60);
    vi.advanceTimersByTime(3_600_000);
    expect(store.getSnapshot().sendCount).toBe(0);
    sendNow(store);
    expect(store.getSnapshot()).toMatchObject({ secondsLeft: 30, sendCount: 1 });
  });

  it('waits 10 minutes after a rate limit, longer after each further one, and forgets them after a send', () => {
    const store = getCooldownStore(parts);
    rateLimitNow(store);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 600, rateLimitCount: 1 });
    vi.advanceTimersByTime(600_000);
    rateLimitNow(store);
    expect(store.getSnapshot()).toMatchObject({ secondsLeft: 1_200, rateLimitCount: 2 });
    vi.advanceTimersByTime(1_200_000);
    sendNow(store);
    expect(store.getSnapshot()).toMatchObject({ secondsLeft: 30, rateLimitCount: 0 });
  });

  it("waits as long as the server asks when that is longer than the policy's wait", () => {
    const store = getCooldownStore(parts);
    rateLimitNow(store, 900_000);
    expect(store.getSnapshot().secondsLeft).toBe(900);
  });

  it('applies the policy of the latest call', () => {
    getCooldownStore(parts, { policy: { baseWaitMs: 10_000 } });
    const store = getCooldownStore(parts, { policy: { baseWaitMs: 5_000 } });
    sendNow(store);
    expect(store.getSnapshot().secondsLeft).toBe(5);
  });

  it('uses the clock it is given', () => {
    let now = start + 1_000_000;
    const store = getCooldownStore(parts, { now: () => now });
    sendNow(store);
    expect(store.getSnapshot().endsAt).toBe(start + 1_030_000);
    now += 10_000;
    expect(store.getSnapshot().secondsLeft).toBe(20);
  });
});

describe('timers and page listeners', () => {
  it('runs one timer per key however many components subscribe', () => {
    const store = getCooldownStore(parts);
    const other = getCooldownStore({ ...parts, username: 'bob@example.com' });
    for (let index = 0; index < 5; index++) store.subscribe(() => {});
    sendNow(store);
    expect(timersRunning()).toBe(1);
    other.subscribe(() => {});
    other.subscribe(() => {});
    sendNow(other);
    expect(timersRunning()).toBe(2);
    vi.advanceTimersByTime(10_000);
    expect(timersRunning()).toBe(2);
  });

  it('runs no timer while idle, and none once the last subscriber leaves', () => {
    const store = getCooldownStore(parts);
    const first = store.subscribe(() => {});
    const second = store.subscribe(() => {});
    expect(timersRunning()).toBe(0);
    sendNow(store);
    expect(timersRunning()).toBe(1);
    first();
    expect(timersRunning()).toBe(1);
    second();
    expect(timersRunning()).toBe(0);
    const third = store.subscribe(() => {});
    expect(timersRunning()).toBe(1);
    vi.advanceTimersByTime(30_000);
    expect(timersRunning()).toBe(0);
    third();
  });

  it('runs no timer for a cooldown nobody watches', () => {
    sendNow(getCooldownStore(parts));
    expect(timersRunning()).toBe(0);
  });

  it('listens to the page only while subscribed, and removes exactly what it added', () => {
    const windowAdd = vi.spyOn(window, 'addEventListener');
    const windowRemove = vi.spyOn(window, 'removeEventListener');
    const documentAdd = vi.spyOn(document, 'addEventListener');
    const documentRemove = vi.spyOn(document, 'removeEventListener');
    const store = getCooldownStore(parts);
    // The page lifecycle (pagehide, pageshow, visibilitychange) is watched once per page, from the first store on.
    expect(windowAdd.mock.calls.map(([type]) => type).sort()).toEqual(['pagehide', 'pageshow']);
    const first = store.subscribe(() => {});
    const second = store.subscribe(() => {});
    expect(windowAdd.mock.calls.map(([type]) => type).sort()).toEqual(['pagehide', 'pageshow', 'storage']);
    expect(documentAdd.mock.calls.map(([type]) => type)).toEqual(['visibilitychange']);
    first();
    expect(windowRemove).not.toHaveBeenCalled();
    second();
    second();
    expect(windowRemove.mock.calls.map(([type]) => type)).toEqual(['storage']);
    expect(documentRemove).not.toHaveBeenCalled();
  });

  it('keeps notifying the others when one subscriber leaves during a notification', () => {
    const store = getCooldownStore(parts);
    const calls: string[] = [];
    const leave = store.subscribe(() => {
      calls.push('first');
      leave();
    });
    store.subscribe(() => calls.push('second'));
    sendNow(store);
    expect(calls).toEqual(['first', 'second', 'second']);
  });
});

describe('claiming a send', () => {
  it('gives nothing to a second resend while one is in flight, also from another component', () => {
    const store = getCooldownStore(parts);
    const claim = store.tryBeginSend();
    expect(claim).not.toBeNull();
    expect(store.getSnapshot().status).toBe('sending');
    expect(store.tryBeginSend()).toBeNull();
    expect(getCooldownStore({ ...parts }).tryBeginSend()).toBeNull();
    claim!.succeeded();
    expect(store.tryBeginSend()).toBeNull();
  });

  it('shows a send in flight in another tab as sending and sends nothing here', () => {
    const store = getCooldownStore(parts);
    const { seen } = watch(store);
    fromAnotherTab(`${store.key}:lease`, leaseOf(start + cooldownSendLeaseMs));
    expect(seen.at(-1)?.status).toBe('sending');
    expect(store.tryBeginSend()).toBeNull();
    expect(timersRunning()).toBe(1);
    vi.advanceTimersByTime(cooldownSendLeaseMs);
    expect(store.getSnapshot().status).toBe('ready');
    expect(timersRunning()).toBe(0);
  });

  it('ignores the expired lease of a tab that closed mid-request', () => {
    const store = getCooldownStore(parts);
    localStorage.setItem(`${store.key}:lease`, leaseOf(start - 1));
    expect(store.getSnapshot().status).toBe('ready');
    expect(store.tryBeginSend()).not.toBeNull();
  });

  it('does not allow a second send after a reload during a request', () => {
    getCooldownStore(parts).tryBeginSend();
    clearCooldownStores();
    const store = getCooldownStore(parts);
    expect(store.getSnapshot().status).toBe('sending');
    expect(store.tryBeginSend()).toBeNull();
    vi.advanceTimersByTime(cooldownSendLeaseMs);
    expect(store.getSnapshot().status).toBe('ready');
  });

  it('lets the user try again at once after a failed send', () => {
    const store = getCooldownStore(parts);
    store.tryBeginSend()!.failed();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', sendCount: 0 });
    expect(localStorage.getItem(store.key)).toBeNull();
    expect(store.tryBeginSend()).not.toBeNull();
  });

  it('counts a send cut off by the page unloading as sent, so the reloaded page waits the whole wait', async () => {
    const store = getCooldownStore(parts);
    const claim = store.tryBeginSend()!;
    await expect(claim.confirm()).resolves.toBe(true);
    vi.advanceTimersByTime(5_000);
    // The unloading page cancels the request, which then fails, although Cognito may have sent the code.
    window.dispatchEvent(new Event('pagehide'));
    claim.failed();
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', endsAt: start + 30_000, sendCount: 1 });
    clearCooldownStores();
    vi.advanceTimersByTime(15_000);
    expect(getCooldownStore(parts).getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 10 });
    expect(getCooldownStore(parts).tryBeginSend()).toBeNull();
  });

  it('counts a send as sent when the request fails after the navigation started, before pagehide (as in Firefox)', async () => {
    const store = getCooldownStore(parts);
    const claim = store.tryBeginSend()!;
    await expect(claim.confirm()).resolves.toBe(true);
    // Firefox cancels the page's requests between beforeunload and pagehide.
    window.dispatchEvent(new Event('beforeunload'));
    claim.failed();
    window.dispatchEvent(new Event('pagehide'));
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', endsAt: start + 30_000, sendCount: 1 });
  });

  it('follows beforeunload only while a claim is live, so Firefox can still keep the page in its back-forward cache', async () => {
    const windowAdd = vi.spyOn(window, 'addEventListener');
    const windowRemove = vi.spyOn(window, 'removeEventListener');
    const beforeUnloadCalls = (spy: typeof windowAdd) =>
      spy.mock.calls.filter(([type]) => type === 'beforeunload').length;
    const store = getCooldownStore(parts);
    expect(beforeUnloadCalls(windowAdd)).toBe(0);
    const claim = store.tryBeginSend()!;
    await claim.confirm();
    expect(beforeUnloadCalls(windowAdd)).toBe(1);
    claim.succeeded();
    expect(beforeUnloadCalls(windowRemove)).toBe(1);
  });

  it('lets the user try again after a failed send when a navigation started and was then cancelled', async () => {
    const store = getCooldownStore(parts);
    // A navigation that started during an earlier claim, and was cancelled (the page stayed).
    const earlier = store.tryBeginSend()!;
    await earlier.confirm();
    window.dispatchEvent(new Event('beforeunload'));
    earlier.succeeded();
    await vi.advanceTimersByTimeAsync(30_000);
    const claim = store.tryBeginSend()!;
    const confirmed = claim.confirm();
    await vi.advanceTimersByTimeAsync(leaseSettleMs);
    await expect(confirmed).resolves.toBe(true);
    claim.failed();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', sendCount: 1 });
    expect(store.tryBeginSend()).not.toBeNull();
  });

  it('lets the user try again after a failed send once the page is back from the back-forward cache', () => {
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pageshow'));
    const store = getCooldownStore(parts);
    store.tryBeginSend()!.failed();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', sendCount: 0 });
    expect(store.tryBeginSend()).not.toBeNull();
  });

  it('ignores settling a claim a second time', () => {
    const store = getCooldownStore(parts);
    const claim = store.tryBeginSend()!;
    claim.succeeded();
    claim.rateLimited();
    claim.failed();
    claim.succeeded();
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 30, sendCount: 1 });
  });

  it('confirms once its lease proved its own where the browser has no Web Locks', async () => {
    installLocks('none');
    const claim = getCooldownStore(parts).tryBeginSend()!;
    const confirmed = claim.confirm();
    await vi.advanceTimersByTimeAsync(leaseSettleMs);
    await expect(confirmed).resolves.toBe(true);
  });

  it('sends nothing without Web Locks when another tab claimed over this tab at the same moment', async () => {
    installLocks('none');
    const store = getCooldownStore(parts);
    const claim = store.tryBeginSend()!;
    // The other tab's claim reached the storage after this one's: it is the last writer and sends.
    fromAnotherTab(`${store.key}:lease`, leaseOf(start + cooldownSendLeaseMs));
    const confirmed = claim.confirm();
    await vi.advanceTimersByTimeAsync(leaseSettleMs);
    await expect(confirmed).resolves.toBe(false);
    expect(store.getSnapshot().status).toBe('sending');
    expect(JSON.parse(localStorage.getItem(`${store.key}:lease`)!).ownerId).toBe('another-tab');
  });

  it('waits while another tab holds the lock, then sends if that tab sent nothing', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    const releaseOtherTab = locks.holdInAnotherTab(store.key);
    const claim = store.tryBeginSend()!;
    let confirmed: boolean | undefined;
    void claim.confirm().then((value) => {
      confirmed = value;
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(confirmed).toBeUndefined();
    expect(store.getSnapshot().status).toBe('sending');
    expect(locks.request).toHaveBeenCalledWith(
      expect.stringMatching(/^rcr:[0-9a-f]{16}$/),
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
      expect.any(Function),
    );
    expect(locks.request.mock.calls[0]?.[0]).not.toContain('alice');
    releaseOtherTab();
    // The other tab's last write may still be on its way: the claim gives it up to handOverWaitMs.
    await vi.advanceTimersByTimeAsync(handOverWaitMs - 1);
    expect(confirmed).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(confirmed).toBe(true);
    claim.succeeded();
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', sendCount: 1 });
  });

  it("decides as soon as the other tab's hand-over note arrives after it let the lock go", async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    const releaseOtherTab = locks.holdInAnotherTab(store.key);
    const claim = store.tryBeginSend()!;
    const confirmed = claim.confirm();
    // The lock comes before the other tab's wait has reached this tab's storage.
    releaseOtherTab();
    await vi.advanceTimersByTimeAsync(100);
    fromAnotherTab(store.key, recordOf({ endsAt: start + 30_000, sends: 1, lastSentAt: start }));
    // The other tab's hand-over note, written right before it let the lock go, arrives last.
    fromAnotherTab(`${store.key}:handover`, 'note-1');
    await expect(confirmed).resolves.toBe(false);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown' });
  });

  it("sends nothing when another tab's cooldown started while this tab waited for the lock", async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    const releaseOtherTab = locks.holdInAnotherTab(store.key);
    const claim = store.tryBeginSend()!;
    const confirmed = claim.confirm();
    fromAnotherTab(store.key, recordOf({ endsAt: start + 30_000, sends: 1, lastSentAt: start }));
    fromAnotherTab(`${store.key}:handover`, 'note-1');
    releaseOtherTab();
    await expect(confirmed).resolves.toBe(false);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 30 });
    expect(localStorage.getItem(store.key)).toBe(
      recordOf({ endsAt: start + 30_000, sends: 1, lastSentAt: start }),
    );
    await vi.advanceTimersByTimeAsync(leaseSettleMs);
    expect(locks.manager.isHeld(store.key)).toBe(false);
  });

  it('gives up waiting for the lock after a lease, leaving no lease and no sending state behind', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    locks.holdInAnotherTab(store.key);
    const claim = store.tryBeginSend()!;
    const confirmed = claim.confirm();
    await vi.advanceTimersByTimeAsync(cooldownSendLeaseMs);
    await expect(confirmed).resolves.toBe(false);
    expect(store.getSnapshot().status).toBe('ready');
    expect(localStorage.getItem(store.key)).toBeNull();
    expect(locks.manager.waitingFor(store.key)).toBe(0);
  });

  it('holds the lock until the send is settled, so a second tab cannot confirm meanwhile', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    const claim = store.tryBeginSend()!;
    await expect(claim.confirm()).resolves.toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(locks.manager.isHeld(store.key)).toBe(true);
    claim.succeeded();
    // A little longer, so the wait reaches every tab before the next holder reads the storage.
    await vi.advanceTimersByTimeAsync(leaseSettleMs - 1);
    expect(locks.manager.isHeld(store.key)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(locks.manager.isHeld(store.key)).toBe(false);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', sendCount: 1 });
  });

  it('answers the same when confirm is asked twice', async () => {
    const locks = installLocks('available');
    const claim = getCooldownStore(parts).tryBeginSend()!;
    const first = claim.confirm();
    expect(claim.confirm()).toBe(first);
    await expect(first).resolves.toBe(true);
    expect(locks.request).toHaveBeenCalledTimes(1);
    claim.failed();
  });
});

describe('a lock taken ahead of the click (prepareSend)', () => {
  it('confirms a claim at once, in the same task, with the lock taken on press', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    store.prepareSend();
    await vi.advanceTimersByTimeAsync(0);
    expect(locks.manager.isHeld(store.key)).toBe(true);
    const claim = store.tryBeginSend()!;
    let confirmed: boolean | undefined;
    void claim.confirm().then((value) => {
      confirmed = value;
    });
    // Decided already: its continuation runs in the microtasks of this very task.
    await Promise.resolve();
    await Promise.resolve();
    expect(confirmed).toBe(true);
    expect(locks.request).toHaveBeenCalledTimes(1);
    claim.succeeded();
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', sendCount: 1 });
  });

  it('waits for a lock still on its way instead of finding it taken by itself', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    store.prepareSend();
    const claim = store.tryBeginSend()!;
    await expect(claim.confirm()).resolves.toBe(true);
    expect(locks.request).toHaveBeenCalledTimes(1);
    claim.failed();
  });

  it('lets the lock go when no click follows the press', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    store.prepareSend();
    await vi.advanceTimersByTimeAsync(preparedLockMs - 1);
    expect(locks.manager.isHeld(store.key)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(locks.manager.isHeld(store.key)).toBe(false);
    // It wrote its hand-over note first, for a tab waiting in line.
    expect(localStorage.getItem(`${store.key}:handover`)).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sends with the lock held since the press even when another tab claimed meanwhile (it waits in line)', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    store.prepareSend();
    await vi.advanceTimersByTimeAsync(0);
    fromAnotherTab(`${store.key}:lease`, leaseOf(start + cooldownSendLeaseMs));
    const claim = store.tryBeginSend();
    expect(claim).not.toBeNull();
    await expect(claim!.confirm()).resolves.toBe(true);
    expect(locks.manager.isHeld(store.key)).toBe(true);
    claim!.succeeded();
    // The other tab's claim still shows as sending until it finds this wait.
    expect(store.getSnapshot()).toMatchObject({ secondsLeft: 30, sendCount: 1 });
  });

  it('lets the lock go at once when the click is refused because a wait runs', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    store.prepareSend();
    await vi.advanceTimersByTimeAsync(0);
    fromAnotherTab(store.key, recordOf({ endsAt: start + 30_000, sends: 1, lastSentAt: start }));
    expect(store.tryBeginSend()).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(locks.manager.isHeld(store.key)).toBe(false);
  });

  it('lets the lock go when the stores are cleared (as between tests), so the next store can claim', async () => {
    const locks = installLocks('available');
    const store = getCooldownStore(parts);
    store.prepareSend();
    await vi.advanceTimersByTimeAsync(0);
    clearCooldownStores();
    await vi.advanceTimersByTimeAsync(0);
    expect(locks.manager.isHeld(store.key)).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes no lock while a wait runs or without Web Locks', () => {
    installLocks('none');
    const store = getCooldownStore(parts);
    store.prepareSend();
    const locks = installLocks('available');
    store.markSent(start);
    store.prepareSend();
    expect(locks.request).not.toHaveBeenCalled();
  });

  it('still sends nothing when the wait of another tab started while the lock was held ahead', async () => {
    installLocks('available');
    const store = getCooldownStore(parts);
    store.prepareSend();
    await vi.advanceTimersByTimeAsync(0);
    const claim = store.tryBeginSend()!;
    localStorage.setItem(store.key, recordOf({ endsAt: start + 30_000, sends: 1, lastSentAt: start }));
    await expect(claim.confirm()).resolves.toBe(false);
    expect(store.getSnapshot()).toMatchObject({ status: 'cooldown', secondsLeft: 30 });
  });
});

describe('a code sent by sign-up (markSent)', () => {
  it('starts the cooldown from when sign-up sent the code', () => {
    const store = getCooldownStore(parts);
    store.markSent(start - 10_000);
    expect(store.getSnapshot()).toMatchObject({
      status: 'cooldown',
      endsAt: start + 20_000,
      secondsLeft: 20,
      sendCount: 1,
    });
  });

  it('counts the sign-up code once, however often the component mounts', () => {
    const store = getCooldownStore(parts);
    store.markSent(start);
    store.markSent(start);
    clearCooldownStores();
    getCooldownStore(parts).markSent(start);
    expect(getCooldownStore(parts).getSnapshot()).toMatchObject({ secondsLeft: 30, sendCount: 1 });
  });

  it('does not count the sign-up code again after the user already resent', () => {
    const store = getCooldownStore(parts);
    store.markSent(start);
    vi.advanceTimersByTime(30_000);
    sendNow(store);
    store.markSent(start);
    expect(store.getSnapshot()).toMatchObject({ secondsLeft: 60, sendCount: 2 });
  });

  it('does not shorten a longer wait that already runs', () => {
    const store = getCooldownStore(parts);
    rateLimitNow(store);
    store.markSent(start + 1_000);
    expect(store.getSnapshot()).toMatchObject({ endsAt: start + 600_000, sendCount: 0 });
  });

  it('counts a code sent long ago without starting a wait', () => {
    const store = getCooldownStore(parts);
    store.markSent(start - 120_000);
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', sendCount: 1 });
    sendNow(store);
    expect(store.getSnapshot().secondsLeft).toBe(60);
  });

  it('ignores a send time that is not a number or lies in the future', () => {
    const store = getCooldownStore(parts);
    for (const sentAt of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      start + 86_400_000,
      '1' as unknown as number,
    ]) {
      store.markSent(sentAt);
    }
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', sendCount: 0 });
  });
});

describe('privacy', () => {
  it('stores neither the username nor the client id, under any key', () => {
    const store = getCooldownStore(parts);
    store.markSent(start - 60_000);
    rateLimitNow(store, 700_000);
    expect(store.key).toMatch(/^rcr:[0-9a-f]{16}$/);
    expect(localStorage.length).toBe(1);
    const key = localStorage.key(0)!;
    const stored = `${key}${localStorage.getItem(key)}`;
    for (const secret of [parts.username, 'alice', parts.clientId, parts.userPoolId]) {
      expect(stored).not.toContain(secret);
    }
  });
});

describe('server rendering', () => {
  it('works without a window, and shares nothing between requests', () => {
    vi.stubGlobal('window', undefined);
    const first = getCooldownStore(parts);
    const second = getCooldownStore(parts);
    expect(second).not.toBe(first);
    const unsubscribe = first.subscribe(() => {});
    sendNow(first);
    expect(first.getSnapshot().status).toBe('cooldown');
    expect(second.getSnapshot().status).toBe('ready');
    unsubscribe();
    expect(timersRunning()).toBe(0);
  });
});
