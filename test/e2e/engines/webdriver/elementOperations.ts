// Functions that run in the page on the element a locator found (sent as their source: each uses nothing from
// outside its body). A result with `webdriverNotReady` asks the locator to try again, as Playwright waits until an
// element can take an action.

/** Whether the element has a box and is not `visibility: hidden`, as Playwright's `visible` state means. */
export function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** Its box in viewport pixels, or `null` when it is not visible. */
export function boxOf(element: Element): { x: number; y: number; width: number; height: number } | null {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return null;
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

/**
 * Scrolls the element into view and gives its centre, once it is visible and (unless `force`) enabled: Playwright
 * treats `disabled` and `aria-disabled="true"` (on it or around it) as disabled and waits.
 */
export function clickPoint(
  element: Element,
  force: boolean,
): { x: number; y: number } | { webdriverNotReady: string } {
  const first = element.getBoundingClientRect();
  if (first.width === 0 || first.height === 0 || getComputedStyle(element).visibility === 'hidden') {
    return { webdriverNotReady: 'to be visible' };
  }
  const disabled =
    (element as HTMLButtonElement).disabled === true || element.closest('[aria-disabled="true"]') !== null;
  if (!force && disabled) return { webdriverNotReady: 'to be enabled' };
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = element.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
