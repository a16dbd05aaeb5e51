// `lastSentAt` is idempotent: a time inside the wait the store already knows is the same send. So an inline
// `lastSentAt={Date.now()}`, a new time on every render, mount and reload, gives the same wait as passing the sign-up
// time once. Runs on React 19 (unit) and React 18.3 (react18).
import { act, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCooldownStores } from '../../../src/core/getCooldownStore';
import { useResendConfirmationCode } from '../../../src/react/useResendConfirmationCode';
import { createFakeResendClient, resetCooldowns } from '../../../src/testing';
import { fakeClockPerTest } from '../support/fakeTime';

fakeClockPerTest();

beforeEach(() => {
  resetCooldowns();
});

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

// What a mount shows of the wait.
function mountWith(lastSentAt: () => number) {
  const client = createFakeResendClient();
  return renderHook(
    () => useResendConfirmationCode({ username: 'jane', client, maxResends: 3, lastSentAt: lastSentAt() }),
    { wrapper: StrictMode },
  );
}

describe('lastSentAt', () => {
  it('gives an inline Date.now() on every render, remount and reload the wait of the sign-up time given once', async () => {
    const signedUpAt = Date.now();
    const once = mountWith(() => signedUpAt);
    const expected = { endsAt: signedUpAt + 30_000, attempts: 1, limitReached: false };
    expect(once.result.current).toMatchObject(expected);
    once.unmount();
    resetCooldowns();

    const inline = mountWith(() => Date.now());
    await advance(4_000);
    inline.rerender();
    inline.unmount();
    // Three reloads: the page forgets its stores, the storage keeps the record.
    for (let reload = 0; reload < 3; reload++) {
      await advance(3_000);
      clearCooldownStores();
      const reloaded = mountWith(() => Date.now());
      expect(reloaded.result.current).toMatchObject(expected);
      reloaded.unmount();
    }
    const remounted = mountWith(() => Date.now());
    expect(remounted.result.current).toMatchObject({ ...expected, state: 'cooldown', secondsLeft: 17 });
  });
});
