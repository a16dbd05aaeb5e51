import { type CooldownRecord, cooldownRecordFormat } from './CooldownRecord';

/**
 * The text stored for a record: a JSON object with the format first, then every field by name. The lease is stored
 * apart (`serializeSendLease`).
 */
export function serializeCooldownRecord(record: CooldownRecord): string {
  return JSON.stringify({
    format: cooldownRecordFormat,
    sendCount: record.sendCount,
    rateLimitCount: record.rateLimitCount,
    endsAt: record.endsAt,
    lastSentAt: record.lastSentAt,
    lastRateLimitedAt: record.lastRateLimitedAt,
  });
}
