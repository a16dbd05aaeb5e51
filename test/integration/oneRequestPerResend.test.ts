import { injectFault, recordedResends, signUpUser, uniqueUsername } from '../support/localCognito';
import { attemptsPerResend, clientFactories, everyFieldClientFactories } from './clientFactories';

// Faults a retrying client would try again: throttling, a server fault and a dropped connection.
const retriedFaults = [
  { kind: 'too-many-requests' },
  { kind: 'limit-exceeded' },
  { kind: 'http-503-errortype' },
  { kind: 'drop' },
] as const;

describe.each(Object.entries(everyFieldClientFactories))('One resend through %s', (_name, createClient) => {
  it.each(retriedFaults)('puts one request on the wire when Cognito answers $kind', async (fault) => {
    const username = uniqueUsername('one-request');
    await signUpUser(username);
    await injectFault({ ...fault, username, count: attemptsPerResend });

    await expect(createClient().resend({ username })).rejects.toMatchObject({ name: 'ResendError' });

    expect(await recordedResends(username)).toHaveLength(1);
  });
});

// Amplify's resendSignUpCode has no way to turn its retries off: the README says so. This pins what it does, so a
// change in Amplify shows up here.
describe('One resend through Amplify v6', () => {
  it.each(retriedFaults)(
    'puts up to three requests on the wire, one after another, for $kind',
    async (fault) => {
      const username = uniqueUsername('amplify-retries');
      await signUpUser(username);
      await injectFault({ ...fault, username, count: attemptsPerResend });

      await expect(clientFactories['Amplify v6']().resend({ username })).rejects.toMatchObject({
        name: 'ResendError',
      });

      const requests = await recordedResends(username);
      expect(requests).toHaveLength(attemptsPerResend);
    },
  );

  it('answers with the code Cognito sends on a retry after a passing fault', async () => {
    const username = uniqueUsername('amplify-recovers');
    await signUpUser(username);
    await injectFault({ kind: 'http-503-errortype', username });

    await expect(clientFactories['Amplify v6']().resend({ username })).resolves.toMatchObject({
      deliveryMedium: 'EMAIL',
    });
    expect(await recordedResends(username)).toHaveLength(2);
  });
});
