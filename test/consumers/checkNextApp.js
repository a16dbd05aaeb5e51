// What a visitor of the Next.js consumer app meets, checked in Chromium: the server's HTML, hydration without
// warnings, one click sending one request to the local Cognito server, and a reload during the cooldown.
import assert from 'node:assert/strict';

/** The local Cognito server's /_test/ control API, as far as these checks need it. */
function cognitoControl(endpoint) {
  return {
    async signUpUser(username) {
      const response = await fetch(`${endpoint}/_test/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      });
      assert.ok(response.ok, `signing up failed: HTTP ${response.status}`);
    },
    async recordedResends(username) {
      const query = `target=ResendConfirmationCode&username=${encodeURIComponent(username)}`;
      return (await fetch(`${endpoint}/_test/requests?${query}`)).json();
    },
  };
}

const uniqueUsername = (label) => `${label}-${crypto.randomUUID().slice(0, 8)}@example.com`;

// What React says when the server's HTML and the first client render differ.
const hydrationWarning = /hydrat|did not match|server rendered HTML|server-rendered/i;

/** Opens the page for `username` in a fresh context, recording console errors, warnings and page errors. */
async function openPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { context, page, problems };
}

/** Waits until React has hydrated the button. */
async function hydrated(page) {
  await page.waitForFunction(() => {
    const button = document.querySelector('[data-rcr-button]');
    // React attaches its fiber to a node it hydrated.
    return button !== null && Object.keys(button).some((key) => key.startsWith('__reactFiber'));
  });
  return page.locator('[data-rcr-button]');
}

/** Presses the button as a person does, with the mouse. */
async function press(page, button) {
  const box = await button.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

/** Runs every check; prints each result and returns how many passed and failed. */
export async function checkNextApp({ browser, appUrl, cognitoEndpoint }) {
  const control = cognitoControl(cognitoEndpoint);
  const pageFor = (username) => `${appUrl}/?username=${encodeURIComponent(username)}`;

  const checks = {
    async 'the server HTML has the button'() {
      const html = await (await fetch(pageFor(uniqueUsername('html')))).text();
      const button = /<button[^>]*data-rcr-button[^>]*>[\s\S]*?<\/button>/.exec(html)?.[0];
      assert.ok(button, 'no button with data-rcr-button in the HTML');
      assert.match(button, /type="button"/);
      assert.match(button, />Resend code</);
      assert.match(html, /role="status"/);
    },

    async 'it hydrates without a warning, and one click sends one request'() {
      const username = uniqueUsername('click');
      await control.signUpUser(username);
      const { context, page, problems } = await openPage(browser, pageFor(username));
      try {
        const button = await hydrated(page);
        assert.equal(await button.getAttribute('data-state'), 'ready');

        await press(page, button);

        await page.getByRole('status').filter({ hasText: 'c***@e***' }).waitFor();
        assert.equal(await button.getAttribute('data-state'), 'cooldown');
        assert.equal((await control.recordedResends(username)).length, 1);
        assert.deepEqual(
          problems.filter((text) => hydrationWarning.test(text)),
          [],
          'hydration warnings',
        );
        assert.deepEqual(problems, [], 'console errors or warnings');
      } finally {
        await context.close();
      }
    },

    async 'a reload during the cooldown shows the cooldown after hydration, without a warning'() {
      const username = uniqueUsername('reload');
      await control.signUpUser(username);
      const { context, page, problems } = await openPage(browser, pageFor(username));
      try {
        await press(page, await hydrated(page));
        await page.getByRole('status').filter({ hasText: 'r***@e***' }).waitFor();

        await page.reload();

        const button = await hydrated(page);
        await page.waitForFunction(
          () => document.querySelector('[data-rcr-button]')?.getAttribute('data-state') === 'cooldown',
        );
        assert.equal(await button.getAttribute('aria-disabled'), 'true');
        assert.match(await button.textContent(), /Resend available in \d+ seconds?/);
        assert.equal((await control.recordedResends(username)).length, 1);
        assert.deepEqual(problems, [], 'console errors or warnings');
      } finally {
        await context.close();
      }
    },
  };

  // A CommonJS dependency that requires the package puts a second copy on the page (the dual-package hazard). The
  // copies share the cooldown through storage and Web Locks: the second copy's button refuses to send (and shows
  // the wait) instead of sending again. It learns of the other copy's send when it re-reads the storage (on a
  // click, a return to the tab or a reload): the storage event never fires in the page that wrote.
  checks['two copies on one page (import and require) send one code between them'] = async () => {
    const username = uniqueUsername('copies');
    await control.signUpUser(username);
    const url = `${appUrl}/two-copies?username=${encodeURIComponent(username)}`;
    const { context, page, problems } = await openPage(browser, url);
    try {
      assert.equal(await page.locator('[data-copies]').getAttribute('data-copies'), 'two');
      const copy = (name) => page.getByRole('region', { name });
      const fromRequire = copy('CommonJS copy').locator('[data-rcr-button]');
      await hydrated(page);
      await press(page, copy('ES module copy').locator('[data-rcr-button]'));
      await copy('ES module copy').getByRole('status').filter({ hasText: 'c***@e***' }).waitFor();

      await press(page, fromRequire);

      await page.waitForFunction(
        () =>
          document
            .querySelector('[aria-label="CommonJS copy"] [data-rcr-button]')
            ?.getAttribute('data-state') === 'cooldown',
      );
      assert.equal(await fromRequire.getAttribute('aria-disabled'), 'true');
      assert.equal((await control.recordedResends(username)).length, 1);
      assert.deepEqual(problems, [], 'console errors or warnings');
    } finally {
      await context.close();
    }
  };

  let failures = 0;
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      console.log(`ok   ${name}`);
    } catch (error) {
      failures += 1;
      console.log(`FAIL ${name}: ${error.message}`);
    }
  }
  const passed = Object.keys(checks).length - failures;
  console.log(`\n${passed} checks passed, ${failures} failed`);
  return { passed, failed: failures };
}
