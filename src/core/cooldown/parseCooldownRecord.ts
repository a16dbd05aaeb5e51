import {
  type CooldownRecord,
  cooldownCountLimit,
  cooldownRecordFormat,
  type SendLease,
} from './CooldownRecord';

/** How far ahead of now each stored time may lie; a later time is clamped to it, not thrown away. */
export interface CooldownRecordBounds {
  /** The reader's clock (epoch ms). */
  now: number;
  /** The longest wait the policy can set: the latest `endsAt` is `now` plus this. */
  longestWaitMs: number;
  /** The length of a send lease: the latest lease end is `now` plus this. */
  leaseMs: number;
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
 * Parses a stored text into a {@link CooldownRecord}, checking each field by name. Counts above
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
      lease: readLease(stored.lease),
    };
    return { kind: 'record', ...clampCooldownRecord(record, bounds) };
  } catch {
    return { kind: 'unreadable', newerFormat: false };
  }
}

/**
 * Pulls every time of a record that lies further ahead than the bounds allow back to them: a clock moved back (or
 * another tab's bad write) then never lengthens a wait beyond the policy's longest, and never shortens one.
 */
export function clampCooldownRecord(
  record: CooldownRecord,
  bounds: CooldownRecordBounds,
): { record: CooldownRecord; clamped: boolean } {
  const { now } = bounds;
  let clamped = false;
  const clamp = <Time extends number | null>(time: Time, latest: number): Time | number => {
    if (time === null || time <= latest) return time;
    clamped = true;
    return latest;
  };
  const next: CooldownRecord = {
    ...record,
    endsAt: clamp(record.endsAt, now + bounds.longestWaitMs),
    // A send or a rate limit cannot have happened after now.
    lastSentAt: clamp(record.lastSentAt, now),
    lastRateLimitedAt: clamp(record.lastRateLimitedAt, now),
    lease: record.lease && { ...record.lease, until: clamp(record.lease.until, now + bounds.leaseMs) },
  };
  return clamped ? { record: next, clamped } : { record, clamped };
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

function readLease(value: unknown): SendLease | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new UnreadableField();
  const { ownerId } = value;
  const until = readTime(value.until);
  if (typeof ownerId !== 'string' || ownerId === '' || until === null) throw new UnreadableField();
  return { ownerId, until };
}
