import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { createSdkV3ResendClient } from '../src/awsSdkV3/createSdkV3ResendClient';
import { LiveClientResend, requestsOnServer, signUpOnServer } from './support/LiveClientResend';
import type { LocalCognito, LocalCognitoConnection } from './support/localCognito';
import { clickResend } from './support/storySteps';

// The app's own SDK client, pointed at the local server; no credentials: the call is unauthenticated.
function createClient(cognito: LocalCognito) {
  const sdkClient = new CognitoIdentityProviderClient({
    region: cognito.userPoolId.split('_')[0],
    endpoint: cognito.endpoint,
  });
  return createSdkV3ResendClient(sdkClient, { userPoolId: cognito.userPoolId, clientId: cognito.clientId });
}

interface Loaded {
  connection: LocalCognitoConnection;
  username: string;
}

const meta = {
  title: 'Clients/AWS SDK v3',
  component: LiveClientResend,
  tags: ['autodocs'],
  argTypes: {
    connection: { table: { disable: true } },
    username: { control: false },
    createClient: { table: { disable: true } },
  },
  args: { connection: { status: 'not-configured' }, username: '', createClient },
  render: (args, { loaded }) => <LiveClientResend {...args} {...(loaded as Loaded)} />,
  parameters: {
    docs: {
      description: {
        component:
          '`createSdkV3ResendClient(client, { userPoolId, clientId })` from `react-cognito-resend/aws-sdk-v3`: the button over a `CognitoIdentityProviderClient` (`ResendConfirmationCodeCommand`), on the local Cognito server.',
      },
    },
  },
} satisfies Meta<typeof LiveClientResend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new code through the AWS SDK v3: one request with the username and the app client, and where the code went. */
export const SendsANewCode: Story = {
  loaders: [signUpOnServer()],
  play: async ({ canvasElement, loaded }) => {
    const { connection, username } = loaded as Loaded;
    const { button, status } = await clickResend(canvasElement);

    await waitFor(() => expect(status).toHaveTextContent(/sent by email to c\*\*\*@e\*\*\*/), {
      timeout: 5000,
    });
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    const requests = await requestsOnServer(connection, username);
    await expect(requests.map((request) => Object.keys(request.body ?? {}).sort())).toEqual([
      ['ClientId', 'Username'],
    ]);
  },
};

/** Cognito answers LimitExceededException: one request (the SDK's retries stay off), then the long wait. */
export const RateLimited: Story = {
  loaders: [signUpOnServer({ kind: 'limit-exceeded', count: 3 })],
  play: async ({ canvasElement, loaded }) => {
    const { connection, username } = loaded as Loaded;
    const { button, status } = await clickResend(canvasElement);

    await waitFor(() => expect(button).toHaveAttribute('data-error', 'limit-exceeded'), { timeout: 5000 });
    await waitFor(() => expect(status).not.toBeEmptyDOMElement());
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    await expect(await requestsOnServer(connection, username)).toHaveLength(1);
  },
};
