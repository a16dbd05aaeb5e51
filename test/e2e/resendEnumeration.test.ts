// Enumeration safety in each browser engine against the local Cognito server: by default the page shows what Cognito
// answered (with PreventUserExistenceErrors ENABLED, a simulated destination for an unknown user); with
// `enumerationSafe` an existing and an unknown user, side by side, look the same.
import { cognito, maskedEmail, recordedResends, signUpUser, uniqueUsername } from '../support/localCognito';
import {
  type ButtonPage,
  browserContextPerTest,
  hostCalls,
  openButtonPage,
  pressWithMouse,
} from './buttonPage';

const context = browserContextPerTest();

// What a person (and the host app) can tell from one press.
async function pressAndRead({ page, button, status }: ButtonPage) {
  await pressWithMouse(page, button);
  await expect.poll(() => status.textContent()).not.toBe('');
  await expect.poll(() => button.getAttribute('data-state')).not.toBe('sending');
  return {
    status: await status.textContent(),
    attributes: await button.evaluate((element) =>
      Object.fromEntries(
        ['data-state', 'data-error', 'aria-disabled', 'data-disabled'].map((name) => [
          name,
          element.getAttribute(name),
        ]),
      ),
    ),
    calls: (await hostCalls(page)).map(({ callback, received }) => ({ callback, received })),
  };
}

describe('Enumeration safety in a real browser', () => {
  it.each([
    ['the legacy app client (UserNotFoundException)', () => cognito.clientId],
    ['the app client that prevents user existence errors', () => cognito.preventUserExistenceClientId],
  ])(
    'in enumeration-safe mode an existing and an unknown user look the same, through %s',
    async (_, clientId) => {
      const existing = uniqueUsername('exists');
      const unknown = uniqueUsername('unknown');
      await signUpUser(existing);
      const settings = { clientId: clientId(), enumerationSafe: true, cooldown: { baseWaitMs: 30_000 } };
      const forExisting = await openButtonPage(context(), { ...settings, username: existing });
      const forUnknown = await openButtonPage(context(), { ...settings, username: unknown });

      const seenForExisting = await pressAndRead(forExisting);
      const seenForUnknown = await pressAndRead(forUnknown);

      expect(seenForUnknown).toEqual(seenForExisting);
      expect(seenForExisting).toEqual({
        status: 'If an account exists, a new code was sent. Earlier codes no longer work.',
        attributes: {
          'data-state': 'cooldown',
          'data-error': null,
          'aria-disabled': 'true',
          'data-disabled': '',
        },
        calls: [{ callback: 'onSent', received: {} }],
      });
      expect(await recordedResends(existing)).toHaveLength(1);
      expect(await recordedResends(unknown)).toHaveLength(1);
    },
  );

  it('shows what Cognito answered by default: a simulated destination for an unknown user when the app client prevents user existence errors', async () => {
    const existing = uniqueUsername('exists');
    const unknown = uniqueUsername('unknown');
    await signUpUser(existing, { clientId: cognito.preventUserExistenceClientId });
    const settings = { clientId: cognito.preventUserExistenceClientId };
    const seenForExisting = await pressAndRead(
      await openButtonPage(context(), { ...settings, username: existing }),
    );
    const seenForUnknown = await pressAndRead(
      await openButtonPage(context(), { ...settings, username: unknown }),
    );

    expect(seenForExisting.status).toBe(
      `A new code was sent by email to ${maskedEmail(existing)}. Earlier codes no longer work.`,
    );
    expect(seenForUnknown.status).toBe(
      `A new code was sent by email to ${maskedEmail(unknown)}. Earlier codes no longer work.`,
    );
    expect(seenForUnknown.attributes).toEqual(seenForExisting.attributes);
    expect(seenForUnknown.calls).toEqual([
      {
        callback: 'onSent',
        received: { destination: maskedEmail(unknown), deliveryMedium: 'EMAIL', attributeName: 'email' },
      },
    ]);
  });

  it('says "no account found" by default when the legacy app client answers UserNotFoundException', async () => {
    const unknown = uniqueUsername('unknown');
    const seen = await pressAndRead(await openButtonPage(context(), { username: unknown }));
    expect(seen.status).toBe('No account found. Check your details and try again.');
    expect(seen.attributes).toMatchObject({ 'data-state': 'ready', 'data-error': 'user-not-found' });
  });
});
