import type { E2EContext } from '../E2EBrowser';
import { notInWebKit } from './notInWebKit';
import { WebDriverPage } from './WebDriverPage';
import type { WebDriverSession } from './WebDriverSession';

/** The cookie the test page's first script (test/e2e/app/index.html) runs init scripts from. */
const initScriptsCookie = 'webdriver-init-scripts';
/** Browsers keep cookies up to about 4 KB, name included. */
const maxCookieValueLength = 3_800;

/**
 * A browser context: one WebDriver session, so its tabs (the session's windows) share storage, Web Locks and
 * `storage` events, and no other context sees them. Tabs are separate windows, not MiniBrowser tabs: a tab in
 * the background of a MiniBrowser window is hidden (`visibilityState`) and takes no input, while Playwright's
 * pages are all visible.
 */
export class WebDriverContext implements E2EContext {
  readonly clock = {
    install: async (): Promise<void> => {
      throw notInWebKit('clock.install');
    },
  };
  private readonly session: WebDriverSession;
  private readonly openPages = new Set<WebDriverPage>();
  private firstWindowTaken = false;
  private readonly initScripts: string[] = [];
  /** How many init scripts each origin's cookie holds. */
  private readonly initScriptsByOrigin = new Map<string, number>();

  private readonly onClose: () => void;

  /** `onClose` runs when the context is closed, before its session ends. */
  constructor(session: WebDriverSession, onClose: () => void) {
    this.session = session;
    this.onClose = onClose;
  }

  async newPage(): Promise<WebDriverPage> {
    let window = this.session.firstWindow;
    if (this.firstWindowTaken) {
      const created = (await this.session.inWindow(null, () =>
        this.session.send('POST', '/window/new', { type: 'window' }),
      )) as { handle: string };
      window = created.handle;
    }
    this.firstWindowTaken = true;
    const page = new WebDriverPage(this.session, this, window);
    this.openPages.add(page);
    return page;
  }

  /** Closes the page's window; the last one is left blank instead, since closing it would end the session. */
  async closePage(page: WebDriverPage): Promise<void> {
    if (!this.openPages.delete(page)) return;
    if (this.openPages.size === 0) {
      await page.command('POST', '/url', { url: 'about:blank' });
      return;
    }
    await this.session.inWindow(page.window, async () => {
      await this.session.send('DELETE', '/window');
      this.session.windowClosed();
    });
  }

  /**
   * WebDriver classic has no init scripts: the test page runs the context's from a cookie of its origin
   * (test/e2e/app/index.html). Only for pages of an origin that has the test page.
   */
  async addInitScript(script: () => void): Promise<void> {
    this.initScripts.push(script.toString());
  }

  /** Before `page` loads `url`: gives the url's origin a cookie with the current init scripts, if it lacks it. */
  async prepareInitScripts(page: WebDriverPage, url: string): Promise<void> {
    const origin = new URL(url).origin;
    if (this.initScripts.length === 0 || origin === 'null') return;
    if (this.initScriptsByOrigin.get(origin) === this.initScripts.length) return;
    const value = encodeURIComponent(JSON.stringify(this.initScripts));
    if (value.length > maxCookieValueLength) {
      throw new Error(`The init scripts take ${value.length} characters encoded, more than a cookie holds.`);
    }
    // A cookie is set for the current document's origin: a missing file there loads fast and runs no script.
    const current = new URL((await page.command('GET', '/url')) as string).origin;
    if (current !== origin)
      await page.command('POST', '/url', { url: `${origin}/webdriver-init-scripts.txt` });
    await page.command('POST', '/cookie', { cookie: { name: initScriptsCookie, value, path: '/' } });
    this.initScriptsByOrigin.set(origin, this.initScripts.length);
  }

  async setOffline(_offline: boolean): Promise<void> {
    throw notInWebKit('context.setOffline');
  }

  close(): Promise<void> {
    this.onClose();
    return this.session.end();
  }
}
