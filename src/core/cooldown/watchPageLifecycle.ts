/** The page events the cooldown store follows. */
export type PageLifecycleEvent =
  /** The page is being unloaded or put into the back-forward cache: requests on their way may be cancelled. */
  | 'pagehide'
  /** The page is shown again (also after the back-forward cache): time went on meanwhile. */
  | 'pageshow'
  /** The tab became visible or hidden: a throttled background tab's display is stale. */
  | 'visibilitychange';

/** Where the page's events come from: `window` and `document` in a browser, stand-ins in tests. */
export interface PageEventSources {
  window: EventTarget;
  document?: EventTarget;
}

/** One page's lifecycle, as the cooldown stores of that page see it. */
export interface PageLifecycle {
  /**
   * Whether the page is unloading: from `pagehide` until the next `pageshow`, during the dispatch of `pagehide`
   * itself (Chromium fails a cancelled request then, perhaps before our listener ran), and, while someone follows
   * it, from `beforeunload` on (Firefox fails the request after `beforeunload`, before `pagehide`).
   */
  isUnloading(): boolean;
  /**
   * Follows `beforeunload` until the returned function is called (several may follow at once). Only while needed: a
   * `beforeunload` listener keeps Firefox from putting the page in the back-forward cache.
   */
  followNavigationStart(): () => void;
  /** Calls `listener` on each lifecycle event; returns the function that stops it. */
  subscribe(listener: (event: PageLifecycleEvent) => void): () => void;
  /** Stops watching the page (for tests that start over as if the page had been reloaded). */
  stop(): void;
}

/**
 * Watches a page's `pagehide`, `pageshow` and `visibilitychange` once, for every store of the page. It stays
 * attached for the page's life: an unsubscribed store may still hold a send claim that `pagehide` must settle.
 */
export function watchPageLifecycle(sources: PageEventSources): PageLifecycle {
  const listeners = new Set<(event: PageLifecycleEvent) => void>();
  let hidden = false;
  // A navigation away started (`beforeunload`) while someone followed it; it may still be cancelled, so this holds
  // only until the last follower stops or the page shows again.
  let leaving = false;
  let navigationFollowers = 0;
  const onBeforeUnload = (): void => {
    leaving = true;
  };
  const notify = (event: PageLifecycleEvent): void => {
    for (const listener of [...listeners]) listener(event);
  };
  const onPageHide = (): void => {
    hidden = true;
    notify('pagehide');
  };
  const onPageShow = (): void => {
    hidden = false;
    leaving = false;
    notify('pageshow');
  };
  const onVisibilityChange = (): void => notify('visibilitychange');
  sources.window.addEventListener('pagehide', onPageHide);
  sources.window.addEventListener('pageshow', onPageShow);
  sources.document?.addEventListener('visibilitychange', onVisibilityChange);
  return {
    stop() {
      listeners.clear();
      sources.window.removeEventListener('beforeunload', onBeforeUnload);
      sources.window.removeEventListener('pagehide', onPageHide);
      sources.window.removeEventListener('pageshow', onPageShow);
      sources.document?.removeEventListener('visibilitychange', onVisibilityChange);
    },
    isUnloading: () => hidden || leaving || (globalThis as { event?: Event }).event?.type === 'pagehide',
    followNavigationStart() {
      if (navigationFollowers++ === 0) sources.window.addEventListener('beforeunload', onBeforeUnload);
      let following = true;
      return () => {
        if (!following) return;
        following = false;
        if (--navigationFollowers > 0) return;
        sources.window.removeEventListener('beforeunload', onBeforeUnload);
        leaving = false;
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
