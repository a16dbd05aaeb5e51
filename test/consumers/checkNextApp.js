// What a visitor of the Next.js consumer app meets, checked in Chromium: the server's HTML, the button before and
// after hydration (without warnings), one click sending one request to the local Cognito server, a reload during the
// cooldown, and two copies of the package on one page.
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

/**
 * Opens `url` in a fresh context and runs `work` with the page and the console errors, warnings and page errors it
 * logged (`beforeLoad` runs before the page loads, e.g. to block requests); closes the context however it ends.
 */
async function withPage(browser, url, work, beforeLoad = async () => {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await beforeLoad(page);
    await page.goto(url);
    return await work(page, problems);
  } finally {
    await context.close();
  }
}

/** Waits until React has hydrated every button on the page; returns the first. */
async function hydrated(page) {
  await page.waitForFunction(() => {
    const buttons = [...document.querySelectorAll('[data-rcr-button]')];
    // React attaches its fiber to a node it hydrated, and the button drops its marker.
    return (
      buttons.length > 0 &&
      buttons.every(
        (button) =>
          Object.keys(button).some((key) => key.startsWith('__reactFiber')) &&
          !button.hasAttribute('data-hydrating'),
      )
    );
  });
  return page.locator('[data-rcr-button]').first();
}

/** Presses the button as a person does, with the mouse. */
async function press(page, button) {
  const box = await button.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

/** Waits until the first button matching `selector` shows `state`. */
function waitForState(page, selector, state) {
  return page.waitForFunction(
    ({ selector, state }) => document.querySelector(selector)?.getAttribute('data-state') === state,
    { selector, state },
  );
}

// Until the page hydrates, a click does nothing: the server's button says so (aria-disabled, the disabled look of
// data-disabled) and carries data-hydrating, whatever the cooldown turns out to be.
async function serverHtmlHasTheButtonNotReady(app) {
  const html = await (await fetch(app.pageFor(uniqueUsername('html')))).text();
  const button = /<button[^>]*data-rcr-button[^>]*>[\s\S]*?<\/button>/.exec(html)?.[0];
  assert.ok(button, 'no button with data-rcr-button in the HTML');
  assert.match(button, /type="button"/);
  assert.match(button, />Resend code</);
  assert.match(button, /aria-disabled="true"/);
  assert.match(button, /data-disabled=""/);
  assert.match(button, /data-hydrating=""/);
  assert.match(html, /role="status"/);
}

// As on a slow connection, before the scripts arrive.
const blockScripts = (page) => page.route('**/_next/static/**/*.js', (route) => route.abort());

async function withoutScriptsTheButtonIsNotReady(app) {
  await withPage(
    app.browser,
    app.pageFor(uniqueUsername('no-scripts')),
    async (page) => {
      const button = page.getByRole('button', { name: 'Resend code' });
      assert.equal(await button.getAttribute('aria-disabled'), 'true');
      assert.equal(await button.getAttribute('data-disabled'), '');
      assert.equal(await button.getAttribute('data-hydrating'), '');
    },
    blockScripts,
  );
}

// styles.css as Next.js builds it (Turbopack runs it through Lightning CSS, which rewrites light-dark()): the ready
// and the disabled button look different, and before hydration the button has the disabled look.
async function stylesGiveTheDisabledLookBeforeHydration(app) {
  await withPage(
    app.browser,
    app.pageFor(uniqueUsername('no-scripts-look')),
    async (page) => {
      const looks = await page.getByRole('button', { name: 'Resend code' }).evaluate((element) => {
        const backgroundOf = (marks) => {
          const probe = document.createElement('button');
          for (const mark of marks) probe.setAttribute(mark, '');
          document.body.append(probe);
          const background = getComputedStyle(probe).backgroundColor;
          probe.remove();
          return background;
        };
        return {
          own: getComputedStyle(element).backgroundColor,
          disabled: backgroundOf(['data-rcr-button', 'data-disabled']),
          ready: backgroundOf(['data-rcr-button']),
        };
      });
      assert.notEqual(
        looks.ready,
        'rgba(0, 0, 0, 0)',
        `the ready button has a background: ${JSON.stringify(looks)}`,
      );
      assert.notEqual(
        looks.disabled,
        looks.ready,
        `ready and disabled look different: ${JSON.stringify(looks)}`,
      );
      assert.equal(looks.own, looks.disabled);
    },
    blockScripts,
  );
}

async function hydratesAndOneClickSendsOneRequest(app) {
  const username = uniqueUsername('click');
  await app.control.signUpUser(username);
  await withPage(app.browser, app.pageFor(username), async (page, problems) => {
    const button = await hydrated(page);
    assert.equal(await button.getAttribute('data-state'), 'ready');
    assert.equal(await button.getAttribute('aria-disabled'), null);

    await press(page, button);

    await page.getByRole('status').filter({ hasText: 'c***@e***' }).waitFor();
    assert.equal(await button.getAttribute('data-state'), 'cooldown');
    assert.equal((await app.control.recordedResends(username)).length, 1);
    assert.deepEqual(problems, [], 'console errors or warnings (a hydration mismatch is one)');
  });
}

async function reloadDuringCooldownShowsIt(app) {
  const username = uniqueUsername('reload');
  await app.control.signUpUser(username);
  await withPage(app.browser, app.pageFor(username), async (page, problems) => {
    await press(page, await hydrated(page));
    await page.getByRole('status').filter({ hasText: 'r***@e***' }).waitFor();

    await page.reload();

    const button = await hydrated(page);
    await waitForState(page, '[data-rcr-button]', 'cooldown');
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    assert.match(await button.locator('[data-part="countdown"]').textContent(), /\d/);
    assert.equal((await app.control.recordedResends(username)).length, 1);
    assert.deepEqual(problems, [], 'console errors or warnings (a hydration mismatch is one)');
  });
}

// A CommonJS dependency that requires the package puts a second copy on the page (the dual-package hazard). The
// copies share the cooldown through storage and Web Locks: the second copy's button refuses to send (and shows the
// wait) instead of sending again. It learns of the other copy's send when it re-reads the storage (on a click, a
// return to the tab or a reload): the storage event never fires in the page that wrote.
async function twoCopiesSendOneCode(app) {
  const username = uniqueUsername('copies');
  await app.control.signUpUser(username);
  const url = `${app.appUrl}/two-copies?username=${encodeURIComponent(username)}`;
  await withPage(app.browser, url, async (page, problems) => {
    assert.equal(await page.locator('[data-copies]').getAttribute('data-copies'), 'two');
    const copy = (name) => page.getByRole('region', { name });
    await hydrated(page);
    await press(page, copy('ES module copy').locator('[data-rcr-button]'));
    await copy('ES module copy').getByRole('status').filter({ hasText: 'c***@e***' }).waitFor();

    const fromRequire = copy('CommonJS copy').locator('[data-rcr-button]');
    await press(page, fromRequire);

    await waitForState(page, '[aria-label="CommonJS copy"] [data-rcr-button]', 'cooldown');
    assert.equal(await fromRequire.getAttribute('aria-disabled'), 'true');
    assert.equal((await app.control.recordedResends(username)).length, 1);
    assert.deepEqual(problems, [], 'console errors or warnings');
  });
}

const checks = {
  'the server HTML has the button, not ready until hydration': serverHtmlHasTheButtonNotReady,
  'a page whose scripts have not run shows a button that is not ready': withoutScriptsTheButtonIsNotReady,
  'styles.css in the Next.js build: before hydration the button has the disabled look':
    stylesGiveTheDisabledLookBeforeHydration,
  'it hydrates without a warning, and one click sends one request': hydratesAndOneClickSendsOneRequest,
  'a reload during the cooldown shows the cooldown after hydration, without a warning':
    reloadDuringCooldownShowsIt,
  'two copies on one page (import and require) send one code between them': twoCopiesSendOneCode,
};

/** Runs every check against the app; prints each result and returns how many passed and failed. */
export async function checkNextApp({ browser, appUrl, cognitoEndpoint }) {
  const app = {
    browser,
    appUrl,
    control: cognitoControl(cognitoEndpoint),
    pageFor: (username) => `${appUrl}/?username=${encodeURIComponent(username)}`,
  };
  let failed = 0;
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check(app);
      console.log(`ok   ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${name}: ${error.message}`);
    }
  }
  const passed = Object.keys(checks).length - failed;
  console.log(`\n${passed} checks passed, ${failed} failed`);
  return { passed, failed };
}
