import { sendCommand, type WebDriverMethod } from './sendCommand';

/** MiniBrowser of Debian's libwebkit2gtk-4.1; `WEBKIT_MINIBROWSER_PATH` points at another build. */
const miniBrowserPath =
  process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** A MiniBrowser starts in about half a second, a few on a busy machine. */
const sessionStartTimeoutMs = 20_000;

/**
 * One WebDriver session: one MiniBrowser with its own storage, whose windows are the tabs of a browser context.
 * A session has one current window and answers one command at a time, while the tests drive two tabs at once
 * (`Promise.all`): so every command goes through one queue and first makes its page's window the current one.
 */
export class WebDriverSession {
  /** The window the session started with. */
  readonly firstWindow: string;
  /** The browser's version (`browserVersion` capability), such as `2.50.6`. */
  readonly browserVersion: string;
  private readonly serverUrl: string;
  private readonly id: string;
  private currentWindow: string | null;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(serverUrl: string, id: string, browserVersion: string, firstWindow: string) {
    this.serverUrl = serverUrl;
    this.id = id;
    this.browserVersion = browserVersion;
    this.firstWindow = firstWindow;
    this.currentWindow = firstWindow;
  }

  /**
   * Starts a new session (a fresh MiniBrowser) on the WebDriver server at `serverUrl`. A start that hangs (seen once in
   * a suite run on a loaded machine) is given up after 20 s and tried once more.
   */
  static async start(serverUrl: string): Promise<WebDriverSession> {
    try {
      return await WebDriverSession.startOnce(serverUrl);
    } catch (error) {
      if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
      return WebDriverSession.startOnce(serverUrl);
    }
  }

  private static async startOnce(serverUrl: string): Promise<WebDriverSession> {
    const created = (await sendCommand(
      serverUrl,
      'POST',
      '/session',
      {
        // No `webSocketUrl`: WebKitGTK's driver has no WebDriver BiDi and refuses a session that asks for it.
        capabilities: {
          alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] } },
        },
      },
      sessionStartTimeoutMs,
    )) as { sessionId: string; capabilities: { browserVersion?: string } };
    const firstWindow = (await sendCommand(
      serverUrl,
      'GET',
      `/session/${created.sessionId}/window`,
    )) as string;
    return new WebDriverSession(
      serverUrl,
      created.sessionId,
      created.capabilities.browserVersion ?? 'unknown',
      firstWindow,
    );
  }

  /**
   * Runs `work` once the commands queued before it are done, with `window` as the current window (`null`: any), so
   * that no other page's command comes in between.
   */
  inWindow<Result>(window: string | null, work: () => Promise<Result>): Promise<Result> {
    const run = this.queue.then(async () => {
      if (window !== null && window !== this.currentWindow) {
        await this.send('POST', '/window', { handle: window });
        this.currentWindow = window;
      }
      return work();
    });
    // A failed command fails its caller only; the next command still runs.
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Sends one command of this session (`path` after `/session/{id}`); call it inside {@link inWindow}. */
  send(method: WebDriverMethod, path: string, body?: unknown): Promise<unknown> {
    return sendCommand(this.serverUrl, method, `/session/${this.id}${path}`, body);
  }

  /** Notes that the current window was closed, so the next command switches to its own window first. */
  windowClosed(): void {
    this.currentWindow = null;
  }

  /** Ends the session, which closes its MiniBrowser. */
  end(): Promise<void> {
    return this.inWindow(null, async () => {
      await this.send('DELETE', '');
    });
  }
}
