import type { CooldownKeyParts, CooldownStorage } from '../core/CooldownStore';
import { serializeCooldownRecord } from '../core/cooldown/serializeCooldownRecord';
import { clearCooldownStores } from '../core/getCooldownStore';
import { cooldownKeyPrefix, hashCooldownKey } from '../core/hashCooldownKey';

/** Options of {@link seedCooldown}. */
export interface SeedCooldownOptions extends CooldownKeyParts {
  /** When the wait ends (epoch ms); by default `secondsLeft` from now. */
  endsAt?: number;
  /**
   * Seconds of wait from now, when `endsAt` is not given.
   * @default 30
   */
  secondsLeft?: number;
  /**
   * Codes already sent for this user.
   * @default 1
   */
  sendCount?: number;
  /**
   * Where the hook under test persists.
   * @default localStorage
   */
  storage?: CooldownStorage;
}

/**
 * Puts a user in cooldown before the component under test mounts, as if a code had been sent moments ago in
 * another tab or before a reload. Call it before rendering (with fake timers, after setting the clock).
 */
export function seedCooldown(options: SeedCooldownOptions): void {
  const { secondsLeft = 30, sendCount = 1, storage = globalThis.localStorage } = options;
  const now = Date.now();
  const endsAt = options.endsAt ?? now + secondsLeft * 1000;
  const record = {
    sendCount,
    rateLimitCount: 0,
    endsAt,
    lastSentAt: now,
    lastRateLimitedAt: null,
    lease: null,
  };
  storage.setItem(hashCooldownKey(options), serializeCooldownRecord(record));
}

/**
 * Forgets every cooldown: the page's shared stores (timers and listeners stopped) and this package's keys in the
 * given storages. Call it between tests so one test's wait does not leak into the next.
 */
export function resetCooldowns(
  storages: CooldownStorage[] = [globalThis.localStorage, globalThis.sessionStorage],
): void {
  clearCooldownStores();
  for (const storage of storages) {
    if (!storage) continue;
    const webStorage = storage as Storage;
    if (typeof webStorage.length !== 'number' || typeof webStorage.key !== 'function') continue;
    for (let index = webStorage.length - 1; index >= 0; index--) {
      const key = webStorage.key(index);
      if (key?.startsWith(cooldownKeyPrefix)) webStorage.removeItem(key);
    }
  }
}
