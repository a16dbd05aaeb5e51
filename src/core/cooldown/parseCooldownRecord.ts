import { type CooldownRecord, cooldownCountLimit, cooldownRecordFormat } from './CooldownRecord';

/** How far ahead of now each stored time may lie; a later time is clamped to it, not thrown away. */
export interface CooldownRecordBounds {
  /** The reader's clock (epoch ms). */
  now: number;
  /** The longest wait the policy can set: the latest `endsAt` is `now` plus this. */
  longestWaitMs: number;
}

/** What a stored text turned out to be. */
export type ParsedCooldownRecord =
  /** Nothing is stored for the key (never written, or reset). */
  | { kind: 'absent' }
  /** A record of this format; `clamped` when a time lay further ahead than the bounds allow and was pulled in. */
  | { kind: 'record'; record: CooldownRecord; clamped: boolean }
  /** Garbage, or a record of another format (`newerFormat` when a later version wrote it). */
  | { kind: 'unreadable'; newerFormat: boolean };

// A field that fails its check spoils the whole record: reading half of one could show a wait that never was.
class UnreadableField extends Error {}

/**
 * Parses a stored text into a {@link CooldownRecord} (without its lease, which is stored apart), checking each field
 * by name. Counts above
 * {@link cooldownCountLimit} saturate at it; times ahead of the bounds (a clock moved back, another tab's bad write)
 * are clamped to them, so a running wait is never thrown away and never lasts longer than the policy allows.
 */
export function parseCooldownRecord(text: unknown, bounds: CooldownRecordBounds): ParsedCooldownRecord {
  if (typeof text !== 'string') return { kind: 'absent' };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', newerFormat: false };
  }
  if (!isObject(stored)) return { kind: 'unreadable', newerFormat: false };
  const format = stored.format;
  if (format !== cooldownRecordFormat) {
    const newerFormat = typeof format === 'number' && format > cooldownRecordFormat;
    return { kind: 'unreadable', newerFormat };
  }
  try {
    const record: CooldownRecord = {
      sendCount: readCount(stored.sendCount),
      rateLimitCount: readCount(stored.rateLimitCount),
      endsAt: readTime(stored.endsAt),
      lastSentAt: readTime(stored.lastSentAt),
      lastRateLimitedAt: readTime(stored.lastRateLimitedAt),
      // Stored apart, under its own key (parseSendLease).
      lease: null,
    };
    return { kind: 'record', ...clampCooldownRecord(record, bounds) };
  } catch {
    return { kind: 'unreadable', newerFormat: false };
  }
}

/**
 * Bounds a record's times by what could have been written before now. A wait further ahead than the policy's
 * longest (a clock moved back, another tab's bad write) is pulled in to it and reported as `clamped`, so the reader
 * stores it: a wait never grows beyond the policy and never shrinks. A send or a rate limit cannot lie in the
 * future, so those times are pulled in to now. Leases are left as they are (see `isLeaseLive`): their owner must
 * still find its own lease to release it.
 */
export function clampCooldownRecord(
  record: CooldownRecord,
  bounds: CooldownRecordBounds,
): { record: CooldownRecord; clamped: boolean } {
  const { now } = bounds;
  const latestEnd = now + bounds.longestWaitMs;
  const clamped = record.endsAt !== null && record.endsAt > latestEnd;
  const inFuture = (time: number | null): boolean => time !== null && time > now;
  if (!clamped && !inFuture(record.lastSentAt) && !inFuture(record.lastRateLimitedAt)) {
    return { record, clamped };
  }
  const atMostNow = (time: number | null): number | null => (time === null ? null : Math.min(time, now));
  const next: CooldownRecord = {
    ...record,
    endsAt: clamped ? latestEnd : record.endsAt,
    lastSentAt: atMostNow(record.lastSentAt),
    lastRateLimitedAt: atMostNow(record.lastRateLimitedAt),
  };
  return { record: next, clamped };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A whole number from 0; one above the limit saturates at it.
function readCount(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new UnreadableField();
  return Math.min(value, cooldownCountLimit);
}

// A finite number, or null for none.
function readTime(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new UnreadableField();
  return value;
}
