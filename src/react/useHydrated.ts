import { useSyncExternalStore } from 'react';

// Hydration happens once and never reverts: there is nothing to subscribe to.
const subscribeToNothing = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * Whether this render runs after hydration: `false` in the server's HTML and in the hydrating render that must
 * match it, `true` from then on (and in a render that is not hydrating at all), with no hydration warning.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, onClient, onServer);
}
