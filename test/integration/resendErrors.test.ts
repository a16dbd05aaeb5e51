import { computeSecretHash } from '../../src/core/computeSecretHash';
import { isResendError, type ResendError } from '../../src/core/ResendError';
import type { ResendRequest } from '../../src/core/ResendRequest';
import { documentedExceptions } from '../support/documentedExceptions';
import {
  closedEndpoint,
  cognito,
  injectFault,
  limitResends,
  recordedResends,
  signUpUser,
  uniqueUsername,
} from '../support/localCognito';
import { attemptsPerResend, clientFactories, everyFieldClientFactories } from './clientFactories';

async function rejection(promise: Promise<unknown>): Promise<ResendError> {
  try {
    await promise;
  } catch (thrown) {
    if (isResendError(thrown)) return thrown;
    throw new Error(`Rejected with something other than a ResendError: ${String(thrown)}`);
  }
  throw new Error('Resolved, but a rejection was expected.');
}

// Each fault answers as many requests as Amplify's own retries make, so every client meets it through the whole
// resend (a client without retries leaves the rest unused: usernames are never shared).
describe.each(Object.entries(clientFactories))('Resend failures through %s', (_name, createClient) => {
  describe.each(documentedExceptions)('when Cognito answers %s', (type, code) => {
    it(`rejects with code ${code}`, async () => {
      const username = uniqueUsername('exception');
      await injectFault({
        kind: 'exception',
        type,
        message: `Injected for ${username}`,
        username,
        count: attemptsPerResend,
      });

      const error = await rejection(createClient().resend({ username }));

      expect(error.code).toBe(code);
      expect(error.cognitoType).toBe(type);
      expect(error.message).not.toContain(username);
    });
  });

  it('rejects with user-not-found for a username the pool does not know', async () => {
    const username = uniqueUsername('nobody');

    const error = await rejection(createClient().resend({ username }));

    expect(error).toMatchObject({
      code: 'user-not-found',
      cognitoType: 'UserNotFoundException',
      retryable: false,
    });
  });

  it('rejects with user-already-confirmed for a user who already confirmed', async () => {
    const username = uniqueUsername('confirmed');
    await signUpUser(username, { confirmed: true });

    const error = await rejection(createClient().resend({ username }));

    expect(error).toMatchObject({ code: 'user-already-confirmed', cognitoType: 'InvalidParameterException' });
  });

  it('rejects with resource-not-found for an app client the pool does not have, without naming it', async () => {
    const username = uniqueUsername('unknown-client');
    await signUpUser(username);
    const clientId = 'unknownclient0000000000000';

    const error = await rejection(createClient({ clientId }).resend({ username }));

    expect(error.code).toBe('resource-not-found');
    expect(JSON.stringify(error.toJSON())).not.toContain(clientId);
  });

  it("rejects with limit-exceeded once Cognito's attempt limit for the user is reached", async () => {
    const username = uniqueUsername('attempt-limit');
    await signUpUser(username);
    await limitResends(username, 1);
    const client = createClient();
    await client.resend({ username });

    const error = await rejection(client.resend({ username }));

    expect(error).toMatchObject({ code: 'limit-exceeded', rateLimited: true, retryable: true });
  });

  it('rejects with limit-exceeded for an injected LimitExceededException', async () => {
    const username = uniqueUsername('limit-fault');
    await injectFault({ kind: 'limit-exceeded', username, count: attemptsPerResend });

    const error = await rejection(createClient().resend({ username }));

    expect(error).toMatchObject({ code: 'limit-exceeded', rateLimited: true });
  });

  it('rejects with too-many-requests when Cognito throttles', async () => {
    const username = uniqueUsername('throttled');
    await injectFault({ kind: 'too-many-requests', username, count: attemptsPerResend });

    const error = await rejection(createClient().resend({ username }));

    expect(error).toMatchObject({ code: 'too-many-requests', rateLimited: true, retryable: true });
  });

  it('rejects with network-error when nothing listens at the endpoint', async () => {
    const error = await rejection(
      createClient({ endpoint: closedEndpoint }).resend({ username: uniqueUsername('offline') }),
    );

    expect(error).toMatchObject({ code: 'network-error', retryable: true });
  });

  it('rejects with network-error when the connection drops without an answer', async () => {
    const username = uniqueUsername('dropped');
    await injectFault({ kind: 'drop', username, count: attemptsPerResend });

    const error = await rejection(createClient().resend({ username }));

    expect(error.code).toBe('network-error');
  });

  it('rejects with timeout when Cognito does not answer in time', async () => {
    const username = uniqueUsername('hang');
    await injectFault({ kind: 'hang', username });
    const startedAt = Date.now();

    const error = await rejection(createClient({ timeoutMs: 200 }).resend({ username }));

    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    expect(await recordedResends(username)).toHaveLength(1);
  });

  it('rejects with timeout after the per-call timeoutMs, which wins over the client default', async () => {
    const username = uniqueUsername('hang-call');
    await injectFault({ kind: 'hang', username });

    const error = await rejection(
      createClient({ timeoutMs: 60_000 }).resend({ username }, { timeoutMs: 150 }),
    );

    expect(error.code).toBe('timeout');
  });

  it('rejects with aborted when the signal aborts while waiting for Cognito', async () => {
    const username = uniqueUsername('abort');
    await injectFault({ kind: 'hang', username });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);

    const error = await rejection(createClient().resend({ username }, { signal: controller.signal }));

    expect(error.code).toBe('aborted');
  });

  it('rejects with aborted and sends nothing when the signal has already aborted', async () => {
    const username = uniqueUsername('aborted-before');

    const error = await rejection(createClient().resend({ username }, { signal: AbortSignal.abort() }));

    expect(error.code).toBe('aborted');
    expect(await recordedResends(username)).toHaveLength(0);
  });

  it('rejects with malformed-response for an HTTP 500 whose body is not JSON', async () => {
    const username = uniqueUsername('html-500');
    await injectFault({ kind: 'http-500-non-json', username, count: attemptsPerResend });

    const error = await rejection(createClient().resend({ username }));

    expect(error.code).toBe('malformed-response');
  });

  it('rejects with malformed-response for an HTTP 200 whose body is not JSON', async () => {
    const username = uniqueUsername('garbage-200');
    await injectFault({ kind: 'garbage-200', username, count: attemptsPerResend });

    const error = await rejection(createClient().resend({ username }));

    expect(error.code).toBe('malformed-response');
  });

  it('rejects with malformed-response for an empty HTTP 200', async () => {
    const username = uniqueUsername('empty-200');
    await injectFault({ kind: 'empty-200', username, count: attemptsPerResend });

    const error = await rejection(createClient().resend({ username }));

    expect(error.code).toBe('malformed-response');
  });

  it('rejects with internal-error for an HTTP 503 that names InternalErrorException only in x-amzn-errortype', async () => {
    const username = uniqueUsername('errortype-503');
    await injectFault({ kind: 'http-503-errortype', username, count: attemptsPerResend });

    const error = await rejection(createClient().resend({ username }));

    expect(error).toMatchObject({ code: 'internal-error', statusCode: 503, retryable: true });
  });

  it('rejects with internal-error for an HTTP 503 ServiceUnavailableException header', async () => {
    const username = uniqueUsername('unavailable-503');
    await injectFault({
      kind: 'http-503-errortype',
      errorType: 'ServiceUnavailableException',
      username,
      count: attemptsPerResend,
    });

    const error = await rejection(createClient().resend({ username }));

    expect(error).toMatchObject({ code: 'internal-error', statusCode: 503 });
  });

  it('rejects with unknown, keeping the type, for an exception this package does not know', async () => {
    const username = uniqueUsername('novel');
    await injectFault({ kind: 'exception', type: 'BrandNewException', username, count: attemptsPerResend });

    const error = await rejection(createClient().resend({ username }));

    expect(error).toMatchObject({ code: 'unknown', cognitoType: 'BrandNewException' });
  });

  const invalidRequests: [description: string, request: (username: string) => ResendRequest][] = [
    ['an empty username', () => ({ username: '' })],
    ['a username of 129 characters', (username) => ({ username: username.padEnd(129, 'x') })],
    ['a username with a space', (username) => ({ username: `${username} ` })],
    [
      'client metadata with a number',
      (username) => ({ username, clientMetadata: { attempt: 2 as unknown as string } }),
    ],
    ['a secret hash with invalid characters', (username) => ({ username, secretHash: 'not a hash!' })],
    [
      'a secret hash function resolving to an empty string',
      (username) => ({ username, secretHash: async () => '' }),
    ],
    [
      'a secret hash function resolving to nothing',
      (username) => ({ username, secretHash: async () => undefined as unknown as string }),
    ],
    ['user context data that is not an object', (username) => ({ username, userContextData: 42 as never })],
  ];

  it.each(invalidRequests)(
    'rejects %s with invalid-request and sends nothing',
    async (_description, build) => {
      const username = uniqueUsername('invalid');
      const request = build(username);

      const error = await rejection(createClient().resend(request));

      expect(error.code).toBe('invalid-request');
      expect(await recordedResends(request.username)).toHaveLength(0);
      expect(await recordedResends(username)).toHaveLength(0);
    },
  );
});

// Amplify cannot send a secret hash (the client refuses it): these run on the clients that can.
describe.each(Object.entries(everyFieldClientFactories))(
  'Secret hash failures through %s',
  (_name, createClient) => {
    it('rejects with not-authorized when an app client with a secret gets a wrong secret hash', async () => {
      const username = uniqueUsername('wrong-hash');
      await signUpUser(username);
      const secretHash = await computeSecretHash(username, cognito.clientSecretClientId, 'not-the-secret');

      const error = await rejection(
        createClient({ clientId: cognito.clientSecretClientId }).resend({ username, secretHash }),
      );

      expect(error.code).toBe('not-authorized');
      expect(JSON.stringify(error.toJSON())).not.toContain(secretHash);
      expect(JSON.stringify(error.toJSON())).not.toContain(cognito.clientSecretClientId);
    });

    it('rejects without sending anything when the secret hash provider fails', async () => {
      const username = uniqueUsername('hash-provider-down');

      const error = await rejection(
        createClient({ clientId: cognito.clientSecretClientId }).resend({
          username,
          secretHash: async () => {
            throw new Error('the hash endpoint is down');
          },
        }),
      );

      expect(error.cause).toEqual(new Error('the hash endpoint is down'));
      expect(await recordedResends(username)).toHaveLength(0);
    });
  },
);
