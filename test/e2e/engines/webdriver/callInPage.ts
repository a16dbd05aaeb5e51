import type { PageEvent } from './PageEvent';
import type { WebDriverSession } from './WebDriverSession';

/** What one call of a function in the page gave, with the page events that came before its end. */
export interface PageCallResult {
  /** The function's result, through JSON (with `undefined`, `NaN` and the infinities kept, as Playwright does). */
  value?: unknown;
  /** What the function threw. */
  error?: { name: string; message: string; stack: string };
  events: PageEvent[];
}

// The body of the script WebDriver runs: it calls the function with the command's arguments, awaits it (WebKit's
// `execute/sync` waits for a returned promise) and returns its result as JSON, together with the page events
// kept since the last call, so one round trip does both.
function scriptFor(functionSource: string): string {
  return `
    const call = ${functionSource};
    const takeEvents = () => (window.__webdriverEvents ?? []).splice(0);
    const encode = (value) => JSON.stringify({ value }, (key, item) => {
      if (item === undefined) return { webdriverSpecial: 'undefined' };
      if (typeof item === 'number' && !Number.isFinite(item)) return { webdriverSpecial: String(item) };
      return item;
    });
    return Promise.resolve().then(() => call(...arguments)).then(
      (value) => ({ json: encode(value), events: takeEvents() }),
      (error) => ({
        error: { name: error?.name ?? 'Error', message: error?.message ?? String(error), stack: error?.stack ?? '' },
        events: takeEvents(),
      }),
    );`;
}

function decode(json: string): unknown {
  const parsed = JSON.parse(json, (_key, item: unknown) => {
    if (item !== null && typeof item === 'object' && 'webdriverSpecial' in item) {
      const special = (item as { webdriverSpecial: string }).webdriverSpecial;
      return special === 'undefined' ? undefined : Number(special);
    }
    return item;
  }) as { value?: unknown };
  return parsed.value;
}

/** Calls the function whose source is `functionSource` in the page of `window`, with `args` (JSON values). */
export async function callInPage(
  session: WebDriverSession,
  window: string,
  functionSource: string,
  args: unknown[],
): Promise<PageCallResult> {
  const answer = (await session.inWindow(window, () =>
    session.send('POST', '/execute/sync', { script: scriptFor(functionSource), args }),
  )) as { json?: string; error?: PageCallResult['error']; events?: PageEvent[] } | null;
  const events = answer?.events ?? [];
  if (answer?.error !== undefined) return { error: answer.error, events };
  return { value: answer?.json === undefined ? undefined : decode(answer.json), events };
}
