// Nothing a page keeps or shows names the user, the app client or the secret hash: storage, console, the DOM,
// what the host app's onError receives, and react-query's mutation cache, through a whole flow of errors and a
// send. And what Cognito says about the destination is shown as text, never run as markup.

import { displayDestination } from '../../src/components/displayDestination';
import { computeSecretHash } from '../../src/core/computeSecretHash';
import {
  cognito,
  injectFault,
  maskedEmail,
  recordedResends,
  signUpUser,
  uniqueUsername,
} from '../support/localCognito';
import { browserContextPerTest, buttonPageUrl, openButtonPage } from './buttonPage';
import type { E2EPage as Page } from './engines/E2EBrowser';
import { describeEachClient } from './engines/engineScope';

const context = browserContextPerTest();

/** Everything the page keeps or shows, as one text. */
function pageContents(page: Page): Promise<string> {
  return page.evaluate(() => {
    const entries = (storage: Storage) =>
      Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`);
    const mutations = window.buttonPage.queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => ({
        mutationId: mutation.mutationId,
        state: mutation.state,
        options: mutation.options,
      }));
    return [
      ...entries(localStorage),
      ...entries(sessionStorage),
      document.cookie,
      document.documentElement.outerHTML,
      ...window.buttonPage.reportedErrors,
      // Errors serialize through their toJSON, as any logger of the cache would see them; functions by name.
      JSON.stringify(mutations, (_key, value) =>
        typeof value === 'function' ? `[function ${value.name}]` : value,
      ),
    ].join('\n');
  });
}

function expectNoneOf(text: string, secrets: string[]): void {
  const lowerCaseText = text.toLowerCase();
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      expect(lowerCaseText, `found "${form}"`).not.toContain(form.toLowerCase());
    }
  }
}

describe('Resend code button with secrets to keep', () => {
  describeEachClient('through the %s client', (client) => {
    it('keeps the username, client id and secret hash out of storage, console, DOM, errors and mutation cache', async () => {
      const username = uniqueUsername(`private-${client}`);
      await signUpUser(username);
      const clientId = cognito.clientSecretClientId;
      const secretHash = await computeSecretHash(username, clientId, cognito.clientSecret);
      const wrongSecretHash = await computeSecretHash(username, clientId, 'not-the-client-secret');
      const secrets = [username, clientId, secretHash, wrongSecretHash];
      const settings = { username, client, clientId, cooldown: { baseWaitMs: 2_000 } };
      const contents: string[] = [];

      // 1. A wrong secret hash: Cognito's own NotAuthorizedException names the client id.
      const { page, button, status, pageErrors, consoleMessages } = await openButtonPage(context(), {
        ...settings,
        secretHash: wrongSecretHash,
      });
      await button.click();
      await expect.poll(() => button.getAttribute('data-error')).toBe('not-authorized');
      await expect
        .poll(() => status.textContent())
        .toBe("Can't send a code right now. Try again later or contact support.");
      contents.push(await pageContents(page));

      // 2. The right hash, and a server fault whose message echoes all three.
      await injectFault({
        kind: 'exception',
        type: 'InternalErrorException',
        message: `Failed for ${username} on client ${clientId} with hash ${secretHash}`,
        username,
      });
      await page.goto(buttonPageUrl({ ...settings, secretHash }));
      await button.click();
      await expect.poll(() => button.getAttribute('data-error')).toBe('internal-error');
      await expect.poll(() => status.textContent()).toBe('Something went wrong. Try again.');
      contents.push(await pageContents(page));

      // 3. A send and its cooldown.
      await button.click();
      await expect.poll(() => button.getAttribute('data-state')).toBe('cooldown');
      await expect.poll(() => status.textContent()).toContain(maskedEmail(username));
      contents.push(await pageContents(page));
      await expect.poll(() => button.getAttribute('data-state')).toBe('ready');
      contents.push(await pageContents(page));

      const everything = [...contents, ...consoleMessages].join('\n');
      // The scan sees what it should: the persisted cooldown, the announcement, the errors in the cache.
      expect(everything).toMatch(/rcr:[0-9a-f]{16}=\{"format":2,/);
      expect(everything).toContain(maskedEmail(username));
      expect(everything).toContain('"code":"not-authorized"');
      expect(everything).toContain('"code":"internal-error"');
      expectNoneOf(everything, secrets);
      expect((await recordedResends(username)).map((request) => request.body?.SecretHash)).toEqual([
        wrongSecretHash,
        secretHash,
        secretHash,
      ]);
      expect(pageErrors).toEqual([]);
    });

    it('shows a destination containing markup as inert text', async () => {
      const username = uniqueUsername(`markup-${client}`);
      await signUpUser(username);
      const destination = '<img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=2">';
      await injectFault({ kind: 'custom-delivery', destination, username });
      const { page, button, status, pageErrors } = await openButtonPage(context(), { username, client });

      await button.click();

      // Shown cut to a sane length (the whole value goes to onSent).
      await expect
        .poll(() => status.textContent())
        .toBe(
          `A new code was sent by email to ${displayDestination(destination)}. Earlier codes no longer work.`,
        );
      expect(await status.innerHTML()).toContain('&lt;img');
      expect(await page.locator('img, svg').count()).toBe(0);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(pageErrors).toEqual([]);
    });
  });
});
