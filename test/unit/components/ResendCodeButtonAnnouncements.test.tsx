// The button's polite status region: it speaks on events of the user on screen (sent, ready again, an error, the
// cap), every one of them (the same error twice too), never for another user, and explains a cap after a reload.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ResendCodeButton } from '../../../src/components/ResendCodeButton';
import { formatLimitReached } from '../../../src/i18n/resolveMessages';
import { announcementDelayMs } from '../../../src/react/useResendAnnouncement';
import { createFakeResendClient, resetCooldowns, seedCooldown } from '../../../src/testing';
import { allLocales } from '../i18n/allLocales';
import { fakeClockPerTest, flushReactQuery } from '../support/fakeTime';

fakeClockPerTest();

beforeEach(() => {
  resetCooldowns();
});

function setup() {
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

// Every text the status region shows, in order, as a screen reader's live-region tracking would see it.
function recordStatusTexts(): string[] {
  const status = screen.getByRole('status');
  const texts: string[] = [];
  new MutationObserver(() => {
    const text = status.textContent ?? '';
    if (texts.at(-1) !== text) texts.push(text);
  }).observe(status, { subtree: true, childList: true, characterData: true });
  return texts;
}

const offline = 'You seem to be offline. Check your connection and try again.';
const sentToJane = 'A new code was sent by email to j***@e***.com. Earlier codes no longer work.';

describe('ResendCodeButton status region', () => {
  it('announces the same error again on every failed attempt: emptied first, then set', async () => {
    const user = setup();
    const client = createFakeResendClient()
      .failNext('network-error')
      .failNext('network-error')
      .failNext('network-error');
    render(<ResendCodeButton username="jane@example.com" client={client} />);
    const texts = recordStatusTexts();
    const button = screen.getByRole('button', { name: 'Resend code' });
    for (let attempt = 0; attempt < 3; attempt++) {
      await user.click(button);
      await flushReactQuery();
      await advance(announcementDelayMs);
    }
    expect(client.requests).toHaveLength(3);
    expect(texts).toEqual([offline, '', offline, '', offline]);
  });

  it('stays silent for a user switched to during a cooldown, and says nothing stale when switching back', async () => {
    const user = setup();
    const client = createFakeResendClient();
    const view = render(<ResendCodeButton username="jane@example.com" client={client} />);
    await user.click(screen.getByRole('button'));
    await flushReactQuery();
    await advance(announcementDelayMs);
    expect(screen.getByRole('status')).toHaveTextContent(sentToJane);

    view.rerender(<ResendCodeButton username="bob@example.com" client={client} />);
    await advance(announcementDelayMs);
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);

    await advance(5_000);
    view.rerender(<ResendCodeButton username="jane@example.com" client={client} />);
    await advance(announcementDelayMs);
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'cooldown');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);

    // Jane's wait ending while she is on screen is her event.
    await advance(25_000);
    await advance(announcementDelayMs);
    expect(screen.getByRole('status')).toHaveTextContent('You can request a new code now.');
  });

  it("shows nothing of a late answer for the previous user on the next user's screen", async () => {
    const user = setup();
    const client = createFakeResendClient().succeedNext(
      { destination: 'b***@e***', deliveryMedium: 'EMAIL' },
      1_000,
    );
    const bobSent = vi.fn();
    const carolSent = vi.fn();
    const view = render(<ResendCodeButton username="bob@example.com" client={client} onSent={bobSent} />);
    await user.click(screen.getByRole('button'));
    view.rerender(<ResendCodeButton username="carol@example.com" client={client} onSent={carolSent} />);
    await advance(1_000);
    await flushReactQuery();
    await advance(announcementDelayMs);

    expect(bobSent).toHaveBeenCalledTimes(1);
    expect(carolSent).not.toHaveBeenCalled();
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).not.toHaveAttribute('data-error');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('explains a cap reached before a reload, and no "wait a few minutes"', async () => {
    const client = createFakeResendClient();
    // One code sent a minute ago, its wait over: with maxResends 1 nothing more can be sent.
    seedCooldown({
      userPoolId: client.userPoolId,
      clientId: client.clientId,
      username: 'jane@example.com',
      endsAt: Date.now() - 30_000,
      sendCount: 1,
    });
    render(<ResendCodeButton username="jane@example.com" client={client} maxResends={1} />);
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-error', 'resend-limit-reached');
    // Empty at first, so the region is in the accessibility tree before it speaks.
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    await advance(announcementDelayMs);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^You have requested as many codes as allowed for now\./);
    expect(status).not.toHaveTextContent(/few minutes/);
    // The cap lasts until the streak resets, an hour after the last send (seeded just now): the region says when.
    const seededAt = Date.now() - announcementDelayMs;
    const endsAt = new Date(Math.ceil((seededAt + 3_600_000) / 60_000) * 60_000);
    const endTime = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(endsAt);
    expect(status).toHaveTextContent(`You can request a new one after ${endTime}.`);
  });

  it('announces a failure that lands while "you can request a new code" is still being revealed', async () => {
    const user = setup();
    const client = createFakeResendClient();
    render(<ResendCodeButton username="jane@example.com" client={client} cooldown={{ baseWaitMs: 2_000 }} />);
    const texts = recordStatusTexts();
    await user.click(screen.getByRole('button'));
    await flushReactQuery();
    await advance(2_000);
    // The wait is over and "ready again" waits its turn behind the emptied region; the person clicks at once, and
    // the answer (already confirmed) comes back just as that turn is due.
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'ready');
    client.failNext('user-already-confirmed', announcementDelayMs - 20);
    await user.click(screen.getByRole('button'));
    // In steps, so a reveal scheduled by an effect that React runs at the end of a step still comes due.
    for (let step = 0; step < 4; step++) await advance(announcementDelayMs);

    const alreadyConfirmed = 'This account is already confirmed. You can sign in.';
    expect(screen.getByRole('status')).toHaveTextContent(alreadyConfirmed);
    expect(texts.at(-1)).toBe(alreadyConfirmed);
  });

  it('announces the cap once the last allowed wait ends, instead of "you can request a new code"', async () => {
    const user = setup();
    const client = createFakeResendClient();
    render(
      <ResendCodeButton
        username="jane@example.com"
        client={client}
        maxResends={1}
        cooldown={{ baseWaitMs: 2_000 }}
      />,
    );
    await user.click(screen.getByRole('button'));
    await flushReactQuery();
    await advance(2_000);
    await advance(announcementDelayMs);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^You have requested as many codes as allowed for now\./);
    expect(status).not.toHaveTextContent('You can request a new code now.');
  });

  describe.each(Object.entries(allLocales))('in the %s catalogue', (_, messages) => {
    it('words the cap differently from a rate limit, which is over in minutes', () => {
      const limit = messages.errors['resend-limit-reached'];
      expect(limit).not.toBe(messages.errors['limit-exceeded']);
      expect(messages.limitReached?.({})).toBe(limit);
      expect(messages.limitReached?.({ formattedEndTime: '12:34' })).toContain('12:34');
    });

    it('says when the cap ends: the time today, with the date on another day, rounded up to the minute', () => {
      const now = Date.now();
      const endsToday = now + 42 * 60_000 + 10_000;
      const today = new Intl.DateTimeFormat(messages.locale, { timeStyle: 'short' }).format(
        Math.ceil(endsToday / 60_000) * 60_000,
      );
      expect(formatLimitReached(messages, endsToday, now)).toBe(
        messages.limitReached?.({ formattedEndTime: today }),
      );
      const endsTomorrow = now + 30 * 60 * 60_000;
      const tomorrow = new Intl.DateTimeFormat(messages.locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(endsTomorrow);
      expect(formatLimitReached(messages, endsTomorrow, now)).toContain(tomorrow);
      expect(formatLimitReached(messages, null, now)).toBe(messages.errors['resend-limit-reached']);
    });
  });
});
