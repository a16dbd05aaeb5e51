// The button in each browser engine against the local Cognito server: what a person sees after a click, across a reload
// and in a second tab, and that the code it sends is the one that confirms the sign-up.
import {
  confirmSignUp,
  currentCode,
  maskedEmail,
  recordedResends,
  signUpUser,
  uniqueUsername,
} from '../support/localCognito';
import {
  browserContextPerTest,
  clickAnyway,
  countdownSeconds,
  openButtonPage,
  persistedCooldown,
  recordStatusTexts,
  statusTexts,
} from './buttonPage';

const context = browserContextPerTest();

describe('Resend code button in a real browser', () => {
  it('sends one code per click, counts down the seconds and announces where the code went', async () => {
    const username = uniqueUsername('countdown');
    await signUpUser(username);
    const { page, button, status, pageErrors } = await openButtonPage(context(), {
      username,
      cooldown: { baseWaitMs: 4_000 },
    });
    await expect.poll(() => button.getAttribute('data-state')).toBe('ready');
    expect(await button.getAttribute('aria-disabled')).toBeNull();
    // Every text the button shows, as the page renders it (polling from here would miss steps on a busy machine).
    await button.evaluate((element) => {
      const texts: string[] = [];
      (window as { buttonTexts?: string[] }).buttonTexts = texts;
      new MutationObserver(() => {
        if (texts.at(-1) !== element.textContent) texts.push(element.textContent ?? '');
      }).observe(element, { subtree: true, childList: true, characterData: true });
    });
    const clickedAt = Date.now();

    await button.click();

    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    expect(await recordedResends(username)).toHaveLength(1);
    await expect
      .poll(() => status.textContent())
      .toBe(`A new code was sent by email to ${maskedEmail(username)}. Earlier codes no longer work.`);
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    // The accessible name stays the label while the visible text counts.
    expect(await page.getByRole('button', { name: 'Resend code', exact: true }).count()).toBe(1);
    await expect.poll(() => button.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    expect(Date.now() - clickedAt).toBeGreaterThanOrEqual(4_000);
    const texts = await page.evaluate(() => (window as { buttonTexts?: string[] }).buttonTexts ?? []);
    const seconds = texts.flatMap((text) => {
      const match = /Resend code(\d+)\u00a0s/.exec(text);
      return match ? [Number(match[1])] : [];
    });
    // Real seconds, counted down to one (normally 4, 3, 2, 1; a starved machine may skip a step, never add one).
    expect(seconds[0]).toBeLessThanOrEqual(4);
    expect(seconds.length).toBeGreaterThanOrEqual(3);
    expect(seconds.at(-1)).toBe(1);
    for (let index = 1; index < seconds.length; index++)
      expect(seconds[index]).toBeLessThan(seconds[index - 1]!);
    expect(texts.at(-1)).toBe('Resend code');
    await expect.poll(() => status.textContent()).toBe('You can request a new code now.');
    expect(await countdownSeconds(button)).toBeNull();
    expect(await recordedResends(username)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the running cooldown across a reload', async () => {
    const username = uniqueUsername('reload');
    await signUpUser(username);
    const { page, button, pageErrors } = await openButtonPage(context(), {
      username,
      cooldown: { baseWaitMs: 30_000 },
    });
    await button.click();
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    const before = await persistedCooldown(page);
    const secondsBefore = await countdownSeconds(button);
    expect(before?.endsAt).toBeGreaterThan(Date.now() + 25_000);

    await page.reload();
    await button.waitFor();

    expect(await button.getAttribute('data-state')).toBe('cooldown');
    expect((await persistedCooldown(page))?.endsAt).toBe(before?.endsAt);
    const secondsAfter = (await countdownSeconds(button))!;
    expect(secondsAfter).toBeLessThanOrEqual(secondsBefore!);
    // The same deadline goes on counting: the display is the time left until it.
    expect(Math.abs(secondsAfter - Math.ceil((before!.endsAt! - Date.now()) / 1_000))).toBeLessThanOrEqual(1);
    await clickAnyway(button);
    await page.waitForTimeout(300);
    expect(await recordedResends(username)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('shows the same cooldown live in a second tab, which cannot send', async () => {
    const username = uniqueUsername('two-tabs');
    await signUpUser(username);
    const settings = { username, cooldown: { baseWaitMs: 30_000 } };
    const first = await openButtonPage(context(), settings);
    const second = await openButtonPage(context(), settings);
    await expect.poll(() => second.button.getAttribute('data-state')).toBe('ready');

    await first.button.click();

    await expect.poll(() => first.button.getAttribute('data-state')).toBe('cooldown');
    // No reload: the second tab follows through the storage event.
    await expect.poll(() => second.button.getAttribute('data-state')).toBe('cooldown');
    expect(await second.button.getAttribute('aria-disabled')).toBe('true');
    expect((await persistedCooldown(second.page))?.endsAt).toBe(
      (await persistedCooldown(first.page))?.endsAt,
    );
    const firstSeconds = (await countdownSeconds(first.button))!;
    const secondSeconds = (await countdownSeconds(second.button))!;
    expect(Math.abs(firstSeconds - secondSeconds)).toBeLessThanOrEqual(1);

    await clickAnyway(second.button);
    await second.page.waitForTimeout(300);

    expect(await recordedResends(username)).toHaveLength(1);
    expect(await second.button.getAttribute('data-state')).toBe('cooldown');
    expect(await second.button.getAttribute('data-error')).toBeNull();
    expect([...first.pageErrors, ...second.pageErrors]).toEqual([]);
  });

  describe.each(['sdk', 'fetch'] as const)('through the %s client', (client) => {
    it('sends a new code that confirms the sign-up, while the code before it is refused', async () => {
      const username = uniqueUsername(`confirm-${client}`);
      await signUpUser(username);
      const signUpCode = await currentCode(username);
      const { page, button, status, pageErrors } = await openButtonPage(context(), {
        username,
        client,
        cooldown: { baseWaitMs: 1_000 },
      });

      // The 1 s wait can end between two polls on a busy machine: record what the region says instead.
      await recordStatusTexts(status);
      await button.click();
      await expect
        .poll(async () => (await statusTexts(page)).some((text) => text.startsWith('A new code was sent')))
        .toBe(true);
      const newestCode = await currentCode(username);

      expect(newestCode).toMatch(/^\d{6}$/);
      expect(newestCode).not.toBe(signUpCode);
      await expect(confirmSignUp(username, signUpCode)).rejects.toMatchObject({
        code: 'CodeMismatchException',
      });
      await expect(confirmSignUp(username, newestCode)).resolves.toBe('SUCCESS');
      // Once confirmed, the next resend tells the person to sign in instead.
      await expect.poll(() => button.getAttribute('data-state')).toBe('ready');
      await button.click();
      await expect.poll(() => button.getAttribute('data-error')).toBe('user-already-confirmed');
      await expect
        .poll(() => status.textContent())
        .toBe('This account is already confirmed. You can sign in.');
      expect(await recordedResends(username)).toHaveLength(2);
      expect(pageErrors).toEqual([]);
    });
  });
});
