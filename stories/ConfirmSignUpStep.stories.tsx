import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useId, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { type CooldownPolicy, ResendCodeButton, type ResendCodeClient } from '../src';
import { clientNamed } from './support/resendCodeButtonArgs';
import { clientArgType, maskedEmail } from './support/storyClients';

// The codes this demo "emails", in order: the sign-up's own, then one per resend. Only the latest one confirms,
// as with Cognito.
const demoCodes = ['482913', '730562', '169348', '905217', '318640'];

interface ConfirmYourAccountProps {
  /** The username that just signed up. */
  username: string;
  /** Where sign-up said the first code went (Cognito's masked destination). */
  destination: string;
  /** Who resends the code (a fake here; the app's user pool or fetch client in production). */
  client: ResendCodeClient;
  /** Cooldown overrides, e.g. a short wait for the demo. */
  cooldown?: Partial<CooldownPolicy>;
  /** Called once the account is confirmed. */
  onConfirmed?: () => void;
}

/** The sign-up step after `signUp`: enter the emailed code, or ask for a new one. */
function ConfirmYourAccount({
  username,
  destination,
  client,
  cooldown,
  onConfirmed,
}: ConfirmYourAccountProps) {
  const [codesSent, setCodesSent] = useState(1);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');
  const [outcome, setOutcome] = useState<'pending' | 'confirmed' | 'already-confirmed'>('pending');
  const codeId = useId();
  const hintId = useId();
  const latestCode = demoCodes[(codesSent - 1) % demoCodes.length]!;

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    // In an app: new CognitoUser({ Username, Pool }).confirmRegistration(code, true, callback).
    if (code.trim() === latestCode) {
      setOutcome('confirmed');
      onConfirmed?.();
    } else {
      setProblem("That code doesn't match. Check your latest email and try again.");
    }
  };

  if (outcome !== 'pending') {
    return (
      <section aria-labelledby={`${codeId}-done`} style={{ maxWidth: '26rem' }}>
        <h2 id={`${codeId}-done`}>{outcome === 'confirmed' ? 'Account confirmed' : 'Already confirmed'}</h2>
        <p role="status">
          {outcome === 'confirmed'
            ? 'Your account is confirmed. You can sign in now.'
            : 'This account was confirmed before. You can sign in.'}
        </p>
      </section>
    );
  }

  return (
    <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <section aria-labelledby={`${codeId}-title`} style={{ maxWidth: '26rem' }}>
        <h2 id={`${codeId}-title`} style={{ marginTop: 0 }}>
          Confirm your account
        </h2>
        <p id={hintId}>
          We sent a code to <strong>{destination}</strong>. Enter it below to finish signing up.
        </p>
        <form onSubmit={confirm} style={{ display: 'grid', gap: '0.5rem' }}>
          <label htmlFor={codeId}>Confirmation code</label>
          <input
            id={codeId}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            aria-describedby={hintId}
            aria-invalid={problem ? true : undefined}
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setProblem('');
            }}
            style={{
              font: 'inherit',
              fontSize: '1.25rem',
              letterSpacing: '0.3em',
              padding: '0.5rem',
              width: '10ch',
            }}
          />
          <p role="alert" style={{ margin: 0, color: '#b91c1c', minHeight: '1.5em' }}>
            {problem}
          </p>
          <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <button type="submit" style={{ font: 'inherit', padding: '0.5rem 1rem' }}>
              Confirm account
            </button>
            <div>
              <ResendCodeButton
                username={username}
                client={client}
                // The sign-up sent the first code just before this step mounted. A time inside the wait the button
                // knows is the same send, so later renders', remounts' and reloads' newer times restart nothing.
                lastSentAt={Date.now()}
                cooldown={cooldown}
                onSent={() => setCodesSent((count) => count + 1)}
                onAlreadyConfirmed={() => setOutcome('already-confirmed')}
              />
            </div>
          </div>
        </form>
      </section>
      <aside
        aria-labelledby={`${codeId}-inbox`}
        style={{ border: '1px dashed #94a3b8', padding: '0.75rem 1rem' }}
      >
        <h3 id={`${codeId}-inbox`} style={{ margin: 0, fontSize: '1rem' }}>
          Demo inbox
        </h3>
        <ol data-testid="inbox">
          {demoCodes.slice(0, Math.min(codesSent, demoCodes.length)).map((sentCode) => (
            <li key={sentCode}>
              Your code is <code>{sentCode}</code>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}

const meta = {
  title: 'Flows/Confirm your account',
  component: ConfirmYourAccount,
  tags: ['autodocs'],
  argTypes: { client: clientArgType, cooldown: { control: 'object' } },
  args: {
    username: 'jane@example.com',
    destination: maskedEmail,
    client: clientNamed('Sends to a masked email'),
    cooldown: { baseWaitMs: 2000 },
    onConfirmed: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'A complete sign-up step: the code input, and `ResendCodeButton` started with `lastSentAt` (sign-up just sent a code, so the first wait runs from mount). The "inbox" stands in for the email; the cooldown is 2 s here instead of 30 s.',
      },
    },
  },
} satisfies Meta<typeof ConfirmYourAccount>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A wrong code, a resend after the wait, then the latest code confirms the account. */
export const ConfirmWithResentCode: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const resend = canvas.getByRole('button', { name: 'Resend code' });
    const codeInput = canvas.getByLabelText('Confirmation code');
    await expect(canvas.getByRole('heading', { name: 'Confirm your account' })).toBeVisible();
    // Sign-up just sent a code: the first wait runs from mount.
    await expect(resend).toHaveAttribute('data-state', 'cooldown');

    await userEvent.type(codeInput, '000000');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm account' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent("That code doesn't match.");

    await waitFor(() => expect(resend).toHaveAttribute('data-state', 'ready'), { timeout: 3000 });
    await userEvent.click(resend);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(`A new code was sent by email to ${maskedEmail}.`),
    );
    const inbox = canvas.getByTestId('inbox');
    await expect(within(inbox).getAllByRole('listitem')).toHaveLength(2);
    const latest = within(inbox).getAllByRole('listitem').at(-1)!.querySelector('code')!.textContent!;

    await userEvent.clear(codeInput);
    await userEvent.type(codeInput, latest);
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm account' }));
    await expect(canvas.getByRole('heading', { name: 'Account confirmed' })).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Your account is confirmed. You can sign in now.'),
    );
    await expect(args.onConfirmed).toHaveBeenCalledTimes(1);
  },
};

/** The user confirmed in another tab: the resend answers "already confirmed" and the step moves on. */
export const AlreadyConfirmedElsewhere: Story = {
  args: { username: 'confirmed-elsewhere@example.com', client: clientNamed('Already confirmed') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const resend = canvas.getByRole('button', { name: 'Resend code' });
    await waitFor(() => expect(resend).toHaveAttribute('data-state', 'ready'), { timeout: 3000 });
    await userEvent.click(resend);
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Already confirmed' })).toBeVisible());
  },
};
