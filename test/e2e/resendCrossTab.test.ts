// Two tabs of one browser profile with real mouse input, against the local Cognito server: one press or click, one
// code, never zero and never two, however the presses interleave, the clock moves
// (the many-trial statistics are in resendCrossTabTrials.test.ts) or another page writes into the
// storage. The server's recorded requests are the truth about what was sent.

import { recordedResends, signUpUser, uniqueUsername } from '../support/localCognito';
import { browserContextPerTest, clickAnyway, openButtonPage, persistedCooldown } from './buttonPage';
import { itWhereSupported } from './engines/engineScope';
import { centreOf, cooldown, expectCoolingWithin, openTwoTabs, realClick, watchCoolingAt } from './twoTabs';

const context = browserContextPerTest();

describe('Resend code button in two tabs, with real mouse input', () => {
  it('sends one code when one tab holds a press while the other clicks: the request leaves on the release, and both tabs cool down within a second of each other', async () => {
    const username = uniqueUsername('press-held');
    await signUpUser(username);
    const [first, second] = await openTwoTabs(context(), username);
    const pressed = await centreOf(second.button);

    // Each tab notes (by the shared wall clock) when its button shows the cooldown, and tab 2 when the press ends,
    // so a busy test machine's polling does not blur the figure.
    for (const tab of [first, second]) await tab.page.evaluate(watchCoolingAt);
    await second.page.evaluate(() => {
      window.addEventListener('pointerup', () => {
        (window as { releasedAt?: number }).releasedAt = Date.now();
      });
    });

    // Tab 2: the mouse button goes down and stays down.
    await second.page.mouse.move(pressed.x, pressed.y);
    await second.page.mouse.down();
    // Tab 1: a whole click meanwhile.
    await realClick(first.page, first.button);
    await first.page.waitForTimeout(200);
    // Tab 2: the press ends in a click.
    await second.page.mouse.up();

    await expectCoolingWithin([first, second], 5_000);
    // What the package controls, apart from how fast the server answers on a busy machine: the request leaves at
    // once on the release, and the tab that did not send follows the one that did within a second.
    const releasedAt = await second.page.evaluate(() => (window as { releasedAt?: number }).releasedAt ?? 0);
    const [request] = await recordedResends(username);
    expect(request!.receivedAt - releasedAt).toBeLessThan(1_000);
    const coolingAt = await Promise.all(
      [first, second].map((tab) =>
        tab.page.evaluate(() => (window as { coolingAt?: number }).coolingAt ?? Number.POSITIVE_INFINITY),
      ),
    );
    expect(Math.max(...coolingAt) - Math.min(...coolingAt)).toBeLessThan(1_000);
    await first.page.waitForTimeout(300);
    expect(await recordedResends(username)).toHaveLength(1);
    expect(await first.button.getAttribute('data-error')).toBeNull();
    expect(await second.button.getAttribute('data-error')).toBeNull();
    expect((await persistedCooldown(first.page))?.pendingUntil ?? null).toBeNull();
    expect([...first.pageErrors, ...second.pageErrors]).toEqual([]);
  });

  itWhereSupported(
    'fake-clock',
    'keeps the cooldown and sends nothing when the clock is moved back two minutes',
    async () => {
      const username = uniqueUsername('clock-back');
      await signUpUser(username);
      await context().clock.install();
      const { page, button, pageErrors } = await openButtonPage(context(), { username, cooldown });
      await realClick(page, button);
      await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
      const endsAt = (await persistedCooldown(page))?.endsAt;

      await page.clock.setSystemTime(Date.now() - 120_000);
      // The tab notices at its next tick, or at once when it is shown again.
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.waitForTimeout(1_200);

      expect(await button.getAttribute('data-state')).toBe('cooldown');
      expect((await persistedCooldown(page))?.endsAt).toBe(endsAt);
      await realClick(page, button);
      await page.waitForTimeout(300);
      await clickAnyway(button);
      await page.waitForTimeout(300);
      expect(await recordedResends(username)).toHaveLength(1);
      expect(pageErrors).toEqual([]);
    },
  );

  it('keeps the cooldown when another tab writes garbage, a far-future wait or a newer format over it', async () => {
    const writes = {
      garbage: () => '{"format":2,"sendCount":',
      'far-future wait': (now: number) => JSON.stringify({ format: 2, sendCount: 1, endsAt: now + 1e12 }),
      'newer format': (now: number) => JSON.stringify({ format: 3, ends: [now + 5_000] }),
    };
    for (const [kind, write] of Object.entries(writes)) {
      const username = uniqueUsername(`foreign-${kind.replaceAll(' ', '-')}`);
      await signUpUser(username);
      const [first, second] = await openTwoTabs(context(), username);
      await realClick(first.page, first.button);
      await expectCoolingWithin([first, second], 5_000);

      const text = write(Date.now());
      await second.page.evaluate((value) => {
        const key = Object.keys(localStorage).find((name) => /^rcr:[0-9a-f]{16}$/.test(name));
        if (key === undefined) throw new Error('No cooldown stored.');
        localStorage.setItem(key, value);
      }, text);
      await first.page.waitForTimeout(1_200);

      expect(await first.button.getAttribute('data-state'), kind).toBe('cooldown');
      await realClick(first.page, first.button);
      await clickAnyway(first.button);
      await first.page.waitForTimeout(400);
      expect(await recordedResends(username), kind).toHaveLength(1);
      expect([...first.pageErrors, ...second.pageErrors], kind).toEqual([]);
      await first.page.close();
      await second.page.close();
    }
  }, 120_000);

  it('still cools down after a send when the stored count is beyond what the reader accepts', async () => {
    const username = uniqueUsername('huge-count');
    await signUpUser(username);
    // The first wait is short, so the test can go on after it; the next one is long enough for a busy machine.
    const shortWait = { baseWaitMs: 2_000, growthFactor: 15, maxWaitMs: 30_000 };
    const { page, button, pageErrors } = await openButtonPage(context(), { username, cooldown: shortWait });
    await realClick(page, button);
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    await expect.poll(() => button.getAttribute('data-state')).toBe('ready');
    // The count a runaway page could have left: 2^32 - 1, one more than a 32-bit reader takes.
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => /^rcr:[0-9a-f]{16}$/.test(name))!;
      const record = JSON.parse(localStorage.getItem(key)!);
      localStorage.setItem(key, JSON.stringify({ ...record, sendCount: 4_294_967_295 }));
    });
    await page.reload();
    await button.waitFor();
    expect(await button.getAttribute('data-state')).toBe('ready');

    await realClick(page, button);
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    await page.reload();
    await button.waitFor();
    expect(await button.getAttribute('data-state')).toBe('cooldown');
    await clickAnyway(button);
    await page.waitForTimeout(300);
    expect(await recordedResends(username)).toHaveLength(2);
    expect(pageErrors).toEqual([]);
  });
});
