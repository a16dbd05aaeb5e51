import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeSecretHash } from '../../src/core/computeSecretHash';
import {
  cognito,
  confirmSignUp,
  currentCode,
  injectFault,
  maskedEmail,
  recordedResends,
  signUpUser,
  uniqueUsername,
} from '../support/localCognito';
import { amplifyClientFactory, clientFactories, everyFieldClientFactories } from './clientFactories';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each(Object.entries(everyFieldClientFactories))('Every field through %s', (_name, createClient) => {
  it('sends every field, and only the new code confirms the sign-up', async () => {
    const username = uniqueUsername('every-field');
    await signUpUser(username);
    const firstCode = await currentCode(username);
    const expectedSecretHash = await computeSecretHash(
      username,
      cognito.clientSecretClientId,
      cognito.clientSecret,
    );
    const client = createClient({ clientId: cognito.clientSecretClientId });

    const delivery = await client.resend({
      username,
      clientMetadata: { source: 'sign-up-page', locale: 'en-GB' },
      secretHash: (name) => computeSecretHash(name, cognito.clientSecretClientId, cognito.clientSecret),
      analyticsEndpointId: 'pinpoint-endpoint-1',
      userContextData: { encodedData: 'encoded-fingerprint', ipAddress: '203.0.113.7' },
    });

    expect(delivery).toEqual({
      destination: maskedEmail(username),
      deliveryMedium: 'EMAIL',
      attributeName: 'email',
    });
    const requests = await recordedResends(username);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toStrictEqual({
      ClientId: cognito.clientSecretClientId,
      Username: username,
      SecretHash: expectedSecretHash,
      ClientMetadata: { source: 'sign-up-page', locale: 'en-GB' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-endpoint-1' },
      UserContextData: { EncodedData: 'encoded-fingerprint', IpAddress: '203.0.113.7' },
    });
    expect(requests[0]!.headers['content-type']).toMatch(/^application\/x-amz-json-1\.1/);
    expect(requests[0]!.headers['x-amz-target']).toBe(
      'AWSCognitoIdentityProviderService.ResendConfirmationCode',
    );

    const newCode = await currentCode(username);
    expect(newCode).toMatch(/^\d{6}$/);
    if (newCode !== firstCode) {
      await expect(confirmSignUp(username, firstCode)).rejects.toMatchObject({
        code: 'CodeMismatchException',
      });
    }
    await expect(confirmSignUp(username, newCode)).resolves.toBe('SUCCESS');
  });

  it('accepts a secret hash given as a string', async () => {
    const username = uniqueUsername('hash-string');
    await signUpUser(username);
    const secretHash = await computeSecretHash(username, cognito.clientSecretClientId, cognito.clientSecret);

    await createClient({ clientId: cognito.clientSecretClientId }).resend({ username, secretHash });

    expect((await recordedResends(username))[0]!.body).toMatchObject({ SecretHash: secretHash });
  });

  it("sends the advanced-security script's data when userContextData is 'auto'", async () => {
    const getData = vi.fn(() => 'encoded-by-the-script');
    vi.stubGlobal('AmazonCognitoAdvancedSecurityData', { getData });
    const username = uniqueUsername('context-auto');
    await signUpUser(username);

    await createClient().resend({ username });

    expect(getData).toHaveBeenCalledWith(username, cognito.userPoolId, cognito.clientId);
    expect((await recordedResends(username))[0]!.body).toStrictEqual({
      ClientId: cognito.clientId,
      Username: username,
      UserContextData: { EncodedData: 'encoded-by-the-script' },
    });
  });

  it("sends no context data with userContextData 'off', even when the script is loaded", async () => {
    vi.stubGlobal('AmazonCognitoAdvancedSecurityData', { getData: () => 'encoded-by-the-script' });
    const username = uniqueUsername('context-off');
    await signUpUser(username);

    await createClient().resend({ username, userContextData: 'off' });

    expect((await recordedResends(username))[0]!.body).toStrictEqual({
      ClientId: cognito.clientId,
      Username: username,
    });
  });

  it('still resends when the advanced-security script throws', async () => {
    vi.stubGlobal('AmazonCognitoAdvancedSecurityData', {
      getData: () => {
        throw new Error('script failed');
      },
    });
    const username = uniqueUsername('context-throws');
    await signUpUser(username);

    await expect(createClient().resend({ username })).resolves.toMatchObject({ deliveryMedium: 'EMAIL' });
    expect((await recordedResends(username))[0]!.body).toStrictEqual({
      ClientId: cognito.clientId,
      Username: username,
    });
  });
});

describe.each(Object.entries(clientFactories))('ResendConfirmationCode through %s', (_name, createClient) => {
  it('sends only ClientId and Username when the request has nothing else', async () => {
    const username = uniqueUsername('username-only');
    await signUpUser(username);

    const delivery = await createClient().resend({ username });

    expect(delivery.destination).toBe(maskedEmail(username));
    const requests = await recordedResends(username);
    expect(requests.map((request) => request.body)).toStrictEqual([
      { ClientId: cognito.clientId, Username: username },
    ]);
  });

  it('sends an empty ClientMetadata object as given', async () => {
    const username = uniqueUsername('empty-metadata');
    await signUpUser(username);

    await createClient().resend({ username, clientMetadata: {} });

    expect((await recordedResends(username))[0]!.body).toStrictEqual({
      ClientId: cognito.clientId,
      Username: username,
      ClientMetadata: {},
    });
  });

  it('describes a code sent by SMS', async () => {
    const username = uniqueUsername('sms');
    await injectFault({
      kind: 'custom-delivery',
      destination: '+*******1234',
      deliveryMedium: 'SMS',
      attributeName: 'phone_number',
      username,
    });

    await expect(createClient().resend({ username })).resolves.toStrictEqual({
      destination: '+*******1234',
      deliveryMedium: 'SMS',
      attributeName: 'phone_number',
    });
  });

  it('answers a resend that Cognito took longer than usual to answer, within the timeout', async () => {
    const username = uniqueUsername('slow');
    await signUpUser(username);
    await injectFault({ kind: 'delay', ms: 150, username });

    await expect(createClient({ timeoutMs: 5_000 }).resend({ username })).resolves.toMatchObject({
      deliveryMedium: 'EMAIL',
    });
  });
});

describe('ResendConfirmationCode through Amplify v6', () => {
  it('sends the client metadata Amplify passes on', async () => {
    const username = uniqueUsername('amplify-metadata');
    await signUpUser(username);

    await amplifyClientFactory().resend({ username, clientMetadata: { source: 'sign-up-page' } });

    expect((await recordedResends(username)).map((request) => request.body)).toStrictEqual([
      { ClientId: cognito.clientId, Username: username, ClientMetadata: { source: 'sign-up-page' } },
    ]);
  });

  it("sends the advanced-security script's data, which Amplify reads in a browser", async () => {
    const getData = vi.fn(() => 'encoded-by-the-script');
    // Amplify looks for the script on `window`, which only a browser (or this stub) has.
    vi.stubGlobal('window', { AmazonCognitoAdvancedSecurityData: { getData } });
    const username = uniqueUsername('amplify-context');
    await signUpUser(username);

    await amplifyClientFactory().resend({ username });

    expect(getData).toHaveBeenCalledWith(username, cognito.userPoolId, cognito.clientId);
    expect((await recordedResends(username))[0]!.body).toStrictEqual({
      ClientId: cognito.clientId,
      Username: username,
      UserContextData: { EncodedData: 'encoded-by-the-script' },
    });
  });

  it.each([
    ['a secret hash', { secretHash: 'c2VjcmV0LWhhc2g=' }],
    ['a secret hash provider', { secretHash: async () => 'c2VjcmV0LWhhc2g=' }],
    ['an analytics endpoint', { analyticsEndpointId: 'pinpoint-endpoint-1' }],
    ['explicit user context data', { userContextData: { ipAddress: '203.0.113.7' } }],
  ])(
    'refuses %s, which Amplify cannot send, with invalid-request and sends nothing',
    async (_what, fields) => {
      const username = uniqueUsername('amplify-unsupported');
      await signUpUser(username);

      await expect(amplifyClientFactory().resend({ username, ...fields })).rejects.toMatchObject({
        name: 'ResendError',
        code: 'invalid-request',
      });
      expect(await recordedResends(username)).toHaveLength(0);
    },
  );

  it("refuses userContextData 'off' on a page that loaded the script, which Amplify would send anyway", async () => {
    const getData = vi.fn(() => 'encoded-by-the-script');
    vi.stubGlobal('window', { AmazonCognitoAdvancedSecurityData: { getData } });
    const username = uniqueUsername('amplify-context-off');
    await signUpUser(username);

    await expect(amplifyClientFactory().resend({ username, userContextData: 'off' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(getData).not.toHaveBeenCalled();
    expect(await recordedResends(username)).toHaveLength(0);
  });

  it("sends without context data for userContextData 'off' when no script is loaded", async () => {
    const username = uniqueUsername('amplify-off-no-script');
    await signUpUser(username);

    await amplifyClientFactory().resend({ username, userContextData: 'off' });

    expect((await recordedResends(username))[0]!.body).toStrictEqual({
      ClientId: cognito.clientId,
      Username: username,
    });
  });

  it('refuses to resend with invalid-request while Amplify has no user pool configured', async () => {
    const username = uniqueUsername('amplify-unconfigured');
    const client = amplifyClientFactory();
    const { Amplify } = await import('aws-amplify');
    Amplify.configure({});

    await expect(client.resend({ username })).rejects.toMatchObject({ code: 'invalid-request' });
    expect(() => client.userPoolId).toThrow(/Amplify.configure/);
  });
});
