import type { Meta, StoryObj } from '@storybook/react-vite';
import { Amplify } from 'aws-amplify';
import { expect, waitFor } from 'storybook/test';
import { createAmplifyResendClient } from '../src/amplify/createAmplifyResendClient';
import { LiveClientResend, requestsOnServer, signUpOnServer } from './support/LiveClientResend';
import type { LocalCognito, LocalCognitoConnection } from './support/localCognito';
import { clickResend } from './support/storySteps';

// Amplify adds two retry-bookkeeping headers, `amz-sdk-request` and `amz-sdk-invocation-id`, that Cognito's CORS
// answer allows but the local server's preflight does not list yet (tools/cognito-server.js), so the browser would
// refuse the request. Until it does, the story page's fetch leaves those two headers out of requests to the local
// server, and nothing else.
function letAmplifyThroughLocalCors(endpoint: string) {
  const pageFetch = globalThis.fetch;
  if ((pageFetch as { forLocalCognito?: string }).forLocalCognito === endpoint) return;
  const fetchWithoutRetryHeader = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).startsWith(endpoint) && init?.headers) {
      const headers = new Headers(init.headers);
      headers.delete('amz-sdk-request');
      headers.delete('amz-sdk-invocation-id');
      return pageFetch(input, { ...init, headers });
    }
    return pageFetch(input, init);
  };
  globalThis.fetch = Object.assign(fetchWithoutRetryHeader, { forLocalCognito: endpoint });
}

// As an app configures Amplify v6, pointed at the local server (`userPoolEndpoint`); the client reads it on resend.
function createClient(cognito: LocalCognito) {
  letAmplifyThroughLocalCors(cognito.endpoint);
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: cognito.userPoolId,
        userPoolClientId: cognito.clientId,
        userPoolEndpoint: cognito.endpoint,
      },
    },
  });
  return createAmplifyResendClient();
}

interface Loaded {
  connection: LocalCognitoConnection;
  username: string;
}

const meta = {
  title: 'Clients/Amplify v6',
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
          "`createAmplifyResendClient()` from `react-cognito-resend/amplify`: the button over `aws-amplify/auth`'s `resendSignUpCode`, with the user pool and app client of `Amplify.configure`, on the local Cognito server.",
      },
    },
  },
} satisfies Meta<typeof LiveClientResend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new code through Amplify: one request with the username and the app client, and where the code went. */
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

/**
 * Cognito keeps answering LimitExceededException: Amplify retries it itself (three requests), then the button
 * shows the rate limit and starts the long wait.
 */
export const RateLimited: Story = {
  loaders: [signUpOnServer({ kind: 'limit-exceeded', count: 3 })],
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);

    await waitFor(() => expect(button).toHaveAttribute('data-error', 'limit-exceeded'), { timeout: 8000 });
    await waitFor(() => expect(status).not.toBeEmptyDOMElement());
    await expect(button).toHaveAttribute('data-state', 'cooldown');
  },
};
