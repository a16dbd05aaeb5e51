import type { E2EConsoleMessage, E2EKeyboard, E2ELocator, E2EPage } from '../E2EBrowser';
import { callInPage } from './callInPage';
import { notInWebKit } from './notInWebKit';
import type { PageEvent } from './PageEvent';
import type { WebDriverContext } from './WebDriverContext';
import { WebDriverLocator } from './WebDriverLocator';
import { WebDriverMouse } from './WebDriverMouse';
import type { WebDriverSession } from './WebDriverSession';
import { webDriverKey } from './webDriverKey';

// Playwright's names for console message types, where they differ from the console method's name.
const consoleTypes: Record<string, string> = { warn: 'warning' };

/**
 * One tab: a window of its context's WebDriver session. The page keeps uncaught errors and console messages
 * (test/e2e/app/index.html); each command here collects them and hands them to the listeners before it returns,
 * and navigation collects them first, so a test that reads them after its last `await` sees them all.
 */
export class WebDriverPage implements E2EPage {
  /** The WebDriver window handle of this tab. */
  readonly window: string;
  readonly mouse: WebDriverMouse;
  readonly keyboard: E2EKeyboard;
  readonly clock = {
    setSystemTime: async (_time: number | Date): Promise<void> => {
      throw notInWebKit('page.clock.setSystemTime');
    },
  };
  private readonly session: WebDriverSession;
  private readonly context: WebDriverContext;
  private readonly errorListeners: ((error: Error) => void)[] = [];
  private readonly consoleListeners: ((message: E2EConsoleMessage) => void)[] = [];
  private closed = false;

  constructor(session: WebDriverSession, context: WebDriverContext, window: string) {
    this.session = session;
    this.context = context;
    this.window = window;
    this.mouse = new WebDriverMouse(this);
    this.keyboard = {
      press: (key) => {
        const value = webDriverKey(key);
        return this.performActions({
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        });
      },
    };
  }

  async goto(url: string): Promise<void> {
    await this.collectEvents();
    await this.context.prepareInitScripts(this, url);
    await this.command('POST', '/url', { url });
  }

  /** Reloads and waits for the `load` event, whatever `waitUntil` says: WebDriver's refresh waits for it. */
  async reload(_options?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<void> {
    await this.collectEvents();
    await this.context.prepareInitScripts(this, (await this.command('GET', '/url')) as string);
    await this.command('POST', '/refresh');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.collectEvents();
    this.closed = true;
    await this.context.closePage(this);
  }

  /** Waits, then collects what the page reported meanwhile, as Playwright's events would have come in. */
  async waitForTimeout(ms: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (!this.closed) await this.collectEvents();
  }

  async evaluate<Result, Arg = undefined>(
    pageFunction: (arg: Arg) => Result | Promise<Result>,
    arg?: Arg,
  ): Promise<Result> {
    return (await this.callFunction(pageFunction.toString(), [arg ?? null])) as Result;
  }

  locator(selector: string): E2ELocator {
    return new WebDriverLocator(this, [{ kind: 'css', selector }]);
  }

  getByRole(role: string, options?: { name?: string; exact?: boolean }): E2ELocator {
    return new WebDriverLocator(this, [{ kind: 'role', role, ...options }]);
  }

  getByText(text: string): E2ELocator {
    return new WebDriverLocator(this, [{ kind: 'text', text }]);
  }

  on(event: 'pageerror', listener: (error: Error) => void): this;
  on(event: 'console', listener: (message: E2EConsoleMessage) => void): this;
  on(
    event: 'pageerror' | 'console',
    listener: ((error: Error) => void) | ((message: E2EConsoleMessage) => void),
  ) {
    if (event === 'pageerror') this.errorListeners.push(listener as (error: Error) => void);
    else this.consoleListeners.push(listener as (message: E2EConsoleMessage) => void);
    return this;
  }

  /**
   * Calls a function (by its source) in this page with `args`; what it throws is thrown here, its message starting
   * with `action`.
   */
  async callFunction(functionSource: string, args: unknown[], action = 'page.evaluate'): Promise<unknown> {
    const result = await callInPage(this.session, this.window, functionSource, args);
    this.deliver(result.events);
    if (result.error !== undefined) {
      const error = new Error(`${action}: ${result.error.name}: ${result.error.message}`);
      error.stack = `${error.message}\n${result.error.stack}`;
      throw error;
    }
    return result.value;
  }

  /** Performs one WebDriver input source's actions in this page, then collects the events they caused. */
  async performActions(source: object): Promise<void> {
    await this.command('POST', '/actions', { actions: [source] });
    await this.collectEvents();
  }

  /** Sends one session command with this page's window current. */
  command(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    return this.session.inWindow(this.window, () => this.session.send(method, path, body));
  }

  /** Hands the errors and console messages the page kept since the last command to the listeners. */
  async collectEvents(): Promise<void> {
    await this.callFunction('() => undefined', []);
  }

  private deliver(events: PageEvent[]): void {
    for (const event of events) {
      if (event.kind === 'pageerror') {
        const error = new Error(event.message);
        error.name = event.name;
        error.stack = event.stack;
        for (const listener of this.errorListeners) listener(error);
      } else {
        const message = { type: () => consoleTypes[event.type] ?? event.type, text: () => event.text };
        for (const listener of this.consoleListeners) listener(message);
      }
    }
  }
}
