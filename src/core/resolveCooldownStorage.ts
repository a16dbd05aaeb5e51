import type { CooldownPersistence, CooldownStorage } from './CooldownStore';

/** A {@link CooldownStorage} that never throws: it writes through to a real storage and keeps a copy in memory. */
export interface SafeCooldownStorage extends CooldownStorage {
  /** The storage written through to, or `null` when only memory is used. */
  readonly backing: CooldownStorage | null;
  /** Whether some state currently lives only in memory because the storage threw or was unusable from the start. */
  readonly degraded: boolean;
  /**
   * Adopts a value another tab wrote (taken from a `storage` event), so reads see it even while this tab's own
   * writes fail.
   */
  acceptExternalValue(key: string, value: string | null): void;
}

const probeKey = 'rcr:probe';

function isStorageLike(value: unknown): value is CooldownStorage {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.getItem === 'function' &&
    typeof candidate.setItem === 'function' &&
    typeof candidate.removeItem === 'function'
  );
}

function findBacking(persistence: unknown): CooldownStorage | null {
  try {
    if (persistence === 'localStorage' || persistence === 'sessionStorage') {
      // Only a browser's Web Storage: a server runtime's global localStorage would be shared by every request.
      if (typeof window === 'undefined') return null;
      // The getter itself throws a SecurityError when storage is blocked (sandboxed iframes, cookies disabled).
      const storage: unknown = window[persistence];
      return isStorageLike(storage) ? storage : null;
    }
    return isStorageLike(persistence) ? persistence : null;
  } catch {
    return null;
  }
}

function passesProbe(storage: CooldownStorage): boolean {
  try {
    storage.setItem(probeKey, '1');
    storage.getItem(probeKey);
    storage.removeItem(probeKey);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns a persistence choice into a storage that never throws. `'localStorage'` and `'sessionStorage'` use the
 * browser's Web Storage, `'memory'` a private map, and an object with `getItem`, `setItem` and `removeItem` is
 * used as given. The storage is probed once; when it is missing (server rendering), blocked or broken, only memory
 * is used. Every write also lands in memory, so when the storage starts throwing later (quota exceeded, access
 * revoked) reads fall back to the last state this page knew instead of losing it.
 * @param persistence Where to persist. @default 'localStorage'
 */
export function resolveCooldownStorage(
  persistence: CooldownPersistence = 'localStorage',
): SafeCooldownStorage {
  const found = persistence === 'memory' ? null : findBacking(persistence);
  const backing = found !== null && passesProbe(found) ? found : null;
  const unusable = persistence !== 'memory' && backing === null;
  const memory = new Map<string, string>();
  // Keys whose last write failed: the storage holds an older value for them, so memory is the truth.
  const failedWrites = new Set<string>();
  let lastReadFailed = false;

  return {
    backing,
    get degraded() {
      return unusable || lastReadFailed || failedWrites.size > 0;
    },
    getItem(key) {
      if (backing !== null && !failedWrites.has(key)) {
        try {
          const value: unknown = backing.getItem(key);
          lastReadFailed = false;
          const text = typeof value === 'string' ? value : null;
          if (text === null) memory.delete(key);
          else memory.set(key, text);
          return text;
        } catch {
          lastReadFailed = true;
        }
      }
      return memory.get(key) ?? null;
    },
    setItem(key, value) {
      memory.set(key, value);
      if (backing === null) return;
      try {
        backing.setItem(key, value);
        failedWrites.delete(key);
      } catch {
        failedWrites.add(key);
      }
    },
    removeItem(key) {
      memory.delete(key);
      if (backing === null) return;
      try {
        backing.removeItem(key);
        failedWrites.delete(key);
      } catch {
        failedWrites.add(key);
      }
    },
    acceptExternalValue(key, value) {
      if (value === null) memory.delete(key);
      else memory.set(key, value);
      // The other tab's write reached the shared storage, so it is the truth again for this key.
      failedWrites.delete(key);
    },
  };
}
