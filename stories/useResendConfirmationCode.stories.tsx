import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  type CodeDeliveryDetails,
  en,
  formatErrorMessage,
  type ResendError,
  type UseResendConfirmationCodeOptions,
  useResendConfirmationCode,
} from '../src';
import { clientNamed, resendCodeButtonArgs, resendOptionArgTypes } from './support/resendCodeButtonArgs';
import { maskedEmail } from './support/storyClients';
import { seedStoryCooldown } from './support/storySteps';

// The news in this app's own words; a catalogue's message for errors (the hook itself returns codes, not words).
function newsOf(error: ResendError | null, delivery: CodeDeliveryDetails | null): string {
  if (error) return formatErrorMessage(en, error.code);
  if (delivery?.destination) return `Sent! Check ${delivery.destination}.`;
  if (delivery) return 'Sent! Check your inbox.';
  return '';
}

/**
 * Markup of your own from the hook's result: a sentence with an inline "send again" action, the wait in your own
 * words, your own live region, and the raw result for reference.
 */
function HeadlessResend(options: UseResendConfirmationCodeOptions) {
  const { state, canResend, secondsLeft, endsAt, delivery, error, attempts, limitReached, resend } =
    useResendConfirmationCode(options);
  const waitId = useId();
  const news = newsOf(error, delivery);
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '32rem' }}>
      <p style={{ margin: 0 }}>
        Didn't get the email?{' '}
        <button
          type="button"
          onClick={resend}
          aria-disabled={!canResend}
          aria-describedby={state === 'ready' ? undefined : waitId}
          style={{
            border: 0,
            padding: 0,
            background: 'none',
            font: 'inherit',
            color: canResend ? '#1d4ed8' : '#475569',
            textDecoration: canResend ? 'underline' : 'none',
            cursor: canResend ? 'pointer' : 'not-allowed',
          }}
        >
          Send it again
        </button>{' '}
        {state === 'sending' ? <span id={waitId}>(sending…)</span> : null}
        {state === 'cooldown' ? <span id={waitId}>(in {secondsLeft} s)</span> : null}
      </p>
      <p role="status" style={{ margin: 0, color: error ? '#b91c1c' : '#166534' }}>
        {news}
      </p>
      <dl
        aria-label="Hook result"
        style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}
      >
        <dt>state</dt>
        <dd data-testid="state">{state}</dd>
        <dt>canResend</dt>
        <dd>{String(canResend)}</dd>
        <dt>secondsLeft</dt>
        <dd>{secondsLeft}</dd>
        <dt>endsAt</dt>
        <dd>{endsAt === null ? 'null' : new Date(endsAt).toISOString()}</dd>
        <dt>attempts</dt>
        <dd>{attempts}</dd>
        <dt>limitReached</dt>
        <dd data-testid="limit-reached">{String(limitReached)}</dd>
        <dt>delivery</dt>
        <dd>{delivery ? JSON.stringify(delivery) : 'null'}</dd>
        <dt>error</dt>
        <dd>{error ? error.code : 'null'}</dd>
      </dl>
    </div>
  );
}

const meta = {
  title: 'Hooks/useResendConfirmationCode',
  component: HeadlessResend,
  tags: ['autodocs'],
  argTypes: resendOptionArgTypes,
  args: { ...resendCodeButtonArgs, username: 'jane@example.com' },
  parameters: {
    docs: {
      description: {
        component:
          "`useResendConfirmationCode(options)` returns the state (`ready | sending | cooldown`), `canResend`, `secondsLeft` and `endsAt`, the last `delivery` and `error` (codes and data: words come from a catalogue, e.g. `formatErrorMessage(en, error.code)`), `attempts`, `limitReached` and `resend()`. Everything on screen here is this story's own markup.",
      },
    },
  },
} satisfies Meta<typeof HeadlessResend>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = {
  args: { username: 'headless-ready@example.com' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Send it again' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.getByTestId('state')).toHaveTextContent('ready');
  },
};

export const Sending: Story = {
  args: { username: 'headless-sending@example.com', client: clientNamed('Never answers') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Send it again' });
    await userEvent.click(button);
    await waitFor(() => expect(canvas.getByTestId('state')).toHaveTextContent('sending'));
    await expect(canvas.getByText('(sending…)')).toBeVisible();
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Sent, then a short wait (3 s) counting down from `endsAt`, then ready again. */
export const SentThenCooldown: Story = {
  args: { username: 'headless-sent@example.com', cooldown: { baseWaitMs: 3000 } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send it again' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(`Sent! Check ${maskedEmail}.`));
    await expect(canvas.getByTestId('state')).toHaveTextContent('cooldown');
    await expect(canvas.getByText(/\(in [23] s\)/)).toBeVisible();
    await expect(args.onSent).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvas.getByTestId('state')).toHaveTextContent('ready'), { timeout: 4000 });
  },
};

export const Cooldown: Story = {
  args: { username: 'headless-cooldown@example.com' },
  beforeEach: ({ args }) => {
    seedStoryCooldown(args, { secondsLeft: 25 });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('state')).toHaveTextContent('cooldown');
    await expect(canvas.getByText(/\(in 2[45] s\)/)).toBeVisible();
  },
};

export const Failed: Story = {
  args: { username: 'headless-failed@example.com', client: clientNamed('Delivery failed') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send it again' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        "The code couldn't be delivered. Try again later.",
      ),
    );
    await expect(canvas.getByTestId('state')).toHaveTextContent('ready');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'code-delivery-failure' }),
    );
  },
};

/** `maxResends` reached: `limitReached` is true and `resend()` sends nothing. */
export const LimitReached: Story = {
  args: { username: 'headless-capped@example.com', maxResends: 1 },
  beforeEach: ({ args }) => {
    seedStoryCooldown(args, { secondsLeft: 0, sendCount: 1 });
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('limit-reached')).toHaveTextContent('true');
    await expect(canvas.getByRole('button', { name: 'Send it again' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send it again' }));
    // A request going out would show as `sending` at once.
    await expect(canvas.getByTestId('state')).toHaveTextContent('ready');
    await expect(args.onSent).not.toHaveBeenCalled();
  },
};
