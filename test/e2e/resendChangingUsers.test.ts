// The button in each browser engine (StrictMode, React 19) while the user on screen changes: a transition to another user
// that suspends, a switch while a request is on its way, an inline `lastSentAt={Date.now()}` across reloads and a
// remount. The local Cognito server's recorded requests are the truth about what was sent.
import {
  confirmSignUp,
  currentCode,
  injectFault,
  maskedEmail,
  recordedResends,
  signUpUser,
  uniqueUsername,
} from '../support/localCognito';
import {
  browserContextPerTest,
  clickAnyway,
  countdownSeconds,
  hostCalls,
  openButtonPage,
  pressWithMouse,
  showUser,
} from './buttonPage';

const context = browserContextPerTest();

/**
 * Signs up `sender` (confirmed or not) and `next`, makes the server answer `sender` 1.5 s late, and opens the page
 * on `sender` with a button that puts `next` on screen.
 */
async function openWithSlowAnswerFor(sender: string, next: string, { confirmed = false } = {}) {
  await Promise.all([signUpUser(sender, { confirmed }), signUpUser(next)]);
  await injectFault({ kind: 'delay', ms: 1_500, username: sender });
  return openButtonPage(context(), { username: sender, switchTo: [next] });
}

describe('Resend code button while the user on screen changes, in a real browser', () => {
  it('sends for the user on screen while a transition to another user waits for its data', async () => {
    const alice = uniqueUsername('transition-alice');
    const bob = uniqueUsername('transition-bob');
    await Promise.all([signUpUser(alice), signUpUser(bob)]);
    const { page, button, status, pageErrors } = await openButtonPage(context(), {
      username: alice,
      switchTo: [bob],
      suspendSwitch: true,
      cooldown: { baseWaitMs: 30_000 },
    });
    await expect.poll(() => button.getAttribute('data-state')).toBe('ready');

    await showUser(page, bob);
    // Bob's details are still loading: React keeps showing alice's screen.
    await page.waitForTimeout(200);
    expect(await page.getByText('Loading…').count()).toBe(0);
    await pressWithMouse(page, button);

    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    await expect.poll(() => status.textContent()).toContain(maskedEmail(alice));
    expect(await recordedResends(alice)).toHaveLength(1);
    expect(await recordedResends(bob)).toHaveLength(0);
    expect(await hostCalls(page)).toEqual([
      {
        callback: 'onSent',
        renderedFor: alice,
        received: { destination: maskedEmail(alice), deliveryMedium: 'EMAIL', attributeName: 'email' },
      },
    ]);

    // Bob comes on screen: his cooldown is his own (none), and alice's news is not his.
    await page.evaluate(() => window.buttonPage.finishLoading());
    await expect.poll(() => button.getAttribute('data-state')).toBe('ready');
    await expect.poll(() => status.textContent()).toBe('');
    await pressWithMouse(page, button);
    await expect.poll(() => status.textContent()).toContain(maskedEmail(bob));
    expect(await recordedResends(bob)).toHaveLength(1);
    expect(await recordedResends(alice)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it("gives a slow answer to the user it was sent for, never to the next user's screen or callbacks", async () => {
    const bob = uniqueUsername('late-bob');
    const carol = uniqueUsername('late-carol');
    const { page, button, status, pageErrors } = await openWithSlowAnswerFor(bob, carol);
    await pressWithMouse(page, button);
    await expect.poll(() => button.getAttribute('data-state')).toBe('sending');
    await showUser(page, carol);
    await expect.poll(() => button.getAttribute('data-state')).toBe('ready');

    // Bob's answer arrives while carol is on screen.
    await expect
      .poll(() => hostCalls(page))
      .toEqual([
        {
          callback: 'onSent',
          renderedFor: bob,
          received: { destination: maskedEmail(bob), deliveryMedium: 'EMAIL', attributeName: 'email' },
        },
      ]);
    await page.waitForTimeout(300);
    expect(await status.textContent()).toBe('');
    expect(await button.getAttribute('data-state')).toBe('ready');
    expect(await button.getAttribute('data-error')).toBeNull();
    expect(await recordedResends(bob)).toHaveLength(1);
    expect(await recordedResends(carol)).toHaveLength(0);
    expect(pageErrors).toEqual([]);
  });

  it("tells the confirmed user's callbacks, not the next unconfirmed user's, that the account is confirmed", async () => {
    const carol = uniqueUsername('confirmed-carol');
    const dave = uniqueUsername('unconfirmed-dave');
    const { page, button, status, pageErrors } = await openWithSlowAnswerFor(carol, dave, {
      confirmed: true,
    });
    await pressWithMouse(page, button);
    await showUser(page, dave);

    await expect
      .poll(() => hostCalls(page))
      .toEqual([
        { callback: 'onAlreadyConfirmed', renderedFor: carol },
        { callback: 'onError', renderedFor: carol, received: 'user-already-confirmed' },
      ]);
    await page.waitForTimeout(300);
    expect(await status.textContent()).toBe('');
    expect(await button.getAttribute('data-error')).toBeNull();
    expect(await button.getAttribute('data-state')).toBe('ready');
    expect(pageErrors).toEqual([]);
  });

  it('gives an inline lastSentAt={Date.now()} the same wait across reloads and a remount as the sign-up time', async () => {
    const username = uniqueUsername('inline-now');
    await signUpUser(username);
    const signUpCode = await currentCode(username);
    const { page, button, pageErrors } = await openButtonPage(context(), {
      username,
      lastSentAt: 'now',
      maxResends: 3,
      cooldown: { baseWaitMs: 8_000 },
    });
    const firstMountAt = Date.now();
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');

    for (let reload = 0; reload < 3; reload++) {
      await page.waitForTimeout(500);
      await page.reload();
      await button.waitFor();
    }
    await page.evaluate(() => window.buttonPage.unmount());
    await page.evaluate(() => window.buttonPage.mount());
    await button.waitFor();

    // Still the first wait, counting down from the first mount: not a new, longer one per mount.
    expect(await button.getAttribute('data-state')).toBe('cooldown');
    const expected = Math.ceil((firstMountAt + 8_000 - Date.now()) / 1_000);
    expect(Math.abs((await countdownSeconds(button))! - expected)).toBeLessThanOrEqual(1);
    expect(await button.getAttribute('data-error')).toBeNull();
    await clickAnyway(button);
    expect(await recordedResends(username)).toHaveLength(0);

    // Once that wait is over a new code can be requested: the cap (3) was not used up by the mounts.
    await expect.poll(() => button.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    await pressWithMouse(page, button);
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    expect(await recordedResends(username)).toHaveLength(1);
    const newCode = await currentCode(username);
    expect(newCode).not.toBe(signUpCode);
    await expect(confirmSignUp(username, newCode)).resolves.toBe('SUCCESS');
    expect(pageErrors).toEqual([]);
  });
});
