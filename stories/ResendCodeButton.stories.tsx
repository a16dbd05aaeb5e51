import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { ResendCodeButton } from '../src';
import { clientNamed, resendCodeButtonMeta } from './support/resendCodeButtonArgs';
import { maskedEmail, maskedPhone } from './support/storyClients';
import { clickResend, seedStoryCooldown } from './support/storySteps';

const meta = {
  title: 'ResendCodeButton/States',
  component: ResendCodeButton,
  tags: ['autodocs'],
  ...resendCodeButtonMeta(
    'A `<button type="button">` that renders `useResendConfirmationCode` and owns no logic. `data-state` is `ready`, `sending` or `cooldown`; while it cannot send it keeps focus and its accessible name ("Resend code") and carries `aria-disabled="true"`. The polite status region after it announces sends, errors and "ready again", never every second.',
  ),
} satisfies Meta<typeof ResendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing sent yet: a click sends. */
export const Ready: Story = {
  args: { username: 'ready@example.com' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Resend code' });
    await expect(button).toHaveAttribute('type', 'button');
    await expect(button).toHaveAttribute('data-state', 'ready');
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(button).toHaveTextContent('Resend code');
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
  },
};

/** The request is in flight (this client never answers): the button says so and keeps focus. */
export const Sending: Story = {
  args: { username: 'sending@example.com', client: clientNamed('Never answers') },
  // Counts the requests that reach the client: this one never answers, so no callback could tell.
  beforeEach: ({ args }) => {
    const resend = spyOn(args.client!, 'resend');
    return () => resend.mockRestore();
  },
  play: async ({ canvasElement, args }) => {
    const { button } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'sending'));
    await expect(button).toHaveTextContent('Sending…');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveFocus();
    // A second click while sending sends nothing and changes nothing.
    await userEvent.click(button);
    await expect(button).toHaveAttribute('data-state', 'sending');
    await expect(args.client!.resend).toHaveBeenCalledTimes(1);
  },
};

/** A wait runs (a code went out moments ago in this tab, in another tab, or before a reload): it shows as a countdown. */
export const Cooldown: Story = {
  args: { username: 'cooldown@example.com' },
  beforeEach: ({ args }) => {
    seedStoryCooldown(args, { secondsLeft: 42 });
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Resend code' });
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveTextContent(/Resend code4[12] s/);
    // Clicking during the wait sends nothing.
    await userEvent.click(button);
    await expect(args.onSent).not.toHaveBeenCalled();
    await expect(button).toHaveAttribute('data-state', 'cooldown');
  },
};

/** A short wait (3 s instead of 30 s): it counts down second by second, then the button is ready again. */
export const CountdownEndsReadyAgain: Story = {
  args: { username: 'countdown@example.com', cooldown: { baseWaitMs: 3000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveTextContent('Resend code3 s'));
    await waitFor(() => expect(button).toHaveTextContent('Resend code2 s'), { timeout: 2000 });
    // The accessible name stays the label while the visible text counts.
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toBe(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'ready'), { timeout: 4000 });
    await expect(button).not.toHaveAttribute('aria-disabled');
    await waitFor(() => expect(status).toHaveTextContent('You can request a new code now.'));
  },
};

/** Sent: the status names the masked email Cognito reported. */
export const SentToMaskedEmail: Story = {
  args: { username: 'email@example.com', client: clientNamed('Sends to a masked email') },
  play: async ({ canvasElement, args }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() =>
      expect(status).toHaveTextContent(
        `A new code was sent by email to ${maskedEmail}. Earlier codes no longer work.`,
      ),
    );
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    await expect(button).toHaveTextContent(/Resend code(30|29) s/);
    await expect(args.onSent).toHaveBeenCalledWith({
      destination: maskedEmail,
      deliveryMedium: 'EMAIL',
      attributeName: 'email',
    });
  },
};

/** Sent by text message: the status names the masked phone number. */
export const SentToMaskedPhone: Story = {
  args: { username: 'phone@example.com', client: clientNamed('Sends to a masked phone') },
  play: async ({ canvasElement }) => {
    const { status } = await clickResend(canvasElement);
    await waitFor(() =>
      expect(status).toHaveTextContent(
        `A new code was sent by text message to ${maskedPhone}. Earlier codes no longer work.`,
      ),
    );
  },
};

/**
 * An overlong destination with a right-to-left override in it: shown in its own `<bdi>`, without the override and cut
 * to 40 characters, so it can neither stretch the page nor reorder the sentence (`onSent` gets the whole value).
 */
export const OverlongDestinationIsCut: Story = {
  args: { username: 'long@example.com', client: clientNamed('Sends to an overlong destination') },
  play: async ({ canvasElement }) => {
    const { status } = await clickResend(canvasElement);
    await waitFor(() => expect(status.querySelector('bdi')).not.toBeNull());
    const shown = status.querySelector('bdi')?.textContent ?? '';
    await expect(Array.from(shown)).toHaveLength(40);
    await expect(shown).toMatch(/^j\*\*\*@e+…$/);
    await expect(status).toHaveTextContent(/\. Earlier codes no longer work\.$/);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** Right after sign-up: `lastSentAt` starts the wait at mount, since Cognito just sent the first code. */
export const JustSignedUp: Story = {
  args: { username: 'signed-up@example.com' },
  // The hook records `lastSentAt` when the user comes on screen, and a time inside the wait it knows is the same send:
  // an inline `Date.now()` restarts nothing on later renders, remounts or reloads during that wait.
  render: (args) => <ResendCodeButton {...args} lastSentAt={args.lastSentAt ?? Date.now()} />,
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Resend code' });
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    await expect(button).toHaveTextContent(/Resend code(30|29) s/);
  },
};

/** Only the screen reader hears the status (`statusDisplay="visually-hidden"`); the text is still there. */
export const VisuallyHiddenStatus: Story = {
  args: { username: 'hidden-status@example.com', statusDisplay: 'visually-hidden' },
  play: async ({ canvasElement }) => {
    const { status } = await clickResend(canvasElement);
    await waitFor(() => expect(status).toHaveTextContent(/A new code was sent/));
    await expect(status).toHaveStyle({ position: 'absolute', width: '1px' });
  },
};

/** Bare (`unstyled`): no `data-rcr-button`, so styles.css leaves it alone and the host styles it. */
export const Unstyled: Story = {
  args: { username: 'unstyled@example.com', unstyled: true },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Resend code' });
    await expect(button).not.toHaveAttribute('data-rcr-button');
    await expect(button).toHaveAttribute('data-state', 'ready');
  },
};
