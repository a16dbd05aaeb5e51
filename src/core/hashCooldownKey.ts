import type { CooldownKeyParts } from './CooldownStore';

/** The prefix of every storage key this package writes. */
export const cooldownKeyPrefix = 'rcr:';

// cyrb53's mixing (public domain, bryc), keeping both 32-bit halves: 64 bits make an accidental collision between
// two usernames in one browser practically impossible, and it is synchronous, unlike Web Crypto's digest.
function hash64(text: string): string {
  let high = 0xdeadbeef;
  let low = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    high = Math.imul(high ^ code, 2654435761);
    low = Math.imul(low ^ code, 1597334677);
  }
  high = Math.imul(high ^ (high >>> 16), 2246822507);
  high ^= Math.imul(low ^ (low >>> 13), 3266489909);
  low = Math.imul(low ^ (low >>> 16), 2246822507);
  low ^= Math.imul(high ^ (high >>> 13), 3266489909);
  return (low >>> 0).toString(16).padStart(8, '0') + (high >>> 0).toString(16).padStart(8, '0');
}

/**
 * The storage key for one (user pool, app client, username): `rcr:` and 16 hex digits, synchronous and deterministic.
 *
 * The parts are length-prefixed before hashing, so no two different triples share an encoding. The username is
 * used exactly as it is sent to Cognito, not lower-cased: usernames are case-sensitive unless the pool was created
 * case-insensitive, so folding case could merge two different users' cooldowns. A host whose pool is
 * case-insensitive (or that lower-cases email aliases) should pass the username normalised the same way every time.
 *
 * The key never contains the inputs in clear. It is not a secret either: like any unsalted hash of a guessable
 * value, someone who can read the page's storage and already suspects a username can confirm the guess.
 */
export function hashCooldownKey(parts: CooldownKeyParts): string {
  const encoded = [parts.userPoolId, parts.clientId, parts.username]
    .map((part) => {
      const text = String(part);
      return `${text.length}:${text}`;
    })
    .join('');
  return cooldownKeyPrefix + hash64(`rcr/v1|${encoded}`);
}
