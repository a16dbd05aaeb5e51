import { isResendError } from '../../src/core/ResendError';
import type { ResendRequest } from '../../src/core/ResendRequest';
import {
  type Fault,
  injectFault,
  limitResends,
  recordedResends,
  signUpUser,
  uniqueUsername,
} from '../support/localCognito';
import { attemptsPerResend, type ClientFactory, clientFactories } from './clientFactories';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Scenario {
  /** Prepares the server for `username` and returns the client options to use. */
  arrange(username: string): Promise<Parameters<ClientFactory>[0]>;
}

// The fault answers every attempt of one resend (Amplify retries some faults itself), so each client meets it.
function withFault(fault: DistributiveOmit<Fault, 'username'>, timeoutMs?: number): Scenario {
  return {
    async arrange(username) {
      await signUpUser(username);
      await injectFault({ count: attemptsPerResend, ...fault, username } as Fault);
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
  ['no answer', withFault({ kind: 'hang', count: 1 }, 150)],
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
  ['an exception this package does not know', withFault({ kind: 'exception', type: 'BrandNewException' })],
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

/** How a resend settled, and the HTTP status its error reported (kept apart: not every client can know it). */
interface Settled {
  outcome: unknown;
  statusCode?: number;
}

async function settle(createClient: ClientFactory, scenario: Scenario): Promise<Settled> {
  // Same first letter for every username, so the masked destinations (`p***@e***`) can match too.
  const username = uniqueUsername('parity');
  const options = await scenario.arrange(username);
  try {
    return { outcome: { resolved: await createClient(options).resend({ username }) } };
  } catch (thrown) {
    if (!isResendError(thrown)) return { outcome: { rejectedWith: String(thrown) } };
    // The message quotes each transport's own wording (e.g. "fetch failed" or "Network error"); the rest must match.
    const { message: _message, statusCode, ...rest } = thrown.toJSON();
    return { outcome: { rejected: rest }, statusCode };
  }
}

const { 'amazon-cognito-identity-js': sdkFactory, ...otherFactories } = clientFactories;

describe('Every client settles alike for the same answer from Cognito', () => {
  it.each(scenarios)('for %s', async (answer, scenario) => {
    const bySdk = await settle(sdkFactory, scenario);

    for (const [client, createClient] of Object.entries(otherFactories)) {
      const byClient = await settle(createClient, scenario);
      expect(byClient.outcome, `${client}: ${answer}`).toStrictEqual(bySdk.outcome);
      // amazon-cognito-identity-js and fetch report a status only when the type came from the x-amzn-errortype
      // header; the AWS SDK v3 and Amplify always know it. Where both report one, it is the same.
      if (bySdk.statusCode !== undefined || client === 'fetch') {
        expect(byClient.statusCode, `${client}: ${answer}`).toBe(bySdk.statusCode);
      }
    }
  });
});

// Amplify sends only the username, the client metadata and the advanced-security script's data (it refuses the
// other fields), so these are the requests every client must put on the wire alike.
const requests: [what: string, request: Omit<ResendRequest, 'username'>][] = [
  ['only a username', {}],
  ['client metadata', { clientMetadata: { source: 'sign-up-page', locale: 'en-GB' } }],
  ['empty client metadata', { clientMetadata: {} }],
];

describe('Every client puts the same request on the wire', () => {
  it.each(requests)('for a request with %s', async (_what, fields) => {
    const sent = [];
    for (const createClient of Object.values(clientFactories)) {
      const username = uniqueUsername('wire');
      await signUpUser(username);
      await createClient().resend({ username, ...fields });
      const [request, ...more] = await recordedResends(username);
      expect(more).toHaveLength(0);
      sent.push({
        body: { ...request!.body, Username: request!.body?.Username === username },
        contentType: request!.headers['content-type'],
        target: request!.headers['x-amz-target'],
      });
    }

    for (const request of sent.slice(1)) expect(request).toStrictEqual(sent[0]);
    expect(sent[0]).toMatchObject({
      contentType: expect.stringMatching(/^application\/x-amz-json-1\.1/),
      target: 'AWSCognitoIdentityProviderService.ResendConfirmationCode',
    });
  });
});
