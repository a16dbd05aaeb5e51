// The masked destination in the status text: isolated in its own <bdi>, so its characters cannot reorder the
// sentence, and cut to a sane length, in every locale; the host still gets the full value.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { maxShownDestinationLength } from '../../../src/components/displayDestination';
import { ResendCodeButton } from '../../../src/components/ResendCodeButton';
import type { CodeDeliveryDetails } from '../../../src/core/ResendRequest';
import { announcementDelayMs } from '../../../src/react/useResendAnnouncement';
import { createFakeResendClient, resetCooldowns } from '../../../src/testing';
import { allLocales } from '../i18n/allLocales';
import { fakeClockPerTest, flushReactQuery } from '../support/fakeTime';

fakeClockPerTest();

beforeEach(() => {
  resetCooldowns();
});

async function sendTo(destination: string, messages = allLocales.en!) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const onSent = vi.fn<(delivery: CodeDeliveryDetails) => void>();
  const client = createFakeResendClient().succeedNext({ destination, deliveryMedium: 'EMAIL' });
  render(<ResendCodeButton username="jane@example.com" client={client} locale={messages} onSent={onSent} />);
  await user.click(screen.getByRole('button'));
  await flushReactQuery();
  await act(async () => {
    await vi.advanceTimersByTimeAsync(announcementDelayMs);
  });
  const status = screen.getByRole('status');
  return { status, isolated: status.querySelector('bdi'), onSent };
}

describe('the destination in the status text', () => {
  it('is isolated in a <bdi>, so a right-to-left override in it cannot reorder the sentence', async () => {
    const { status, isolated } = await sendTo('j***@e***\u202E.com');
    expect(isolated).not.toBeNull();
    // The override is dropped from what is shown: inside the <bdi> it would still reverse the address itself.
    expect(isolated).toHaveTextContent('j***@e***.com');
    expect(status.textContent).toBe(
      'A new code was sent by email to j***@e***.com. Earlier codes no longer work.',
    );
  });

  it('is cut to a sane length with an ellipsis, while onSent gets the full value', async () => {
    const hostile = `a***@${'x'.repeat(20_000)}`;
    const { status, isolated, onSent } = await sendTo(hostile);
    const shown = isolated?.textContent ?? '';
    expect(Array.from(shown)).toHaveLength(maxShownDestinationLength);
    expect(shown.startsWith('a***@xxx')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(status.textContent!.length).toBeLessThan(200);
    expect(onSent).toHaveBeenCalledWith({ destination: hostile, deliveryMedium: 'EMAIL' });
  });

  it('never cuts a character in half', async () => {
    const { isolated } = await sendTo('😀'.repeat(100));
    const shown = isolated?.textContent ?? '';
    expect(shown).toBe(`${'😀'.repeat(maxShownDestinationLength - 1)}…`);
  });

  describe.each(Object.entries(allLocales))('in the %s catalogue', (_, messages) => {
    it('is isolated and cut the same way', async () => {
      const { status, isolated } = await sendTo(`\u202Eb***@${'y'.repeat(500)}`, messages);
      expect(isolated?.textContent).toBe(`b***@${'y'.repeat(maxShownDestinationLength - 6)}…`);
      expect(status).toHaveAttribute('dir', messages.direction);
      expect(status.textContent).not.toContain('\u202E');
    });
  });
});
