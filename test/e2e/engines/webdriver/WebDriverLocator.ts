import type { Box, E2ELocator } from '../E2EBrowser';
import { boxOf, clickPoint, isVisible } from './elementOperations';
import { findElementsSource } from './findElementsSource';
import type { LocatorStep } from './LocatorStep';
import type { WebDriverPage } from './WebDriverPage';

/** How long a locator waits for its element, as Playwright's default. */
const timeoutMs = 30_000;
const pollMs = 50;

/** What the page answers when the locator finds no element, or one not ready for the action yet. */
interface NotReady {
  webdriverNotReady: string;
}

function isNotReady(value: unknown): value is NotReady {
  return value !== null && typeof value === 'object' && 'webdriverNotReady' in value;
}

// Finds the locator's one element in the page and calls the operation with it. Several matches are an error, as in
// Playwright's strict locators; none asks the caller to wait.
function onElementSource(operationSource: string): string {
  return `(steps, arg) => {
    const elements = (${findElementsSource})(steps);
    if (elements.length === 0) return { webdriverNotReady: 'to be attached' };
    if (elements.length > 1) {
      throw new Error('strict mode violation: ' + elements.length + ' elements match the locator');
    }
    return (${operationSource})(elements[0], arg);
  }`;
}

/**
 * Elements found by {@link LocatorStep}s, searched again on every call as Playwright's locators are; actions wait
 * for the element (polling every 50 ms, up to 30 s). Each try is one WebDriver command.
 */
export class WebDriverLocator implements E2ELocator {
  private readonly page: WebDriverPage;
  private readonly steps: LocatorStep[];

  constructor(page: WebDriverPage, steps: LocatorStep[]) {
    this.page = page;
    this.steps = steps;
  }

  getAttribute(name: string): Promise<string | null> {
    return this.onElement(
      'getAttribute',
      (element: Element, attribute: string) => element.getAttribute(attribute),
      name,
    );
  }

  textContent(): Promise<string | null> {
    return this.onElement('textContent', (element: Element) => element.textContent, undefined);
  }

  innerHTML(): Promise<string> {
    return this.onElement('innerHTML', (element: Element) => element.innerHTML, undefined);
  }

  async count(): Promise<number> {
    const source = `(steps) => (${findElementsSource})(steps).length`;
    return (await this.page.callFunction(source, [this.steps])) as number;
  }

  async waitFor(): Promise<void> {
    const visibleSource = `(element) => (${isVisible.toString()})(element) || { webdriverNotReady: 'to be visible' }`;
    await this.onElementSource('waitFor', visibleSource, undefined);
  }

  boundingBox(): Promise<Box | null> {
    return this.onElement('boundingBox', boxOf, undefined);
  }

  async click(options?: { force?: boolean }): Promise<void> {
    const centre = (await this.onElement('click', clickPoint, options?.force === true)) as {
      x: number;
      y: number;
    };
    await this.page.mouse.click(centre.x, centre.y);
  }

  async focus(): Promise<void> {
    await this.onElement('focus', (element: Element) => (element as HTMLElement).focus(), undefined);
  }

  evaluate<Result, Arg = undefined>(
    pageFunction: (element: HTMLElement, arg: Arg) => Result | Promise<Result>,
    arg?: Arg,
  ): Promise<Result> {
    return this.onElementSource('evaluate', pageFunction.toString(), arg) as Promise<Result>;
  }

  locator(selector: string): E2ELocator {
    return new WebDriverLocator(this.page, [...this.steps, { kind: 'css', selector }]);
  }

  private onElement<Arg, Result>(
    action: string,
    operation: (element: Element, arg: Arg) => Result,
    arg: Arg,
  ): Promise<Exclude<Result, NotReady>> {
    return this.onElementSource(action, operation.toString(), arg) as Promise<Exclude<Result, NotReady>>;
  }

  private async onElementSource(action: string, operationSource: string, arg: unknown): Promise<unknown> {
    const source = onElementSource(operationSource);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.page.callFunction(source, [this.steps, arg ?? null], `locator.${action}`);
      if (!isNotReady(value)) return value;
      if (Date.now() >= deadline) {
        throw new Error(
          `locator.${action}: Timeout ${timeoutMs}ms exceeded waiting for ${JSON.stringify(this.steps)} ${value.webdriverNotReady}.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
