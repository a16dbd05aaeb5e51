import type { CooldownPersistence, CooldownStorage } from '../CooldownStore';

/** Storage as the cooldown store uses it: it never throws, and it remembers what it last read or wrote. */
export interface CooldownStorageAdapter {
  /** What is stored under `key` (`null` when nothing is); the last known text when the storage fails. */
  read(key: string): string | null;
  /** Stores `text` under `key`, or removes the key for `null`; a failing storage keeps it in memory. */
  write(key: string, text: string | null): void;
  /** Another tab's write reached the storage: it works again, so reads trust it again. */
  recover(): void;
  /** The storage area whose `storage` events report other tabs' writes (Web Storage fires them); `null` for memory. */
  readonly sharedArea: CooldownStorage | null;
}

// Only a browser's Web Storage, looked up by name: a server runtime's global localStorage would be shared by every
// request.
function findWebStorage(name: 'localStorage' | 'sessionStorage'): CooldownStorage | null {
  if (typeof window === 'undefined') return null;
  try {
    return window[name] ?? null;
  } catch {
    // The getter throws a SecurityError when storage is blocked (sandboxed iframes, cookies disabled).
    return null;
  }
}

function resolveStorage(persistence: CooldownPersistence): CooldownStorage | null {
  if (persistence === 'memory') return null;
  if (persistence === 'localStorage' || persistence === 'sessionStorage') return findWebStorage(persistence);
  if (typeof persistence === 'object' && persistence !== null) return persistence;
  return null;
}

/**
 * The storage for a persistence setting: `localStorage` or `sessionStorage` by name, any storage-like object, or
 * memory (for `'memory'`, on a server, and where Web Storage is blocked). Every write also lands in memory, the
 * last state this page knew: when the storage throws (blocked, quota exceeded, access revoked) reads answer from
 * memory instead of losing the state or showing a stale one.
 */
export function createCooldownStorage(persistence: CooldownPersistence): CooldownStorageAdapter {
  const storage = resolveStorage(persistence);
  const memory = new Map<string, string>();
  // Keys whose last write failed: the storage holds an older state of them than memory, so reads skip it.
  const failing = new Set<string>();

  const remember = (key: string, text: string | null): void => {
    if (text === null) memory.delete(key);
    else memory.set(key, text);
  };

  return {
    sharedArea: storage,
    read(key) {
      if (storage && !failing.has(key)) {
        try {
          const text: unknown = storage.getItem(key);
          // A storage-like object may hand back anything; what is not text is nothing stored.
          remember(key, typeof text === 'string' ? text : null);
        } catch {
          // Memory answers.
        }
      }
      return memory.get(key) ?? null;
    },
    write(key, text) {
      remember(key, text);
      if (!storage) return;
      try {
        if (text === null) storage.removeItem(key);
        else storage.setItem(key, text);
        failing.delete(key);
      } catch {
        failing.add(key);
      }
    },
    recover() {
      failing.clear();
    },
  };
}
