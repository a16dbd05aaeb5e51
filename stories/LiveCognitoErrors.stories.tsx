import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ResendCodeButton } from '../src';
import { cognitoControl, uniqueUsername } from '../test/support/cognitoControl';
import { LiveCognitoConnection, useLocalUserPool } from './support/LiveCognitoConnection';
import { connectLocalCognito, type LocalCognito, type LocalCognitoConnection } from './support/localCognito';
import { clickResend } from './support/storySteps';

interface LiveResendProps {
  /** The local server (from the story's loader). */
  connection: LocalCognitoConnection;
  /** Who asks for a new code (prepared on the server by the story's loader). */
  username: string;
  /** An app client id other than the pool's own, e.g. a wrong one. */
  clientId?: string;
  /**
   * Whether existing and unknown users look the same on the page.
   * @default false
   */
  enumerationSafe?: boolean;
}

function LiveResendButton({
  cognito,
  username,
  clientId,
  enumerationSafe,
}: Omit<LiveResendProps, 'connection'> & {
  cognito: LocalCognito;
}) {
  const userPool = useLocalUserPool(cognito, clientId);
  return (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      <p style={{ margin: 0 }}>
        User <code>{username}</code>
      </p>
      <div>
        <ResendCodeButton username={username} userPool={userPool} enumerationSafe={enumerationSafe} />
      </div>
    </div>
  );
}

/** The button on the local Cognito, for one user the story prepared: the server's real answers. */
function LiveResend({ connection, ...props }: LiveResendProps) {
  return (
    <LiveCognitoConnection connection={connection}>
      {(cognito) => <LiveResendButton cognito={cognito} {...props} />}
    </LiveCognitoConnection>
  );
}

type Prepared = Omit<LiveResendProps, 'connection'>;

// Each story prepares a fresh user on the server before it renders, so runs never share state.
function prepareOnServer(prepare: (cognito: LocalCognito) => Promise<Prepared>) {
  return async () => {
    const connection = await connectLocalCognito();
    const prepared: Prepared =
      connection.status === 'ready' ? await prepare(connection.cognito) : { username: '' };
    return { connection, prepared };
  };
}

const meta = {
  title: 'Live/Local Cognito errors',
  component: LiveResend,
  tags: ['autodocs'],
  argTypes: { connection: { table: { disable: true } }, username: { control: false } },
  args: { connection: { status: 'not-configured' }, username: '' },
  render: (args, { loaded }) => (
    <LiveResend
      {...args}
      {...(loaded.prepared as Prepared)}
      connection={loaded.connection as LocalCognitoConnection}
    />
  ),
  parameters: {
    docs: {
      description: {
        component:
          "The local Cognito server's own answers, for users each story prepares through the server's `/_test/` API (a confirmed user, an injected rate limit, an unknown user, a wrong app client).",
      },
    },
  },
} satisfies Meta<typeof LiveResend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** InvalidParameterException "User is already confirmed.": the flow can move on to sign-in. */
export const AlreadyConfirmed: Story = {
  loaders: [
    prepareOnServer(async (cognito) => {
      const username = uniqueUsername('confirmed');
      await cognitoControl(cognito.endpoint).signUpUser(username, { confirmed: true });
      return { username };
    }),
  ],
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'user-already-confirmed'), {
      timeout: 5000,
    });
    await waitFor(() =>
      expect(status).toHaveTextContent('This account is already confirmed. You can sign in.'),
    );
  },
};

/** LimitExceededException (injected through `POST /_test/faults`): the long wait starts. */
export const RateLimited: Story = {
  loaders: [
    prepareOnServer(async (cognito) => {
      const username = uniqueUsername('limited');
      const control = cognitoControl(cognito.endpoint);
      await control.signUpUser(username);
      await control.injectFault({ username, kind: 'limit-exceeded' });
      return { username };
    }),
  ],
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'limit-exceeded'), { timeout: 5000 });
    await waitFor(() =>
      expect(status).toHaveTextContent('Too many attempts. Wait a few minutes, then try again.'),
    );
    await expect(button).toHaveAttribute('data-state', 'cooldown');
  },
};

/** Nobody signed up with this email; with `enumerationSafe` the page does not tell. */
export const UnknownUserEnumerationSafe: Story = {
  loaders: [prepareOnServer(async () => ({ username: uniqueUsername('nobody'), enumerationSafe: true }))],
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(status).toHaveTextContent('If an account exists, a new code was sent.'), {
      timeout: 5000,
    });
    await expect(button).not.toHaveAttribute('data-error');
  },
};

/**
 * Nobody signed up with this email, and the app client has PreventUserExistenceErrors LEGACY: Cognito answers
 * UserNotFoundException, and the page (showing what Cognito answered, the default) says so.
 */
export const UnknownUserRevealed: Story = {
  loaders: [prepareOnServer(async () => ({ username: uniqueUsername('nobody') }))],
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'user-not-found'), { timeout: 5000 });
    await waitFor(() =>
      expect(status).toHaveTextContent('No account found. Check your details and try again.'),
    );
  },
};

/**
 * Nobody signed up with this email, and the app client has PreventUserExistenceErrors ENABLED (the console's
 * default): Cognito answers with a simulated, masked destination and sends nothing. The page shows it as it shows
 * any send, so it reveals nothing, and neither does the API.
 */
export const UnknownUserPreventUserExistenceErrors: Story = {
  loaders: [
    prepareOnServer(async (cognito) => ({
      username: uniqueUsername('nobody'),
      clientId: cognito.preventUserExistenceClientId,
    })),
  ],
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(
      () => expect(status).toHaveTextContent(/^A new code was sent by email to n\*\*\*@e\*\*\*\./),
      {
        timeout: 5000,
      },
    );
    await expect(button).not.toHaveAttribute('data-error');
    await expect(button).toHaveAttribute('data-state', 'cooldown');
  },
};

/** A wrong app client id: ResourceNotFoundException, a misconfiguration nobody can fix from the page. */
export const WrongAppClient: Story = {
  loaders: [
    prepareOnServer(async (cognito) => {
      const username = uniqueUsername('wrong-client');
      await cognitoControl(cognito.endpoint).signUpUser(username);
      return { username, clientId: 'nosuchclient0000000000000' };
    }),
  ],
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'resource-not-found'), {
      timeout: 5000,
    });
    await waitFor(() =>
      expect(status).toHaveTextContent("Can't send a code right now. Try again later or contact support."),
    );
  },
};
