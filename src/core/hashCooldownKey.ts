import type { CooldownKeyParts, CooldownOperation } from './CooldownStore';

/** The prefix of every storage key this package writes. */
export const cooldownKeyPrefix = 'rcr:';

/**
 * The storage key for one (operation, user pool, app client, username): `rcr:` and 16 hex digits, synchronous and
 * deterministic. The operation defaults to `resend-confirmation-code`, so another code flow can share the store
 * without sharing its cooldowns.
 *
 * The parts are hashed as a JSON array, so no two different tuples share an encoding. The username is used exactly
 * as it is sent to Cognito, not lower-cased: usernames are case-sensitive unless the pool was created
 * case-insensitive, so folding case could merge two different users' cooldowns. A host whose pool is
 * case-insensitive (or that lower-cases email aliases) should pass the username normalised the same way every time.
 *
 * The key never contains the inputs in clear. It is not a secret either: like any unsalted hash of a guessable
 * value, someone who can read the page's storage and already suspects a username can confirm the guess.
 */
export function hashCooldownKey(parts: CooldownKeyParts): string {
  // Two 32-bit multiply-xorshift hashes of the code points with different multipliers: 64 bits make an accidental
  // collision between two usernames in one browser practically impossible, and it is synchronous, unlike Web
  // Crypto's digest. The JSON text always ends in `"]`, two rounds that spread the last username characters over
  // every bit, so no separate final mixing is needed.
  const operation: CooldownOperation = parts.operation ?? 'resend-confirmation-code';
  let high = 0;
  let low = 0;
  for (const character of JSON.stringify([operation, parts.userPoolId, parts.clientId, parts.username])) {
    const code = character.codePointAt(0)!;
    high = Math.imul(high ^ (high >>> 15) ^ code, 2654435761);
    low = Math.imul(low ^ (low >>> 15) ^ code, 1597334677);
  }
  const hex = (half: number): string => (half >>> 0).toString(16).padStart(8, '0');
  return cooldownKeyPrefix + hex(high) + hex(low);
}
