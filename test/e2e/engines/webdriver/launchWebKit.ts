import type { E2EBrowser } from '../E2EBrowser';
import { startWebKitWebDriver } from './startWebKitWebDriver';
import { startXvfb } from './startXvfb';
import { WebDriverContext } from './WebDriverContext';
import { WebDriverSession } from './WebDriverSession';

/**
 * Starts WebKitGTK for the browser tests: an Xvfb of its own, WebKitWebDriver on it, and a MiniBrowser per context
 * (a WebDriver session). `close()` ends the sessions and stops the driver and the X server.
 */
export async function launchWebKit(): Promise<E2EBrowser> {
  const xvfb = await startXvfb();
  let driver: Awaited<ReturnType<typeof startWebKitWebDriver>> | undefined;
  let firstSession: WebDriverSession;
  try {
    driver = await startWebKitWebDriver(xvfb.display);
    // Started now to learn the version; the first context gets it.
    firstSession = await WebDriverSession.start(driver.url);
  } catch (error) {
    await driver?.stop();
    await xvfb.stop();
    throw error;
  }
  const serverUrl = driver.url;
  const runningDriver = driver;
  let unusedSession: WebDriverSession | undefined = firstSession;
  const sessions = new Set<WebDriverSession>([firstSession]);
  return {
    engine: 'webkit',
    version: firstSession.browserVersion,
    async newContext() {
      let session = unusedSession;
      unusedSession = undefined;
      if (session === undefined) {
        session = await WebDriverSession.start(serverUrl);
        sessions.add(session);
      }
      const ended = session;
      return new WebDriverContext(session, () => sessions.delete(ended));
    },
    async close() {
      // A session a test left open goes with its driver; ending it first lets MiniBrowser quit cleanly.
      await Promise.allSettled([...sessions].map((session) => session.end()));
      await runningDriver.stop();
      await xvfb.stop();
    },
  };
}
