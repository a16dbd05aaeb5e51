import type { CooldownKeyParts } from './CooldownStore';

/** The prefix of every storage key this package writes. */
export const cooldownKeyPrefix = 'rcr:';

// cyrb53's mixing (public domain, bryc) over code points, keeping both 32-bit halves: 64 bits make an accidental
// collision between two usernames in one browser practically impossible, and it is synchronous, unlike Web Crypto's
// digest.
function hash64(text: string): string {
  const imul = Math.imul;
  let high = 0xdeadbeef;
  let low = 0x41c6ce57;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    high = imul(high ^ code, 2654435761);
    low = imul(low ^ code, 1597334677);
  }
  high = imul(high ^ (high >>> 16), 2246822507);
  high ^= imul(low ^ (low >>> 13), 3266489909);
  low = imul(low ^ (low >>> 16), 2246822507);
  low ^= imul(high ^ (high >>> 13), 3266489909);
  const hex = (half: number): string => (half >>> 0).toString(16).padStart(8, '0');
  return hex(low) + hex(high);
}

/**
 * The storage key for one (user pool, app client, username): `rcr:` and 16 hex digits, synchronous and deterministic.
 *
 * The parts are hashed as a JSON array, so no two different triples share an encoding. The username is used exactly
 * as it is sent to Cognito, not lower-cased: usernames are case-sensitive unless the pool was created
 * case-insensitive, so folding case could merge two different users' cooldowns. A host whose pool is
 * case-insensitive (or that lower-cases email aliases) should pass the username normalised the same way every time.
 *
 * The key never contains the inputs in clear. It is not a secret either: like any unsalted hash of a guessable
 * value, someone who can read the page's storage and already suspects a username can confirm the guess.
 */
export function hashCooldownKey(parts: CooldownKeyParts): string {
  return cooldownKeyPrefix + hash64(JSON.stringify([parts.userPoolId, parts.clientId, parts.username]));
}
