// Two tabs of one browser profile with real mouse input: what the cross-tab tests share.
import { expect } from 'vitest';
import { recordedResends, signUpUser, uniqueUsername } from '../support/localCognito';
import { type ButtonPage, buttonPageUrl, openButtonPage } from './buttonPage';
import type { E2EContext, E2ELocator, E2EPage } from './engines/E2EBrowser';

/** Long enough for an answer of the local server on a busy machine (expect.poll waits one second by default). */
/** A wait long enough that no test sees it end. */
export const cooldown = { baseWaitMs: 30_000 };

export async function centreOf(element: E2ELocator): Promise<{ x: number; y: number }> {
  const box = await element.boundingBox();
  if (box === null) throw new Error('The element is not visible.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A person's click: the mouse moves onto the button, goes down, and comes up 60 ms later. */
export async function realClick(page: E2EPage, element: E2ELocator): Promise<void> {
  const { x, y } = await centreOf(element);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.waitForTimeout(60);
  await page.mouse.up();
}

/** Two tabs of the same user, side by side. */
export async function openTwoTabs(
  browserContext: E2EContext,
  username: string,
): Promise<[ButtonPage, ButtonPage]> {
  const first = await openButtonPage(browserContext, { username, cooldown });
  const second = await openButtonPage(browserContext, { username, cooldown });
  return [first, second];
}

/** In the page: notes when the button first shows the cooldown (or at once, if it does already). */
export function watchCoolingAt(): void {
  const button = document.querySelector('button[data-state]');
  if (button === null) throw new Error('No button.');
  const note = (): void => {
    const page = window as { coolingAt?: number };
    if (page.coolingAt === undefined && button.getAttribute('data-state') === 'cooldown')
      page.coolingAt = Date.now();
  };
  note();
  new MutationObserver(note).observe(button, { attributes: true, attributeFilter: ['data-state'] });
}

export async function expectCoolingWithin(tabs: ButtonPage[], ms: number): Promise<void> {
  for (const tab of tabs) {
    await expect.poll(() => tab.button.getAttribute('data-state'), { timeout: ms }).toBe('cooldown');
  }
}

/** Both tabs press and release together (each tab's mouse is its own), for a new user each trial. */
export async function clickTogether(tabs: [ButtonPage, ButtonPage]): Promise<void> {
  const centres = await Promise.all(tabs.map((tab) => centreOf(tab.button)));
  await Promise.all(tabs.map((tab, index) => tab.page.mouse.move(centres[index]!.x, centres[index]!.y)));
  await Promise.all(tabs.map((tab) => tab.page.mouse.down()));
  await Promise.all(tabs.map((tab) => tab.page.mouse.up()));
}

/** Runs `trials` simultaneous two-tab clicks, each for a new user; returns how many requests each trial sent. */
export async function simultaneousClickTrials(browserContext: E2EContext, trials: number): Promise<number[]> {
  const username = uniqueUsername('together-0');
  await signUpUser(username);
  const tabs = await openTwoTabs(browserContext, username);
  const requestsPerTrial: number[] = [];
  for (let trial = 0; trial < trials; trial++) {
    const trialUser = trial === 0 ? username : uniqueUsername(`together-${trial}`);
    if (trial > 0) {
      await signUpUser(trialUser);
      await Promise.all(
        tabs.map(async (tab) => {
          await tab.page.goto(buttonPageUrl({ username: trialUser, cooldown }));
          await tab.button.waitFor();
        }),
      );
    }
    await clickTogether(tabs);
    await expectCoolingWithin(tabs, 5_000);
    // A second request, if one went out, has been recorded by now.
    await tabs[0].page.waitForTimeout(150);
    requestsPerTrial.push((await recordedResends(trialUser)).length);
  }
  expect([...tabs[0].pageErrors, ...tabs[1].pageErrors]).toEqual([]);
  return requestsPerTrial;
}
