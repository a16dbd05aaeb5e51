import { describe, expect, it } from 'vitest';
import { hashCooldownKey } from '../../../src/core/hashCooldownKey';

const parts = {
  userPoolId: 'eu-west-1_AbCdEf123',
  clientId: '1example23456789',
  username: 'alice@example.com',
};

describe('hashCooldownKey', () => {
  it('gives the same key for the same user every time', () => {
    expect(hashCooldownKey(parts)).toBe(hashCooldownKey({ ...parts }));
    expect(hashCooldownKey(parts)).toMatch(/^rcr:[0-9a-f]{16}$/);
  });

  it('never shows the username, client id or pool id in the key', () => {
    const key = hashCooldownKey(parts);
    expect(key).not.toContain('alice');
    expect(key).not.toContain(parts.clientId);
    expect(key).not.toContain(parts.userPoolId);
  });

  it('keeps different users, clients and pools apart', () => {
    const keys = new Set([
      hashCooldownKey(parts),
      hashCooldownKey({ ...parts, username: 'bob@example.com' }),
      hashCooldownKey({ ...parts, clientId: '2example23456789' }),
      hashCooldownKey({ ...parts, userPoolId: 'eu-west-1_Other' }),
    ]);
    expect(keys.size).toBe(4);
  });

  it('cannot be fooled by moving characters from one part to the next', () => {
    const a = hashCooldownKey({ userPoolId: 'pool', clientId: 'ab', username: 'c' });
    const b = hashCooldownKey({ userPoolId: 'pool', clientId: 'a', username: 'bc' });
    const c = hashCooldownKey({ userPoolId: 'pool', clientId: 'a:b', username: 'c' });
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('treats usernames that differ only in case as different users, as a case-sensitive pool does', () => {
    expect(hashCooldownKey({ ...parts, username: 'Alice@example.com' })).not.toBe(hashCooldownKey(parts));
  });

  it('keeps usernames apart that differ only in a character outside the Basic Multilingual Plane', () => {
    // Both emoji share their first UTF-16 unit.
    expect(hashCooldownKey({ ...parts, username: 'ana😀' })).not.toBe(
      hashCooldownKey({ ...parts, username: 'ana😁' }),
    );
  });

  it('gives distinct keys to many similar usernames', () => {
    const keys = new Set<string>();
    for (let index = 0; index < 50_000; index++) {
      keys.add(hashCooldownKey({ ...parts, username: `user${index}@example.com` }));
    }
    expect(keys.size).toBe(50_000);
  });
});
