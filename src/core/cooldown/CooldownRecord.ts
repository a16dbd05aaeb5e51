/**
 * A tab's claim on sending, kept in the record while it lasts: other tabs show `sending` and claim nothing until
 * `until`. The owner is a random token of the claim, so a tab releases only its own lease.
 */
export interface SendLease {
  /** A random token naming the claim that holds the lease. */
  ownerId: string;
  /** When the lease lapses if nobody releases it (epoch ms). */
  until: number;
}

/**
 * One key's cooldown: times (epoch ms, `null` for none) and counts only, never user data. The store parses it from
 * storage with `parseCooldownRecord` (the lease, stored under a key of its own, with `parseSendLease`), changes it
 * only through `transitionCooldownRecord`, and writes it with `serializeCooldownRecord` and `serializeSendLease`.
 */
export interface CooldownRecord {
  /** Codes sent in the current streak. */
  sendCount: number;
  /** Consecutive rate-limit answers. */
  rateLimitCount: number;
  /** When the current wait ends. */
  endsAt: number | null;
  /** When the last code was sent. */
  lastSentAt: number | null;
  /** When the last rate-limit answer came. */
  lastRateLimitedAt: number | null;
  /** The claim of the tab that is sending now, if any. */
  lease: SendLease | null;
}

/** The format this version writes; a record of another format is not read, and a newer one is never overwritten. */
export const cooldownRecordFormat = 2;

/** The highest count a record holds: counts stop growing there (saturate) instead of becoming unreadable. */
export const cooldownCountLimit = 1_000_000;

/** The record of a key nothing was stored for. */
export const emptyCooldownRecord: Readonly<CooldownRecord> = Object.freeze({
  sendCount: 0,
  rateLimitCount: 0,
  endsAt: null,
  lastSentAt: null,
  lastRateLimitedAt: null,
  lease: null,
});

/** Whether a record holds no wait, count or time (its lease aside): such a record is removed from storage. */
export function isEmptyCooldownRecord(record: CooldownRecord): boolean {
  return (
    record.sendCount === 0 &&
    record.rateLimitCount === 0 &&
    record.endsAt === null &&
    record.lastSentAt === null &&
    record.lastRateLimitedAt === null
  );
}

/** Whether two records hold the same wait, counts and times (their leases aside). */
export function sameCooldownRecord(first: CooldownRecord, second: CooldownRecord): boolean {
  return (
    first.sendCount === second.sendCount &&
    first.rateLimitCount === second.rateLimitCount &&
    first.endsAt === second.endsAt &&
    first.lastSentAt === second.lastSentAt &&
    first.lastRateLimitedAt === second.lastRateLimitedAt
  );
}
