import { isResendError } from '../../src/core/ResendError';
import { type Fault, injectFault, limitResends, signUpUser, uniqueUsername } from '../support/localCognito';
import { type ClientFactory, clientFactories } from './clientFactories';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Scenario {
  /** Prepares the server for `username` and returns the client options to use. */
  arrange(username: string): Promise<Parameters<ClientFactory>[0]>;
}

function withFault(fault: DistributiveOmit<Fault, 'username'>, timeoutMs?: number): Scenario {
  return {
    async arrange(username) {
      await signUpUser(username);
      await injectFault({ ...fault, username } as Fault);
      return { timeoutMs };
    },
  };
}

const scenarios: [answer: string, scenario: Scenario][] = [
  [
    'a new code',
    {
      async arrange(username) {
        await signUpUser(username);
        return {};
      },
    },
  ],
  ['a slow new code', withFault({ kind: 'delay', ms: 100 })],
  [
    'a code sent by SMS',
    withFault({
      kind: 'custom-delivery',
      destination: '+*******1234',
      deliveryMedium: 'SMS',
      attributeName: 'phone_number',
    }),
  ],
  ['no answer', withFault({ kind: 'hang' }, 150)],
  ['a dropped connection', withFault({ kind: 'drop' })],
  ['HTTP 500 with an HTML body', withFault({ kind: 'http-500-non-json' })],
  ['HTTP 503 with x-amzn-errortype', withFault({ kind: 'http-503-errortype' })],
  ['TooManyRequestsException', withFault({ kind: 'too-many-requests' })],
  ['LimitExceededException', withFault({ kind: 'limit-exceeded' })],
  [
    'a namespaced exception type',
    withFault({ kind: 'exception', type: 'com.amazonaws.cognito#ForbiddenException' }),
  ],
  [
    'an exception without a message',
    withFault({ kind: 'exception', type: 'CodeDeliveryFailureException', message: null }),
  ],
  ['HTTP 200 with a body that is not JSON', withFault({ kind: 'garbage-200' })],
  ['an empty HTTP 200', withFault({ kind: 'empty-200' })],
  ['UserNotFoundException', { arrange: async () => ({}) }],
  [
    '"User is already confirmed."',
    {
      async arrange(username) {
        await signUpUser(username, { confirmed: true });
        return {};
      },
    },
  ],
  ['ResourceNotFoundException', { arrange: async () => ({ clientId: 'unknownclient0000000000000' }) }],
  [
    "Cognito's attempt limit",
    {
      async arrange(username) {
        await signUpUser(username);
        await limitResends(username, 0);
        return {};
      },
    },
  ],
];

async function settle(createClient: ClientFactory, scenario: Scenario): Promise<unknown> {
  // Same first letter for every username, so the masked destinations (`p***@e***`) can match too.
  const username = uniqueUsername('parity');
  const options = await scenario.arrange(username);
  try {
    return { resolved: await createClient(options).resend({ username }) };
  } catch (thrown) {
    if (!isResendError(thrown)) return { rejectedWith: String(thrown) };
    // The message quotes each transport's own wording (e.g. "fetch failed" or "Network error"); the rest must match.
    const { message: _message, ...rest } = thrown.toJSON();
    return { rejected: rest };
  }
}

describe('Both clients settle alike for the same answer from Cognito', () => {
  it.each(scenarios)('for %s', async (answer, scenario) => {
    const bySdk = await settle(clientFactories['amazon-cognito-identity-js'], scenario);
    const byFetch = await settle(clientFactories.fetch, scenario);

    expect(byFetch, answer).toStrictEqual(bySdk);
  });
});
