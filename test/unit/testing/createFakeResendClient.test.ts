import { ResendError } from '../../../src/core/ResendError';
import { createFakeResendClient } from '../../../src/testing';

describe('createFakeResendClient', () => {
  it('asks a secret hash provider for the username, as the real clients do', async () => {
    const client = createFakeResendClient();
    const provider = vi.fn(async () => 'c2VjcmV0aGFzaA==');

    await expect(
      client.resend({ username: 'jane@example.com', secretHash: provider }),
    ).resolves.toMatchObject({
      deliveryMedium: 'EMAIL',
    });
    expect(provider).toHaveBeenCalledWith('jane@example.com');
  });

  it('refuses a malformed hash from the provider as an invalid request', async () => {
    const client = createFakeResendClient();

    const failure = client.resend({ username: 'jane@example.com', secretHash: async () => 'not a hash!' });

    await expect(failure).rejects.toMatchObject({ name: 'ResendError', code: 'invalid-request' });
  });

  it('rejects with a ResendError when the provider fails, and with a scripted error as it is', async () => {
    const client = createFakeResendClient();
    const scripted = new ResendError('user-not-found', 'scripted');

    const failure = client.resend({
      username: 'jane@example.com',
      secretHash: () => Promise.reject(new Error('hash service down')),
    });

    await expect(failure).rejects.toBeInstanceOf(ResendError);
    client.failNext(scripted);
    await expect(client.resend({ username: 'jane@example.com' })).rejects.toBe(scripted);
  });
});
