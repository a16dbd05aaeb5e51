// The status region in each browser engine: it speaks on the events of the user on screen, every one of them, clears on
// a switch, and explains a cap after a reload; the destination in it stays isolated and short.
import {
  injectFault,
  maskedEmail,
  recordedResends,
  signUpUser,
  uniqueUsername,
} from '../support/localCognito';
import {
  browserContextPerTest,
  openButtonPage,
  pressWithMouse,
  recordStatusTexts,
  showUser,
  statusTexts,
} from './buttonPage';
import { itWhereSupported } from './engines/engineScope';

const context = browserContextPerTest();

const offline = 'You seem to be offline. Check your connection and try again.';

describe('Resend code status region in a real browser', () => {
  itWhereSupported(
    'offline',
    'announces each of three failures while offline, the same text emptied and set again',
    async () => {
      const username = uniqueUsername('offline');
      await signUpUser(username);
      const browserContext = context();
      const { page, button, status, pageErrors } = await openButtonPage(browserContext, { username });
      await recordStatusTexts(status);
      await browserContext.setOffline(true);

      await pressWithMouse(page, button);
      await expect.poll(() => status.textContent()).toBe(offline);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => statusTexts(page)).toEqual([offline, '', offline]);
      await page.keyboard.press('Space');
      await expect.poll(() => statusTexts(page)).toEqual([offline, '', offline, '', offline]);

      await browserContext.setOffline(false);
      expect(await recordedResends(username)).toHaveLength(0);
      expect(await button.getAttribute('data-error')).toBe('network-error');
      expect(pageErrors).toEqual([]);
    },
  );

  it('says nothing for a user switched to during a cooldown, nothing stale on the way back, and speaks when the wait ends', async () => {
    const alice = uniqueUsername('switch-alice');
    const bob = uniqueUsername('switch-bob');
    await Promise.all([signUpUser(alice), signUpUser(bob)]);
    const { page, button, status, pageErrors } = await openButtonPage(context(), {
      username: alice,
      switchTo: [bob, alice],
      cooldown: { baseWaitMs: 4_000 },
    });
    await pressWithMouse(page, button);
    await expect.poll(() => status.textContent()).toContain(maskedEmail(alice));

    await showUser(page, bob);
    await expect.poll(() => button.getAttribute('data-state')).toBe('ready');
    await expect.poll(() => status.textContent()).toBe('');
    await page.waitForTimeout(300);
    expect(await status.textContent()).toBe('');

    await showUser(page, alice);
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    await page.waitForTimeout(300);
    expect(await status.textContent()).toBe('');
    await expect.poll(() => status.textContent(), { timeout: 8_000 }).toBe('You can request a new code now.');
    expect(pageErrors).toEqual([]);
  });

  it('explains a reached cap after a reload, without "wait a few minutes"', async () => {
    const username = uniqueUsername('cap');
    await signUpUser(username);
    const settings = { username, maxResends: 1, cooldown: { baseWaitMs: 1_500 } };
    const { page, button, status, pageErrors } = await openButtonPage(context(), settings);
    await pressWithMouse(page, button);
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    await expect.poll(() => button.getAttribute('data-error')).toBe('resend-limit-reached');

    await page.reload();
    await button.waitFor();
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    expect(await button.getAttribute('data-error')).toBe('resend-limit-reached');
    await expect
      .poll(() => status.textContent())
      .toMatch(/^You have requested as many codes as allowed for now\. /);
    const explanation = (await status.textContent()) ?? '';
    expect(explanation).not.toMatch(/few minutes/);
    // The cap lasts until the streak resets (an hour after the send): the region says when, as a time of day.
    expect(explanation).toMatch(/You can request a new one after \d{1,2}:\d{2}\s?(AM|PM)?\.$/);
    expect(await recordedResends(username)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('keeps a hostile destination isolated and short: the page does not widen and the sentence keeps its order', async () => {
    const username = uniqueUsername('hostile-destination');
    await signUpUser(username);
    await injectFault({
      kind: 'custom-delivery',
      username,
      destination: `\u202Eevil@${'x'.repeat(20_000)}`,
    });
    const { page, button, status, pageErrors } = await openButtonPage(context(), { username });
    await pressWithMouse(page, button);
    await expect.poll(() => status.textContent()).toMatch(/^A new code was sent by email to evil@x+…\. /);
    const layout = await page.evaluate(() => {
      const region = document.querySelector('[role="status"]')!;
      const isolated = region.querySelector('bdi')!;
      // The text after the destination starts to the right of it in this left-to-right sentence.
      const after = document.createRange();
      after.selectNodeContents(isolated.nextSibling!);
      return {
        pageWidth: document.documentElement.scrollWidth,
        viewportWidth: window.innerWidth,
        destinationRight: isolated.getBoundingClientRect().right,
        afterLeft: after.getClientRects()[0]!.left,
      };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewportWidth);
    expect(layout.afterLeft).toBeGreaterThanOrEqual(layout.destinationRight - 1);
    expect(pageErrors).toEqual([]);
  });

  describe.each(['en', 'de', 'es', 'fr', 'pt-BR', 'ja', 'zh-CN', 'ar'])('in %s', (locale) => {
    it('isolates a long destination in a <bdi> and cuts it, without widening the page', async () => {
      const username = uniqueUsername(`destination-${locale}`);
      await signUpUser(username);
      await injectFault({ kind: 'custom-delivery', username, destination: `b***@${'y'.repeat(5_000)}` });
      const { page, button, status } = await openButtonPage(context(), { username, locale });
      await pressWithMouse(page, button);
      const isolated = status.locator('bdi');
      await isolated.waitFor();
      expect(Array.from((await isolated.textContent()) ?? '')).toHaveLength(40);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  });
});
