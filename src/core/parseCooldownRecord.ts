/** One key's persisted cooldown state, format version 1. It holds times and counts only, never user data. */
export interface CooldownRecord {
  /** Format version. */
  v: 1;
  /** When the current wait ends (epoch ms), or `null`. */
  endsAt: number | null;
  /** Sends in the current streak. */
  sends: number;
  /** When the last code was sent (epoch ms), or `null`. */
  lastSentAt: number | null;
  /** Consecutive rate-limit answers. */
  rateLimits: number;
  /** When the last rate-limit answer came (epoch ms), or `null`. */
  lastRateLimitedAt: number | null;
  /** Until when a tab that claimed a send holds the lease (epoch ms), or `null`. */
  pendingUntil: number | null;
}

/** What the stored times are checked against. */
export interface CooldownRecordBounds {
  /** The current time (epoch ms). */
  now: number;
  /** The longest wait the policy can produce. */
  longestWaitMs: number;
  /** How long a send lease lasts. */
  leaseMs: number;
}

/** The record of a key nothing was stored for. */
export const emptyCooldownRecord: Readonly<CooldownRecord> = Object.freeze({
  v: 1,
  endsAt: null,
  sends: 0,
  lastSentAt: null,
  rateLimits: 0,
  lastRateLimitedAt: null,
  pendingUntil: null,
});

/**
 * How far a stored time may lie beyond what this page could have written, to allow for small clock corrections;
 * anything later is garbage.
 */
export const cooldownClockToleranceMs = 60_000;

// A real record is about 150 characters; parsing megabytes someone else put under our key helps nobody.
const longestRecordText = 1_000;

type Field = Exclude<keyof CooldownRecord, 'v'>;

function readTime(source: Record<string, unknown>, field: Field, latest: number): number | null | undefined {
  const value = source[field];
  if (value === undefined || value === null) return null;
  return typeof value === 'number' && Number.isFinite(value) && value <= latest ? value : undefined;
}

function readCount(source: Record<string, unknown>, field: Field): number | undefined {
  const value = source[field];
  if (value === undefined) return 0;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Reads a stored record, checking its shape and every value's range. Anything else (no value, bad JSON, another
 * version, wrong types, NaN, deadlines further ahead than the policy could ever set) reads as
 * {@link emptyCooldownRecord}; it never throws. Missing fields read as empty so later versions can add fields.
 */
export function parseCooldownRecord(
  text: string | null,
  bounds: CooldownRecordBounds,
): Readonly<CooldownRecord> {
  if (typeof text !== 'string' || text.length > longestRecordText) return emptyCooldownRecord;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return emptyCooldownRecord;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return emptyCooldownRecord;
  const source = parsed as Record<string, unknown>;
  if (source.v !== 1) return emptyCooldownRecord;
  const { now, longestWaitMs, leaseMs } = bounds;
  const endsAt = readTime(source, 'endsAt', now + longestWaitMs + cooldownClockToleranceMs);
  const sends = readCount(source, 'sends');
  const lastSentAt = readTime(source, 'lastSentAt', now + cooldownClockToleranceMs);
  const rateLimits = readCount(source, 'rateLimits');
  const lastRateLimitedAt = readTime(source, 'lastRateLimitedAt', now + cooldownClockToleranceMs);
  const pendingUntil = readTime(source, 'pendingUntil', now + leaseMs + cooldownClockToleranceMs);
  if (
    endsAt === undefined ||
    sends === undefined ||
    lastSentAt === undefined ||
    rateLimits === undefined ||
    lastRateLimitedAt === undefined ||
    pendingUntil === undefined
  ) {
    return emptyCooldownRecord;
  }
  return { v: 1, endsAt, sends, lastSentAt, rateLimits, lastRateLimitedAt, pendingUntil };
}

/** The text to store for a record, or `null` when it holds nothing worth keeping (remove the key instead). */
export function serializeCooldownRecord(record: Readonly<CooldownRecord>): string | null {
  if (
    record.endsAt === null &&
    record.sends === 0 &&
    record.lastSentAt === null &&
    record.rateLimits === 0 &&
    record.lastRateLimitedAt === null &&
    record.pendingUntil === null
  ) {
    return null;
  }
  return JSON.stringify({
    v: 1,
    endsAt: record.endsAt,
    sends: record.sends,
    lastSentAt: record.lastSentAt,
    rateLimits: record.rateLimits,
    lastRateLimitedAt: record.lastRateLimitedAt,
    pendingUntil: record.pendingUntil,
  });
}
