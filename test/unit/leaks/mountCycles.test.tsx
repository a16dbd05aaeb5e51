import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ResendCodeButton } from '../../../src/components/ResendCodeButton';
import { getCooldownStore } from '../../../src/core/getCooldownStore';
import { createFakeResendClient, resetCooldowns, seedCooldown } from '../../../src/testing';
import { fakeClockPerTest, flushReactQuery } from '../support/fakeTime';

const cycles = 1_000;

interface ListenerLedger {
  /** Listeners registered now, by `target:type`. */
  live(): Record<string, number>;
  /** addEventListener and removeEventListener calls so far, by `target:type`. */
  calls(): Record<string, { added: number; removed: number }>;
  restore(): void;
}

// Follows every listener registered on window and document, as the DOM counts them: one per (type, listener,
// capture), a second identical add or a remove of an unknown listener changing nothing.
function trackListeners(): ListenerLedger {
  const registrations = new Map<string, Set<string>>();
  const listenerIds = new WeakMap<object, number>();
  let nextListenerId = 1;
  const calls = new Map<string, { added: number; removed: number }>();
  const restores: (() => void)[] = [];
  const identify = (listener: unknown) => {
    if (listener === null || (typeof listener !== 'object' && typeof listener !== 'function'))
      return String(listener);
    let id = listenerIds.get(listener);
    if (id === undefined) {
      id = nextListenerId++;
      listenerIds.set(listener, id);
    }
    return String(id);
  };
  const record = (key: string, change: 'added' | 'removed') => {
    const count = calls.get(key) ?? { added: 0, removed: 0 };
    count[change]++;
    calls.set(key, count);
  };
  const targets: [string, EventTarget][] = [
    ['window', window],
    ['document', document],
  ];
  for (const [name, target] of targets) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const describe = (type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
      const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
      return { key: `${name}:${type}`, registration: `${identify(listener)}:${capture}` };
    };
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      const { key, registration } = describe(type, listener, options);
      record(key, 'added');
      if (listener) registrations.set(key, (registrations.get(key) ?? new Set()).add(registration));
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      const { key, registration } = describe(type, listener, options);
      record(key, 'removed');
      registrations.get(key)?.delete(registration);
      return remove.call(this, type, listener, options);
    };
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {
    live: () => Object.fromEntries([...registrations].map(([key, set]) => [key, set.size])),
    calls: () => Object.fromEntries([...calls].map(([key, count]) => [key, { ...count }])),
    restore: () => {
      for (const restore of restores) restore();
    },
  };
}

fakeClockPerTest();

beforeEach(() => {
  resetCooldowns();
});

describe('mounting and unmounting ResendCodeButton 1,000 times', () => {
  it('leaves no timer and no window, document or storage listener behind', async () => {
    // gcTime 0: react-query removes a settled mutation at once instead of five minutes later, so after its
    // zero-delay work is flushed, any timer still pending would be ours.
    const queryClient = new QueryClient({ defaultOptions: { mutations: { gcTime: 0 } } });
    // The answer comes a second after the click; the button is long gone by then.
    const client = createFakeResendClient();
    const users = {
      cooling: { userPoolId: client.userPoolId, clientId: client.clientId, username: 'cooling@example.com' },
      ready: { userPoolId: client.userPoolId, clientId: client.clientId, username: 'ready@example.com' },
      request: { userPoolId: client.userPoolId, clientId: client.clientId, username: 'request@example.com' },
    };
    const seen = { cooling: 0, ready: 0, sending: 0 };

    async function mountAndUnmount(cycle: number) {
      const kind = (['cooling', 'ready', 'request'] as const)[cycle % 3]!;
      const user = users[kind];
      if (kind === 'cooling') seedCooldown({ ...user, secondsLeft: 30 });
      else getCooldownStore(user).reset();
      if (kind === 'request') client.succeedNext(undefined, 1_000);
      const button = (
        <QueryClientProvider client={queryClient}>
          <ResendCodeButton username={user.username} client={client} />
        </QueryClientProvider>
      );
      // Every other cycle in StrictMode, which subscribes, unsubscribes and subscribes again on mount.
      const view = render(cycle % 2 === 0 ? <StrictMode>{button}</StrictMode> : button);
      const element = view.getByRole('button');
      if (kind === 'cooling') {
        // Let the countdown's timer fire and re-arm while mounted.
        await act(async () => {
          await vi.advanceTimersByTimeAsync(1_500);
        });
        expect(element).toHaveAttribute('data-state', 'cooldown');
        seen.cooling++;
      } else if (kind === 'ready') {
        expect(element).toHaveAttribute('data-state', 'ready');
        seen.ready++;
      } else {
        fireEvent.click(element);
        expect(element).toHaveAttribute('data-state', 'sending');
        seen.sending++;
      }
      view.unmount();
      if (kind === 'request') {
        // The request outlives the button: it answers, settles its claim and starts a cooldown nobody watches. It
        // starts once the claim is confirmed (a click without a press before it waits a moment for other tabs),
        // then takes a second.
        await act(async () => {
          await vi.advanceTimersByTimeAsync(2_000);
        });
      }
      await flushReactQuery();
    }

    const ledger = trackListeners();
    try {
      // The first mounts install what a page needs once (React DOM's document listener, the cooldown module's
      // pagehide and pageshow watch): the baseline is taken after them.
      for (let cycle = 0; cycle < 3; cycle++) await mountAndUnmount(cycle);
      const timersBefore = vi.getTimerCount();
      const listenersBefore = ledger.live();
      const callsBefore = ledger.calls();

      for (let cycle = 3; cycle < cycles + 3; cycle++) await mountAndUnmount(cycle);

      await flushReactQuery();
      expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
      expect(vi.getTimerCount()).toBe(timersBefore);
      expect(timersBefore).toBe(0);
      expect(ledger.live()).toEqual(listenersBefore);

      // Every listener the cooldown stores added during the cycles was removed again, and they did add them (once
      // or more per mount). The page lifecycle (pagehide, pageshow, visibilitychange) is watched once per page.
      const calls = ledger.calls();
      for (const key of ['window:storage']) {
        const added = calls[key]!.added - (callsBefore[key]?.added ?? 0);
        const removed = calls[key]!.removed - (callsBefore[key]?.removed ?? 0);
        expect(added, key).toBeGreaterThanOrEqual(cycles);
        expect(removed, key).toBe(added);
      }
    } finally {
      ledger.restore();
    }

    expect(seen).toEqual({ cooling: 335, ready: 334, sending: 334 });
    expect(client.requests).toHaveLength(334);
  }, 60_000);
});
