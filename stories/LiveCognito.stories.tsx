import type { Meta, StoryObj } from '@storybook/react-vite';
import { CognitoUserAttribute, type CognitoUserPool, type ISignUpResult } from 'amazon-cognito-identity-js';
import { type FormEvent, useId, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type CooldownPolicy, ResendCodeButton } from '../src';
import { cognitoControl, uniqueUsername } from '../test/support/cognitoControl';
import { confirmSignUp } from '../test/support/confirmSignUp';
import { LiveCognitoConnection, useLocalUserPool } from './support/LiveCognitoConnection';
import { connectLocalCognito, type LocalCognito, type LocalCognitoConnection } from './support/localCognito';

const demoPassword = 'Passw0rd!story';

function signUp(pool: CognitoUserPool, email: string, password: string): Promise<ISignUpResult> {
  return new Promise((resolve, reject) => {
    pool.signUp(
      email,
      password,
      [new CognitoUserAttribute({ Name: 'email', Value: email })],
      [],
      (error, result) =>
        error || !result ? reject(error ?? new Error('No sign-up result.')) : resolve(result),
    );
  });
}

const panel = {
  border: '1px solid #cbd5e1',
  borderRadius: '0.5rem',
  padding: '0.5rem 1rem 0.75rem',
} as const;
const heading = { margin: '0 0 0.25rem', fontSize: '1rem' } as const;
const fieldStyle = { font: 'inherit', padding: '0.4rem 0.5rem' } as const;

interface LiveSignUpProps {
  /** The local server (from the story's loader). */
  connection: LocalCognitoConnection;
  /** Cooldown overrides; a short wait keeps the demo quick. */
  cooldown?: Partial<CooldownPolicy>;
}

/**
 * The whole journey on a real (local) Cognito: sign up with amazon-cognito-identity-js, read the code Cognito
 * delivered, resend it with the button, and confirm with the newest code.
 */
function LiveSignUp({ connection, cooldown }: LiveSignUpProps) {
  return (
    <LiveCognitoConnection connection={connection}>
      {(cognito) => <LiveSignUpFlow cognito={cognito} cooldown={cooldown} />}
    </LiveCognitoConnection>
  );
}

function LiveSignUpFlow({
  cognito,
  cooldown,
}: {
  cognito: LocalCognito;
  cooldown?: Partial<CooldownPolicy>;
}) {
  const pool = useLocalUserPool(cognito);
  const ids = useId();
  const [email, setEmail] = useState(() => uniqueUsername('storybook'));
  const [signedUpAt, setSignedUpAt] = useState<number | null>(null);
  const [codes, setCodes] = useState<{ number: number; code: string }[]>([]);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  const readCode = async () => {
    const delivered = await cognitoControl(cognito.endpoint).readCode(email);
    if (delivered) setCodes((previous) => [...previous, { number: previous.length + 1, code: delivered }]);
  };

  const submitSignUp = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    try {
      await signUp(pool, email, demoPassword);
      setSignedUpAt(Date.now());
      await readCode();
    } catch (error) {
      setProblem(`Sign-up failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const submitCode = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    try {
      await confirmSignUp(cognito, email, code.trim());
      setConfirmed(true);
    } catch (error) {
      setProblem(`Cognito says: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '44rem' }}>
      <p style={{ margin: 0, color: '#334155', fontSize: '0.875rem' }}>
        Local Cognito at <code>{cognito.endpoint}</code>, pool <code>{cognito.userPoolId}</code>, app client{' '}
        <code>{cognito.clientId}</code>
      </p>

      <section aria-labelledby={`${ids}-signup`} style={panel}>
        <h2 id={`${ids}-signup`} style={heading}>
          1. Sign up
        </h2>
        {signedUpAt !== null ? (
          <p style={{ margin: 0 }}>
            Signed up as <strong data-testid="username">{email}</strong>; Cognito sent the first code.
          </p>
        ) : (
          <form
            onSubmit={submitSignUp}
            style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', flexWrap: 'wrap' }}
          >
            <label style={{ display: 'grid', gap: '0.25rem' }}>
              Email
              <input
                type="email"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                style={{ ...fieldStyle, width: '22rem' }}
              />
            </label>
            <button type="submit" disabled={busy} style={fieldStyle}>
              Sign up
            </button>
          </form>
        )}
      </section>

      {signedUpAt !== null ? (
        <section aria-labelledby={`${ids}-inbox`} style={panel}>
          <h2 id={`${ids}-inbox`} style={heading}>
            2. Delivered codes
          </h2>
          <p style={{ margin: 0, color: '#334155', fontSize: '0.875rem' }}>
            Read from the server's <code>GET /_test/codes?username=</code>, as the user would find them in the
            inbox.
          </p>
          <ol
            data-testid="delivered-codes"
            style={{
              display: 'flex',
              gap: '2rem',
              margin: '0.25rem 0 0.5rem',
              paddingInlineStart: '1.25rem',
            }}
          >
            {codes.map(({ number, code: delivered }) => (
              <li key={number}>
                <code style={{ fontSize: '1.1rem' }}>{delivered}</code>
                {number === codes.length ? ' (latest)' : ' (replaced)'}
              </li>
            ))}
          </ol>
          <ResendCodeButton
            username={email}
            userPool={pool}
            lastSentAt={signedUpAt}
            cooldown={cooldown}
            onSent={() => void readCode()}
          />
        </section>
      ) : null}

      {signedUpAt !== null ? (
        <section aria-labelledby={`${ids}-confirm`} style={panel}>
          <h2 id={`${ids}-confirm`} style={heading}>
            3. Confirm
          </h2>
          {confirmed ? (
            <p role="status" data-testid="confirmed" style={{ margin: 0, color: '#166534', fontWeight: 600 }}>
              Confirmed: {email} can sign in now.
            </p>
          ) : (
            <form
              onSubmit={submitCode}
              style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', flexWrap: 'wrap' }}
            >
              <label style={{ display: 'grid', gap: '0.25rem' }}>
                Confirmation code
                <input
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                  style={{ ...fieldStyle, width: '10ch', letterSpacing: '0.2em' }}
                />
              </label>
              <button type="submit" disabled={busy} style={fieldStyle}>
                Confirm account
              </button>
            </form>
          )}
        </section>
      ) : null}

      <p role="alert" style={{ margin: 0, color: '#b91c1c' }}>
        {problem}
      </p>
    </div>
  );
}

const meta = {
  title: 'Live/Local Cognito',
  component: LiveSignUp,
  tags: ['autodocs'],
  loaders: [async () => ({ connection: await connectLocalCognito() })],
  argTypes: { connection: { control: false, table: { disable: true } }, cooldown: { control: 'object' } },
  args: { connection: { status: 'not-configured' }, cooldown: { baseWaitMs: 2000 } },
  render: (args, { loaded }) => (
    <LiveSignUp {...args} connection={loaded.connection as LocalCognitoConnection} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Against the local Cognito server (`tools/cognito-server.js`), started by `npm start` and by the Storybook test run: a real `SignUp`, `ResendConfirmationCode` and `ConfirmSignUp` over HTTP through amazon-cognito-identity-js. The cooldown is 2 s here so the demo is quick.',
      },
    },
  },
} satisfies Meta<typeof LiveSignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sign up, see the code, resend after the wait, see the new code replace it, confirm with it. */
export const SignUpResendConfirm: Story = {
  play: async ({ canvasElement, loaded }) => {
    await expect((loaded.connection as LocalCognitoConnection).status).toBe('ready');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const codes = await canvas.findByTestId('delivered-codes', {}, { timeout: 5000 });
    await waitFor(() => expect(within(codes).getAllByRole('listitem')).toHaveLength(1), { timeout: 5000 });
    const firstCode = within(codes).getByRole('listitem').querySelector('code')!.textContent!;
    await expect(firstCode).toMatch(/^\d{6}$/);

    // Sign-up sent a code just now: the button waits first.
    const resend = () => canvas.getByRole('button', { name: 'Resend code' });
    await expect(resend()).toHaveAttribute('data-state', 'cooldown');
    await waitFor(() => expect(resend()).toHaveAttribute('data-state', 'ready'), { timeout: 8000 });
    await userEvent.click(resend());
    await waitFor(() => expect(canvas.getByText(/A new code was sent by email to/)).toBeVisible(), {
      timeout: 5000,
    });
    await waitFor(() => expect(within(codes).getAllByRole('listitem')).toHaveLength(2), { timeout: 5000 });
    const latestCode = within(codes).getAllByRole('listitem')[1]!.querySelector('code')!.textContent!;
    await expect(latestCode).toMatch(/^\d{6}$/);

    const codeInput = canvas.getByLabelText('Confirmation code');
    if (latestCode !== firstCode) {
      // The replaced code no longer works.
      await userEvent.type(codeInput, firstCode);
      await userEvent.click(canvas.getByRole('button', { name: 'Confirm account' }));
      await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/Cognito says:/), {
        timeout: 5000,
      });
      await userEvent.clear(codeInput);
    }
    await userEvent.type(codeInput, latestCode);
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm account' }));
    await waitFor(
      () => expect(canvas.getByTestId('confirmed')).toHaveTextContent(/Confirmed: .+ can sign in now\./),
      {
        timeout: 5000,
      },
    );
  },
};
