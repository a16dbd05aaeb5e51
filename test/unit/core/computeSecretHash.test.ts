import { createHmac } from 'node:crypto';
import { computeSecretHash } from '../../../src/core/computeSecretHash';

describe('computeSecretHash', () => {
  it("matches Cognito's SecretHash: base64 HMAC-SHA256 of username + clientId keyed by the client secret", async () => {
    const username = 'jane@example.com';
    const clientId = '1example23456789';
    const clientSecret = 'example-client-secret-value';
    const expected = createHmac('sha256', clientSecret)
      .update(username + clientId)
      .digest('base64');

    await expect(computeSecretHash(username, clientId, clientSecret)).resolves.toBe(expected);
  });

  it('hashes non-ASCII usernames as UTF-8, like the AWS SDKs', async () => {
    const username = 'zoë.ĳssel@exämple.com';
    const expected = createHmac('sha256', 'sëcret').update(`${username}client+id`, 'utf8').digest('base64');

    await expect(computeSecretHash(username, 'client+id', 'sëcret')).resolves.toBe(expected);
  });

  it('gives a value Cognito accepts as SecretHash (44 base64 characters)', async () => {
    await expect(computeSecretHash('user', 'client', 'secret')).resolves.toMatch(/^[\w+=/]{43}=$/);
  });
});
