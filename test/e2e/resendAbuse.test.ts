// Whatever a person (or a script) does in the browser, one cooldown window sends one code: rapid clicks, two tabs
// clicking at the same moment, and reloading again and again during a wait or while a request is on its way.

import { injectFault, recordedResends, signUpUser, uniqueUsername } from '../support/localCognito';
import { browserContextPerTest, clickAnyway, openButtonPage, persistedCooldown } from './buttonPage';
import type { E2ELocator as Locator } from './engines/E2EBrowser';

const context = browserContextPerTest();

// Clicks the button in its own page at a wall-clock time, so clicks in two tabs (two renderer processes sharing
// one clock) land in the same millisecond rather than one CDP round trip apart.
function clickAt(button: Locator, at: number): Promise<void> {
  return button.evaluate(
    (element, clickTime) =>
      new Promise<void>((resolve) => {
        setTimeout(
          () => {
            (element as HTMLButtonElement).click();
            resolve();
          },
          Math.max(0, clickTime - Date.now()),
        );
      }),
    at,
  );
}

describe('Resend code button under abuse', () => {
  it('sends one code for 200 rapid clicks', async () => {
    const username = uniqueUsername('rapid-clicks');
    await signUpUser(username);
    // A slow answer, so most clicks land while the request is on its way.
    await injectFault({ kind: 'delay', ms: 500, username });
    // A wait longer than the clicks take on a busy machine (a WebDriver click can take 250 ms there), so every click
    // lands before it ends.
    const { page, button, pageErrors } = await openButtonPage(context(), {
      username,
      cooldown: { baseWaitMs: 120_000 },
    });
    const box = (await button.boundingBox())!;

    for (let click = 0; click < 200; click++) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    }

    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    await page.waitForTimeout(300);
    expect(await recordedResends(username)).toHaveLength(1);
    expect(await button.getAttribute('data-error')).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('sends one code for 200 clicks within one task', async () => {
    const username = uniqueUsername('burst-clicks');
    await signUpUser(username);
    const { page, button, pageErrors } = await openButtonPage(context(), {
      username,
      cooldown: { baseWaitMs: 30_000 },
    });

    await button.evaluate((element) => {
      for (let click = 0; click < 200; click++) (element as HTMLButtonElement).click();
    });

    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    await page.waitForTimeout(300);
    expect(await recordedResends(username)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('sends one code per cooldown window when two tabs click at the same moment', async () => {
    const username = uniqueUsername('two-tabs-race');
    await signUpUser(username);
    const settings = { username, cooldown: { baseWaitMs: 5_000, growthFactor: 1 } };
    const first = await openButtonPage(context(), settings);
    const second = await openButtonPage(context(), settings);
    const windows = 4;

    for (let window = 1; window <= windows; window++) {
      await expect.poll(() => first.button.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
      await expect.poll(() => second.button.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
      if (window === 1) {
        await Promise.all([clickAnyway(first.button), clickAnyway(second.button)]);
      } else {
        const at = Date.now() + 200;
        await Promise.all([clickAt(first.button, at), clickAt(second.button, at)]);
      }
      await expect.poll(() => first.button.getAttribute('data-state')).toBe('cooldown');
      await expect.poll(() => second.button.getAttribute('data-state')).toBe('cooldown');
      expect(await recordedResends(username)).toHaveLength(window);
      expect(await first.button.getAttribute('data-error')).toBeNull();
      expect(await second.button.getAttribute('data-error')).toBeNull();
    }
    expect([...first.pageErrors, ...second.pageErrors]).toEqual([]);
  });

  it('keeps the wait and sends nothing more when the page is reloaded ten times during a cooldown', async () => {
    const username = uniqueUsername('reload-spam');
    await signUpUser(username);
    const { page, button, pageErrors } = await openButtonPage(context(), {
      username,
      cooldown: { baseWaitMs: 30_000 },
    });
    await button.click();
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    const endsAt = (await persistedCooldown(page))?.endsAt;

    for (let reload = 0; reload < 10; reload++) await page.reload({ waitUntil: 'domcontentloaded' });
    await button.waitFor();

    expect(await button.getAttribute('data-state')).toBe('cooldown');
    expect((await persistedCooldown(page))?.endsAt).toBe(endsAt);
    await clickAnyway(button);
    await page.waitForTimeout(300);
    expect(await recordedResends(username)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('waits the whole wait and sends nothing more when the page is reloaded ten times while the request is on its way', async () => {
    const username = uniqueUsername('reload-in-flight');
    await signUpUser(username);
    await injectFault({ kind: 'delay', ms: 2_000, username });
    // The host page has a pagehide listener of its own that runs before the package's (as an analytics script's
    // would); the browser cancels the request around it.
    await context().addInitScript(() => window.addEventListener('pagehide', () => {}));
    const { page, button, pageErrors } = await openButtonPage(context(), {
      username,
      cooldown: { baseWaitMs: 30_000 },
    });
    const clickedAt = Date.now();
    await button.click();
    await expect.poll(() => button.getAttribute('data-state')).toBe('sending');

    for (let reload = 0; reload < 10; reload++) await page.reload({ waitUntil: 'domcontentloaded' });
    await button.waitFor();

    // The request may have reached Cognito before the reload cancelled it, so it counts as sent: the reloaded page
    // waits the whole base wait from the click, not just the shorter send lease.
    expect(await button.getAttribute('data-state')).toBe('cooldown');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    const persisted = await persistedCooldown(page);
    expect(persisted?.endsAt).toBeGreaterThanOrEqual(clickedAt + 30_000);
    // Counted from when the request started, which came before the reloads ended.
    expect(persisted?.endsAt).toBeLessThanOrEqual(Date.now() + 30_000);
    expect(persisted?.pendingUntil).toBeNull();
    await clickAnyway(button);
    await page.waitForTimeout(2_000);
    expect(await recordedResends(username)).toHaveLength(1);
    expect(await button.getAttribute('data-state')).toBe('cooldown');
    expect(pageErrors).toEqual([]);
  });
});
