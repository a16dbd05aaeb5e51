// Enumeration safety on the page: by default the button shows what Cognito answered; with `enumerationSafe` an
// existing and an unknown user (or an already confirmed one) look the same on the page and to the callbacks.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ResendCodeButton } from '../../../src/components/ResendCodeButton';
import type { ResendError, ResendErrorCode } from '../../../src/core/ResendError';
import type { CodeDeliveryDetails } from '../../../src/core/ResendRequest';
import { announcementDelayMs } from '../../../src/react/useResendAnnouncement';
import { createFakeResendClient, type FakeResendClient, resetCooldowns } from '../../../src/testing';
import { fakeClockPerTest, flushReactQuery } from '../support/fakeTime';

fakeClockPerTest();

beforeEach(() => {
  resetCooldowns();
});

// What the page and the host learn from one click.
interface Observed {
  status: string;
  attributes: Record<string, string | null>;
  onSent: unknown[][];
  onError: unknown[][];
  onAlreadyConfirmed: number;
}

// The host's callbacks of one button, recording what they receive.
function hostCallbacks() {
  return {
    onSent: vi.fn<(delivery: CodeDeliveryDetails) => void>(),
    onError: vi.fn<(error: ResendError) => void>(),
    onAlreadyConfirmed: vi.fn<() => void>(),
  };
}

// Renders one button per user side by side on the same page, clicks each once (in the order given), and reads what
// each side shows and what its callbacks received.
async function clickSideBySide<Side extends string>(
  client: FakeResendClient,
  enumerationSafe: boolean,
  usernames: Record<Side, string>,
): Promise<Record<Side, Observed>> {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const sides = (Object.entries(usernames) as [Side, string][]).map(([side, username]) => ({
    side,
    username,
    callbacks: hostCallbacks(),
  }));
  render(
    <main>
      {sides.map(({ username, callbacks }) => (
        <section key={username} aria-label={username}>
          <ResendCodeButton
            username={username}
            client={client}
            enumerationSafe={enumerationSafe}
            {...callbacks}
          />
        </section>
      ))}
    </main>,
  );
  for (const { username } of sides) {
    await user.click(within(screen.getByRole('region', { name: username })).getByRole('button'));
    await flushReactQuery();
  }
  await act(async () => {
    await vi.advanceTimersByTimeAsync(announcementDelayMs);
  });
  const seen = {} as Record<Side, Observed>;
  for (const { side, username, callbacks } of sides) {
    const region = within(screen.getByRole('region', { name: username }));
    const button = region.getByRole('button');
    seen[side] = {
      status: region.getByRole('status').textContent ?? '',
      attributes: Object.fromEntries(
        ['data-state', 'data-error', 'aria-disabled', 'data-disabled'].map((name) => [
          name,
          button.getAttribute(name),
        ]),
      ),
      onSent: callbacks.onSent.mock.calls,
      onError: callbacks.onError.mock.calls,
      onAlreadyConfirmed: callbacks.onAlreadyConfirmed.mock.calls.length,
    };
  }
  return seen;
}

const existing = { destination: 'e***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' } as const;

describe.each<[string, ResendErrorCode]>([
  ['an unknown user', 'user-not-found'],
  ['an already confirmed user', 'user-already-confirmed'],
])('in enumeration-safe mode, an existing unconfirmed user and %s', (_, answer) => {
  it('look the same: text, attributes and callbacks', async () => {
    const client = createFakeResendClient().succeedNext(existing).failNext(answer);
    const seen = await clickSideBySide(client, true, {
      existing: 'existing@example.com',
      other: 'other@example.com',
    });
    const forExisting = seen.existing;
    const forOther = seen.other;

    expect(client.requests.map((request) => request.username)).toEqual([
      'existing@example.com',
      'other@example.com',
    ]);
    expect(forOther).toEqual(forExisting);
    expect(forExisting).toEqual({
      status: 'If an account exists, a new code was sent. Earlier codes no longer work.',
      attributes: {
        'data-state': 'cooldown',
        'data-error': null,
        'aria-disabled': 'true',
        'data-disabled': '',
      },
      onSent: [[{}]],
      onError: [],
      onAlreadyConfirmed: 0,
    });
  });
});

describe('by default (enumerationSafe off), the page shows what Cognito answered', () => {
  it('names the destination of an existing user, and the simulated one Cognito gives an unknown user', async () => {
    // With PreventUserExistenceErrors ENABLED (the console's default), Cognito answers an unknown user with a
    // simulated masked destination: the page reveals nothing by showing it.
    const client = createFakeResendClient()
      .succeedNext(existing)
      .succeedNext({ destination: 'u***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' });
    const seen = await clickSideBySide(client, false, {
      existing: 'existing@example.com',
      unknown: 'unknown@example.com',
    });
    const forExisting = seen.existing;
    const forUnknown = seen.unknown;
    expect(forExisting.status).toBe(
      'A new code was sent by email to e***@e***. Earlier codes no longer work.',
    );
    expect(forUnknown.status).toBe(
      'A new code was sent by email to u***@e***. Earlier codes no longer work.',
    );
    expect(forUnknown.attributes).toEqual(forExisting.attributes);
    expect(forExisting.onSent).toEqual([[existing]]);
  });

  it('says "no account found" when the app client still answers UserNotFoundException (legacy setting)', async () => {
    const client = createFakeResendClient().failNext('user-not-found');
    const forUnknown = (await clickSideBySide(client, false, { unknown: 'unknown@example.com' })).unknown;
    expect(forUnknown.status).toBe('No account found. Check your details and try again.');
    expect(forUnknown.attributes).toMatchObject({ 'data-state': 'ready', 'data-error': 'user-not-found' });
    expect(forUnknown.onError).toEqual([[expect.objectContaining({ code: 'user-not-found' })]]);
  });
});
