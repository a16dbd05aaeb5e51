// What a person sees when the resend fails in each browser engine: each fault comes from the local Cognito server (or a
// closed port), through the button and both clients. A fault worth retrying starts no wait and leaves the button
// usable; a rate limit starts the longer wait; nothing crashes the page.
import {
  clearFaults,
  closedEndpoint,
  type Fault,
  injectFault,
  maskedEmail,
  recordedResends,
  signUpUser,
  uniqueUsername,
} from '../support/localCognito';
import {
  browserContextPerTest,
  buttonPageUrl,
  clickAnyway,
  countdownSeconds,
  openButtonPage,
  persistedCooldown,
  recordStatusTexts,
  statusTexts,
} from './buttonPage';
import { describeEachClient } from './engines/engineScope';

const context = browserContextPerTest();

const offline = 'You seem to be offline. Check your connection and try again.';
const timedOut = 'This took too long. Try again.';
const failed = 'Something went wrong. Try again.';
const rateLimited = 'Too many attempts. Wait a few minutes, then try again.';

const retryableFaults: {
  title: string;
  fault: Omit<Fault, 'username'>;
  code: string;
  message: string;
}[] = [
  { title: 'Cognito hangs past the timeout', fault: { kind: 'hang' }, code: 'timeout', message: timedOut },
  {
    title: 'Cognito answers HTTP 500 with an HTML page',
    fault: { kind: 'http-500-non-json' },
    code: 'malformed-response',
    message: failed,
  },
  {
    title: 'Cognito answers HTTP 503 with only an x-amzn-errortype header',
    fault: { kind: 'http-503-errortype' },
    code: 'internal-error',
    message: failed,
  },
  { title: 'the connection drops', fault: { kind: 'drop' }, code: 'network-error', message: offline },
];

describeEachClient('Resend code button failures through the %s client', (client) => {
  it('says the person seems offline while the server is down, starts no wait, and sends once it is back', async () => {
    const username = uniqueUsername(`down-${client}`);
    await signUpUser(username);
    const settings = { username, client, cooldown: { baseWaitMs: 30_000 } };
    const { page, button, status, pageErrors } = await openButtonPage(context(), {
      ...settings,
      endpoint: closedEndpoint,
    });
    const attempts = () =>
      page.evaluate(() => window.buttonPage.queryClient.getMutationCache().getAll().length);

    await button.click();

    await expect.poll(() => button.getAttribute('data-error')).toBe('network-error');
    expect(await button.getAttribute('data-state')).toBe('ready');
    expect(await button.getAttribute('aria-disabled')).toBeNull();
    expect(await status.textContent()).toBe(offline);
    expect((await persistedCooldown(page))?.endsAt ?? null).toBeNull();
    // Still down: the button takes a second try at once and fails the same way.
    await button.click();
    await expect.poll(attempts).toBe(2);
    await expect.poll(() => button.getAttribute('data-state')).toBe('ready');
    expect(await button.getAttribute('data-error')).toBe('network-error');
    // The server is back (the same tab, now pointed at it): one click sends.
    await page.goto(buttonPageUrl(settings));
    await button.click();
    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    expect(await button.getAttribute('data-error')).toBeNull();
    expect(await recordedResends(username)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it.each(retryableFaults)(
    'when $title: shows $message, starts no wait, and the next click sends a code',
    async ({ fault, code, message }) => {
      const username = uniqueUsername(`${fault.kind}-${client}`);
      await signUpUser(username);
      // Chromium silently repeats a request whose reused connection closed before any answer, so the fault stays
      // queued until the person has seen it; the server may count that one repetition.
      await injectFault({ ...fault, username, count: 3 } as Fault);
      const { page, button, status, pageErrors } = await openButtonPage(context(), {
        username,
        client,
        timeoutMs: 1_500,
        cooldown: { baseWaitMs: 30_000 },
      });

      await button.click();

      await expect.poll(() => button.getAttribute('data-error'), { timeout: 10_000 }).toBe(code);
      expect(await button.getAttribute('data-state')).toBe('ready');
      expect(await button.getAttribute('aria-disabled')).toBeNull();
      await expect.poll(() => status.textContent()).toBe(message);
      expect(await status.getAttribute('data-error')).toBe(code);
      const afterFault = await persistedCooldown(page);
      expect(afterFault?.endsAt ?? null).toBeNull();
      expect(afterFault?.pendingUntil ?? null).toBeNull();
      const sentDuringFault = (await recordedResends(username)).length;
      expect(sentDuringFault).toBeGreaterThanOrEqual(1);
      expect(sentDuringFault).toBeLessThanOrEqual(2);
      await clearFaults(username);

      await button.click();

      await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
      expect(await button.getAttribute('data-error')).toBeNull();
      await expect
        .poll(() => status.textContent())
        .toBe(`A new code was sent by email to ${maskedEmail(username)}. Earlier codes no longer work.`);
      expect(await recordedResends(username)).toHaveLength(sentDuringFault + 1);
      expect(pageErrors).toEqual([]);
    },
  );

  it('waits the longer rate-limited time after TooManyRequests, then sends again', async () => {
    const username = uniqueUsername(`throttled-${client}`);
    await signUpUser(username);
    await injectFault({ kind: 'too-many-requests', username });
    const { page, button, status, pageErrors } = await openButtonPage(context(), {
      username,
      client,
      cooldown: { baseWaitMs: 1_000, rateLimitedWaitMs: 4_000 },
    });

    const clickedAt = Date.now();
    await button.click();

    await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
    expect(await button.getAttribute('data-error')).toBe('too-many-requests');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => status.textContent()).toBe(rateLimited);
    // The rate-limited wait (4 s) from the answer, not the base wait (1 s).
    const endsAt = (await persistedCooldown(page))?.endsAt ?? 0;
    expect(endsAt).toBeGreaterThanOrEqual(clickedAt + 4_000);
    expect(endsAt).toBeLessThanOrEqual(Date.now() + 4_000);
    expect(await countdownSeconds(button)).toBeGreaterThanOrEqual(1);
    await clickAnyway(button);
    await page.waitForTimeout(300);
    expect(await recordedResends(username)).toHaveLength(1);

    await expect.poll(() => button.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    // The second wait is the 1 s base wait, short enough to end between two polls on a busy machine: record what
    // the region says instead of polling for it.
    await recordStatusTexts(status);
    const sentAgainAt = Date.now();
    await button.click();

    await expect.poll(() => recordedResends(username)).toHaveLength(2);
    await expect
      .poll(async () => (await statusTexts(page)).some((text) => text.startsWith('A new code was sent')))
      .toBe(true);
    // A new wait, of at least the base wait, from the second send.
    expect((await persistedCooldown(page))?.endsAt ?? 0).toBeGreaterThanOrEqual(sentAgainAt + 1_000);
    expect(await button.getAttribute('data-error')).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('survives being removed while a slow answer is on its way, and keeps the wait it started', async () => {
    const username = uniqueUsername(`unmount-${client}`);
    await signUpUser(username);
    await injectFault({ kind: 'delay', ms: 1_500, username });
    const { page, button, pageErrors, consoleMessages } = await openButtonPage(context(), {
      username,
      client,
      cooldown: { baseWaitMs: 30_000 },
    });

    await button.click();
    await expect.poll(() => button.getAttribute('data-state')).toBe('sending');
    await page.evaluate(() => window.buttonPage.unmount());
    expect(await button.count()).toBe(0);

    await expect.poll(async () => (await persistedCooldown(page))?.endsAt ?? null).not.toBeNull();
    expect((await persistedCooldown(page))?.pendingUntil ?? null).toBeNull();
    await page.evaluate(() => window.buttonPage.mount());
    await button.waitFor();
    expect(await button.getAttribute('data-state')).toBe('cooldown');
    await clickAnyway(button);
    await page.waitForTimeout(300);
    expect(await recordedResends(username)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
    expect(consoleMessages.filter((line) => line.startsWith('error:'))).toEqual([]);
  });
});
