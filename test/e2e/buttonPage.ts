// Opening the test page (test/e2e/app) in the engine under test and reading what a person sees on it.
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { CooldownPolicy } from '../../src/core/CooldownPolicy';
import { cognito } from '../support/localCognito';
import type { E2EBrowser, E2EContext, E2ELocator as Locator, E2EPage as Page } from './engines/E2EBrowser';
import { currentEngine, launchEngine } from './engines/launchEngine';

const appUrl = inject('appUrl');

/**
 * One headless browser of the engine under test (`E2E_ENGINE`) for the test file, and a fresh context for each
 * test, so no two tests share storage or tabs. Call it at the top of a test file; the function it returns gives the
 * current test's context.
 */
export function browserContextPerTest(): () => E2EContext {
  let browser: E2EBrowser | undefined;
  let context: E2EContext | undefined;
  beforeAll(async () => {
    browser = await launchEngine(currentEngine(), inject('sharedBrowser'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser!.newContext();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  return () => {
    if (context === undefined) throw new Error('No browser context outside a test.');
    return context;
  };
}

/** How the page sets up its button; unset fields fall back to the local server and the page's defaults. */
export interface ButtonPageSettings {
  username: string;
  /** `sdk`: amazon-cognito-identity-js' CognitoUserPool; `fetch`: createFetchResendClient. @default 'sdk' */
  client?: 'sdk' | 'fetch';
  endpoint?: string;
  clientId?: string;
  timeoutMs?: number;
  cooldown?: Partial<CooldownPolicy>;
  enumerationSafe?: boolean;
  secretHash?: string;
  maxResends?: number;
  /** `'now'`: the page passes `lastSentAt={Date.now()}` inline, a new time on every render, mount and reload. */
  lastSentAt?: 'now';
  /** Other users the page can switch to, with a "Show <username>" button each. */
  switchTo?: string[];
  /** Switch users in a transition while the new user's details suspend until `window.buttonPage.finishLoading()`. */
  suspendSwitch?: boolean;
  /** A catalogue by its tag (`en`, `de`, `es`, `fr`, `pt-BR`, `ja`, `zh-CN`, `ar`). @default 'en' */
  locale?: string;
}

/** The page's address for these settings. */
export function buttonPageUrl(settings: ButtonPageSettings): string {
  const query = new URLSearchParams({
    endpoint: settings.endpoint ?? cognito.endpoint,
    userPoolId: cognito.userPoolId,
    clientId: settings.clientId ?? cognito.clientId,
    username: settings.username,
    client: settings.client ?? 'sdk',
  });
  if (settings.timeoutMs !== undefined) query.set('timeoutMs', String(settings.timeoutMs));
  if (settings.cooldown !== undefined) query.set('cooldown', JSON.stringify(settings.cooldown));
  if (settings.enumerationSafe !== undefined) query.set('enumerationSafe', String(settings.enumerationSafe));
  if (settings.secretHash !== undefined) query.set('secretHash', settings.secretHash);
  if (settings.maxResends !== undefined) query.set('maxResends', String(settings.maxResends));
  if (settings.lastSentAt !== undefined) query.set('lastSentAt', settings.lastSentAt);
  for (const target of settings.switchTo ?? []) query.append('switchTo', target);
  if (settings.suspendSwitch !== undefined) query.set('suspendSwitch', String(settings.suspendSwitch));
  if (settings.locale !== undefined) query.set('locale', settings.locale);
  return `${appUrl}?${query}`;
}

/** An open test page and what the tests watch on it. */
export interface ButtonPage {
  page: Page;
  /** The resend button. */
  button: Locator;
  /** The polite status region next to it. */
  status: Locator;
  /** Uncaught exceptions in the page, across reloads. */
  pageErrors: Error[];
  /** Every console message of the page, across reloads. */
  consoleMessages: string[];
}

// Firefox reports a request that failed in the network (a server down, the browser offline) as a page error of this
// name: the browser's own note of the failure a test causes, not an exception of the page. It goes with the console.
function isFirefoxNetworkReport(error: Error): boolean {
  return error.name === 'Cross-Origin Request Blocked';
}

/** Opens the test page in a new tab of `context` and waits until the button is there. */
export async function openButtonPage(context: E2EContext, settings: ButtonPageSettings): Promise<ButtonPage> {
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  const consoleMessages: string[] = [];
  page.on('pageerror', (error) => {
    if (isFirefoxNetworkReport(error)) consoleMessages.push(`error: ${error.message}`);
    else pageErrors.push(error);
  });
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  await page.goto(buttonPageUrl(settings));
  const button = page.locator('button[data-state]');
  await button.waitFor();
  return { page, button, status: page.getByRole('status'), pageErrors, consoleMessages };
}

/** The whole seconds the visible countdown shows, or `null` when it shows none. */
export async function countdownSeconds(button: Locator): Promise<number | null> {
  const countdown = button.locator('[data-part="countdown"]');
  if ((await countdown.count()) === 0) return null;
  const match = /(\d+)/.exec((await countdown.textContent()) ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The times of the one cooldown this page's origin persisted, or `null`: the record (`rcr:` and a hash) and its send
 * lease (the same key plus `:lease`), as src/core/cooldown/CooldownRecord.ts describes them; the hand-over note is
 * left out.
 */
export async function persistedCooldown(
  page: Page,
): Promise<{ endsAt: number | null; pendingUntil: number | null } | null> {
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('rcr:'))
      .map((key) => ({ key, text: localStorage.getItem(key) ?? '' })),
  );
  // The hand-over note (`:handover`) holds no time: a random value a tab writes before it lets the lock go.
  const records = stored.filter(({ key }) => !key.endsWith(':lease') && !key.endsWith(':handover'));
  const leases = stored.filter(({ key }) => key.endsWith(':lease'));
  if (records.length > 1 || leases.length > 1) {
    throw new Error(
      `Expected at most one cooldown, found ${records.length} records and ${leases.length} leases.`,
    );
  }
  if (records.length === 0 && leases.length === 0) return null;
  const record = records[0] ? (JSON.parse(records[0].text) as { endsAt?: number | null }) : {};
  const lease = leases[0] ? (JSON.parse(leases[0].text) as { until?: number }) : {};
  return { endsAt: record.endsAt ?? null, pendingUntil: lease.until ?? null };
}

/** Clicks as a person would, also while the button is aria-disabled (which Playwright would wait out). */
export async function clickAnyway(button: Locator): Promise<void> {
  await button.click({ force: true });
}

/** A real mouse press on the element's centre: move, button down, a person's 80 ms, button up. */
export async function pressWithMouse(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  if (box === null) throw new Error('The element to press is not visible.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(80);
  await page.mouse.up();
}

/** Presses the page's "Show <username>" button (`switchTo`), which puts that user on screen. */
export async function showUser(page: Page, username: string): Promise<void> {
  await pressWithMouse(page, page.getByRole('button', { name: `Show ${username}` }));
}

/**
 * Starts recording every text the status region shows, in order (an empty region included), as a screen reader
 * following the live region would meet them; `statusTexts` reads the record.
 */
export async function recordStatusTexts(status: Locator): Promise<void> {
  await status.evaluate((element) => {
    const texts: string[] = [];
    (window as { statusTexts?: string[] }).statusTexts = texts;
    new MutationObserver(() => {
      const text = element.textContent ?? '';
      if (texts.at(-1) !== text) texts.push(text);
    }).observe(element, { subtree: true, childList: true, characterData: true });
  });
}

/** The texts recorded since `recordStatusTexts`. */
export async function statusTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { statusTexts?: string[] }).statusTexts ?? []);
}

/** Every call of the host's callbacks on the page (which render's callback got what), in order. */
export async function hostCalls(
  page: Page,
): Promise<{ callback: string; renderedFor: string; received?: unknown }[]> {
  return page.evaluate(() => window.buttonPage.hostCalls);
}
