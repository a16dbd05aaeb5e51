import { cognito, currentCode, injectFault, signUpUser, uniqueUsername } from '../support/localCognito';

function resendOnTheWire(
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${cognito.endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.ResendConfirmationCode',
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

describe('The local Cognito server', () => {
  it('answers a browser preflight for Cognito calls from another origin', async () => {
    const response = await fetch(`${cognito.endpoint}/`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:6006',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent,cache-control',
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/x-amz-target/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/x-amz-user-agent/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/cache-control/);
  });

  it('lets a browser read injected faults, x-amzn-errortype included', async () => {
    const username = uniqueUsername('cors-fault');
    await injectFault({ kind: 'http-503-errortype', username });

    const response = await resendOnTheWire({ ClientId: cognito.clientId, Username: username });

    expect(response.status).toBe(503);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-amzn-errortype/);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^InternalErrorException:/);
  });

  it('masks the destination of a new code like Cognito does', async () => {
    const username = uniqueUsername('masked');
    await signUpUser(username);

    const response = await resendOnTheWire({ ClientId: cognito.clientId, Username: username });

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toStrictEqual({
      CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'm***@e***' },
    });
  });

  it('replaces the confirmation code on each resend', async () => {
    const username = uniqueUsername('new-code');
    await signUpUser(username);
    const codes = new Set([await currentCode(username)]);

    for (let resend = 0; resend < 3; resend += 1) {
      await resendOnTheWire({ ClientId: cognito.clientId, Username: username });
      codes.add(await currentCode(username));
    }

    // Random six-digit codes: four equal ones in a row would be a one-in-a-trillion coincidence.
    expect(codes.size).toBeGreaterThan(1);
  });

  it('refuses a username Cognito would not accept with a validation InvalidParameterException', async () => {
    const response = await resendOnTheWire({ ClientId: cognito.clientId, Username: 'has a space' });

    expect(response.status).toBe(400);
    expect(await response.json()).toStrictEqual({
      __type: 'InvalidParameterException',
      message:
        "1 validation error detected: Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+",
    });
  });

  it('requires a SecretHash from an app client with a secret', async () => {
    const username = uniqueUsername('no-hash');
    await signUpUser(username);

    const response = await resendOnTheWire({ ClientId: cognito.clientSecretClientId, Username: username });

    expect(await response.json()).toMatchObject({ __type: 'NotAuthorizedException' });
  });

  it('applies a fault to the next `count` resends for its username only', async () => {
    const username = uniqueUsername('counted');
    const bystander = uniqueUsername('bystander');
    await signUpUser(username);
    await signUpUser(bystander);
    await injectFault({ kind: 'too-many-requests', username, count: 2 });

    const statuses = [];
    statuses.push((await resendOnTheWire({ ClientId: cognito.clientId, Username: bystander })).status);
    for (let call = 0; call < 3; call += 1) {
      statuses.push((await resendOnTheWire({ ClientId: cognito.clientId, Username: username })).status);
    }

    expect(statuses).toStrictEqual([200, 400, 400, 200]);
  });

  it('refuses an unknown fault kind', async () => {
    const response = await fetch(`${cognito.endpoint}/_test/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'meteor-strike' }),
    });

    expect(response.status).toBe(400);
  });

  it('reports no code for a user it does not know', async () => {
    const response = await fetch(`${cognito.endpoint}/_test/codes?username=${uniqueUsername('ghost')}`);

    expect(response.status).toBe(404);
  });

  it('tells a browser its pool and public client, but not the client secret', async () => {
    const config = await (await fetch(`${cognito.endpoint}/_test/config`)).json();

    expect(config).toMatchObject({ userPoolId: cognito.userPoolId, clientId: cognito.clientId });
    expect(JSON.stringify(config)).not.toContain(cognito.clientSecret);
  });
});
