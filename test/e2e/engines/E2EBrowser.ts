// What the browser tests use of a browser, in every engine: the part of Playwright's API that test/e2e calls.
// Playwright's own objects have this shape (Chromium over CDP, Firefox over WebDriver BiDi); WebKitGTK is reached
// through WebDriver (./webdriver), which implements the same shape. A test written against these types runs in all three.

/** The engines the browser tests run in. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** A point or box on the page, in CSS pixels from the viewport's top left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Elements found by a selector, read each time they are used (as Playwright's locators are). */
export interface E2ELocator {
  getAttribute(name: string): Promise<string | null>;
  textContent(): Promise<string | null>;
  innerHTML(): Promise<string>;
  count(): Promise<number>;
  /** Waits until the element is there (up to the default 30 s). */
  waitFor(): Promise<void>;
  boundingBox(): Promise<Box | null>;
  /**
   * Scrolls to the element and clicks its centre with the mouse; Playwright first waits until it is enabled, unless
   * `force` (an `aria-disabled` button is clicked at once either way).
   */
  click(options?: { force?: boolean }): Promise<void>;
  focus(): Promise<void>;
  /** Runs `pageFunction` in the page with the element (the first match) as its first argument. */
  evaluate<Result, Arg = undefined>(
    pageFunction: (element: HTMLElement, arg: Arg) => Result | Promise<Result>,
    arg?: Arg,
  ): Promise<Result>;
  /** Elements inside this one. */
  locator(selector: string): E2ELocator;
}

export interface E2EMouse {
  /** Move, button down, button up at one point. */
  click(x: number, y: number): Promise<void>;
  move(x: number, y: number): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}

export interface E2EKeyboard {
  /** Presses and releases a key, by Playwright's key names (`Enter`, `Space`). */
  press(key: string): Promise<void>;
}

/** A console message, as far as the tests read it. */
export interface E2EConsoleMessage {
  type(): string;
  text(): string;
}

/** One tab. */
export interface E2EPage {
  goto(url: string): Promise<unknown>;
  reload(options?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<unknown>;
  close(): Promise<void>;
  waitForTimeout(ms: number): Promise<void>;
  evaluate<Result, Arg = undefined>(
    pageFunction: (arg: Arg) => Result | Promise<Result>,
    arg?: Arg,
  ): Promise<Result>;
  locator(selector: string): E2ELocator;
  getByRole(role: string, options?: { name?: string; exact?: boolean }): E2ELocator;
  getByText(text: string): E2ELocator;
  mouse: E2EMouse;
  keyboard: E2EKeyboard;
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  on(event: 'console', listener: (message: E2EConsoleMessage) => void): unknown;
  /** Playwright's fake clock; only in the engines {@link engineCan} says have it. */
  clock: { setSystemTime(time: number | Date): Promise<void> };
}

/** The tabs of one browser profile: they share storage, Web Locks and `storage` events. */
export interface E2EContext {
  newPage(): Promise<E2EPage>;
  close(): Promise<void>;
  /** A script run in every page of the context before the page's own. */
  addInitScript(script: () => void): Promise<void>;
  /** Cuts (or restores) the network of every page of the context. */
  setOffline(offline: boolean): Promise<void>;
  /** Installs Playwright's fake clock in every page of the context, running from now. */
  clock: { install(): Promise<void> };
}

/** One running browser of an engine. */
export interface E2EBrowser {
  engine: EngineName;
  /** The engine's version, as the browser reports it. */
  version: string;
  newContext(): Promise<E2EContext>;
  close(): Promise<void>;
}
