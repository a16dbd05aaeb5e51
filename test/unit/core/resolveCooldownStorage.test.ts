import { afterEach, describe, expect, it } from 'vitest';
import type { CooldownStorage } from '../../../src/core/CooldownStore';
import { resolveCooldownStorage } from '../../../src/core/resolveCooldownStorage';

function throwingStorage(): CooldownStorage {
  const fail = (): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: fail, setItem: fail, removeItem: fail };
}

function mapStorage(): CooldownStorage & {
  map: Map<string, string>;
  failing: { reads: boolean; writes: boolean };
} {
  const map = new Map<string, string>();
  const failing = { reads: false, writes: false };
  return {
    map,
    failing,
    getItem(key) {
      if (failing.reads) throw new Error('read failed');
      return map.get(key) ?? null;
    },
    setItem(key, value) {
      if (failing.writes) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem(key) {
      if (failing.writes) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      map.delete(key);
    },
  };
}

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('resolveCooldownStorage', () => {
  it('uses localStorage by default and leaves no probe behind', () => {
    const storage = resolveCooldownStorage();
    expect(storage.backing).toBe(localStorage);
    storage.setItem('rcr:test', 'value');
    expect(localStorage.getItem('rcr:test')).toBe('value');
    expect(localStorage.length).toBe(1);
    expect(storage.degraded).toBe(false);
  });

  it('uses sessionStorage when asked', () => {
    const storage = resolveCooldownStorage('sessionStorage');
    storage.setItem('rcr:test', 'value');
    expect(sessionStorage.getItem('rcr:test')).toBe('value');
    expect(localStorage.getItem('rcr:test')).toBeNull();
  });

  it('keeps memory state private to the storage it resolved', () => {
    const first = resolveCooldownStorage('memory');
    const second = resolveCooldownStorage('memory');
    first.setItem('rcr:test', 'value');
    expect(first.getItem('rcr:test')).toBe('value');
    expect(second.getItem('rcr:test')).toBeNull();
    expect(first.backing).toBeNull();
    expect(first.degraded).toBe(false);
  });

  it('works in memory when the storage throws on every call', () => {
    const storage = resolveCooldownStorage(throwingStorage());
    expect(storage.backing).toBeNull();
    expect(storage.degraded).toBe(true);
    storage.setItem('rcr:test', 'value');
    expect(storage.getItem('rcr:test')).toBe('value');
    storage.removeItem('rcr:test');
    expect(storage.getItem('rcr:test')).toBeNull();
  });

  it('works in memory when given something that is not a storage', () => {
    for (const persistence of [null, 42, {}, 'indexedDB'] as never[]) {
      const storage = resolveCooldownStorage(persistence);
      storage.setItem('rcr:test', 'value');
      expect(storage.getItem('rcr:test')).toBe('value');
    }
  });

  it('keeps the last written value when the storage starts refusing writes', () => {
    const backing = mapStorage();
    const storage = resolveCooldownStorage(backing);
    storage.setItem('rcr:test', 'first');
    backing.failing.writes = true;
    expect(() => storage.setItem('rcr:test', 'second')).not.toThrow();
    expect(backing.map.get('rcr:test')).toBe('first');
    expect(storage.getItem('rcr:test')).toBe('second');
    expect(storage.degraded).toBe(true);
    backing.failing.writes = false;
    storage.setItem('rcr:test', 'third');
    expect(backing.map.get('rcr:test')).toBe('third');
    expect(storage.degraded).toBe(false);
  });

  it('keeps what it last read when the storage starts throwing on reads', () => {
    const backing = mapStorage();
    const storage = resolveCooldownStorage(backing);
    backing.map.set('rcr:test', 'written by another tab');
    expect(storage.getItem('rcr:test')).toBe('written by another tab');
    backing.failing.reads = true;
    backing.failing.writes = true;
    expect(storage.getItem('rcr:test')).toBe('written by another tab');
    expect(() => storage.removeItem('rcr:test')).not.toThrow();
    expect(storage.getItem('rcr:test')).toBeNull();
  });

  it("adopts another tab's write even while its own writes fail", () => {
    const backing = mapStorage();
    const storage = resolveCooldownStorage(backing);
    backing.failing.writes = true;
    storage.setItem('rcr:test', 'mine');
    backing.map.set('rcr:test', 'theirs');
    storage.acceptExternalValue('rcr:test', 'theirs');
    expect(storage.getItem('rcr:test')).toBe('theirs');
  });

  it('reads a non-string value from a custom storage as nothing', () => {
    const storage = resolveCooldownStorage({
      getItem: () => 42 as unknown as string,
      setItem: () => {},
      removeItem: () => {},
    });
    expect(storage.getItem('rcr:test')).toBeNull();
  });
});
