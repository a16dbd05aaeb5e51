import type {
  CooldownKeyParts,
  CooldownPersistence,
  CooldownStore,
  CooldownStoreOptions,
} from './CooldownStore';
import { createCooldownStorage } from './cooldown/createCooldownStorage';
import { createCooldownStore, type OwnedCooldownStore } from './cooldown/createCooldownStore';
import { createCrossTabLock, type LockManagerLike } from './cooldown/createCrossTabLock';
import { type PageLifecycle, watchPageLifecycle } from './cooldown/watchPageLifecycle';
import { hashCooldownKey } from './hashCooldownKey';

// The page's lifecycle, watched once from the first store on.
let pageLifecycle: PageLifecycle | undefined;

const registry = new Map<CooldownPersistence, Map<string, OwnedCooldownStore>>();

function browserLocks(): LockManagerLike | null {
  return (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks ?? null;
}

function createBrowserStore(key: string, persistence: CooldownPersistence): OwnedCooldownStore {
  pageLifecycle ??= watchPageLifecycle({ window, document });
  const locks = browserLocks();
  return createCooldownStore({
    key,
    storage: createCooldownStorage(persistence),
    // Locks have a namespace of their own, so the lock is named like the storage key.
    lock: locks && createCrossTabLock(key, locks),
    lifecycle: pageLifecycle,
    storageEvents: window,
  });
}

/**
 * The cooldown store for one (user pool, app client, username) and persistence. Within a page the same key and
 * persistence always give the same instance, so every component shows one state and two `resend()` calls from two
 * components send once; the options of the latest call (policy, clock) apply. On a server (no `window`) each call
 * gets a fresh, unshared store, so no state leaks between requests.
 *
 * The store keeps these rules for every interleaving of tabs, clicks, answers, reloads and clock jumps (the
 * model-based tests check each after every step):
 * 1. per key, across every tab of a browser profile, at most one request is on its way (Web Locks; without them,
 *    a lease with a random owner read back before sending makes a second request rare, not impossible);
 * 2. a press or click on a ready button in any tab leads to exactly one request or a visible refusal; no tab shows
 *    `sending` for more than about a second while no request is on its way;
 * 3. after a successful send no request goes out before `endsAt`;
 * 4. a clock moved back never shortens a running wait and never lets a second code out; a time that lies in the
 *    future is clamped to the most the policy could have set, not thrown away;
 * 5. a record this version cannot read (garbage, another format) never wipes a cooldown this page knows, and a newer
 *    format is never overwritten by this one;
 * 6. counts saturate at what the reader accepts.
 */
export function getCooldownStore(
  keyParts: CooldownKeyParts,
  options: CooldownStoreOptions = {},
): CooldownStore {
  const persistence = options.persistence ?? 'localStorage';
  const key = hashCooldownKey(keyParts);
  let owned: OwnedCooldownStore;
  if (typeof window === 'undefined') {
    owned = createCooldownStore({
      key,
      storage: createCooldownStorage('memory'),
      lock: null,
      lifecycle: null,
      storageEvents: null,
    });
  } else {
    let stores = registry.get(persistence);
    if (!stores) {
      stores = new Map();
      registry.set(persistence, stores);
    }
    owned = stores.get(key) ?? createBrowserStore(key, persistence);
    stores.set(key, owned);
  }
  // Silent, since it may run during a render.
  owned.configure(options);
  return owned.store;
}

/**
 * For tests: forgets every store in the page registry (stopping their timers and listeners, releasing a lock taken
 * on press), the page lifecycle watch and every in-memory state, as if the page had been reloaded. Persisted storage
 * is left alone.
 */
export function clearCooldownStores(): void {
  for (const stores of registry.values()) {
    for (const owned of stores.values()) owned.dispose();
  }
  registry.clear();
  pageLifecycle?.stop();
  pageLifecycle = undefined;
}
