import { type CooldownRecord, emptyCooldownRecord, isEmptyCooldownRecord } from './CooldownRecord';
import {
  type CooldownRecordBounds,
  clampCooldownRecord,
  type ParsedCooldownRecord,
} from './parseCooldownRecord';

/** What a page holds after reading the storage, and whether it must store it back. */
export interface ReconciledCooldownRecord {
  record: CooldownRecord;
  /** The storage holds a newer version's record: this page must not overwrite it. */
  newerFormatStored: boolean;
  /** The storage holds less than the page now knows (a clamped time, garbage, a wait written over): store `record`. */
  repair: boolean;
}

/**
 * What a page knows after it read the storage (the lease aside, which is stored apart): the stored record, unless it
 * would lose something the page knows.
 * A record this version cannot read never wipes a cooldown the page knows (garbage is repaired, a newer version's
 * record is kept and not overwritten), a record only ends a running wait by being removed (a reset), so a tab that
 * wrote before it heard of another tab's wait cannot shorten it, and times ahead of the bounds are clamped.
 */
export function reconcileCooldownRecord(
  parsed: ParsedCooldownRecord,
  known: CooldownRecord,
  bounds: CooldownRecordBounds,
): ReconciledCooldownRecord {
  if (parsed.kind === 'absent')
    return { record: emptyCooldownRecord, newerFormatStored: false, repair: false };
  const knownNow = clampCooldownRecord(known, bounds).record;
  if (parsed.kind === 'unreadable') {
    const repair = !parsed.newerFormat && !isEmptyCooldownRecord(knownNow);
    return { record: knownNow, newerFormatStored: parsed.newerFormat, repair };
  }
  const { record, clamped } = parsed;
  const knownWaitEndsAt = knownNow.endsAt;
  const knownWaitRuns = knownWaitEndsAt !== null && knownWaitEndsAt > bounds.now;
  if (knownWaitRuns && (record.endsAt === null || record.endsAt < knownWaitEndsAt)) {
    return { record: { ...record, endsAt: knownWaitEndsAt }, newerFormatStored: false, repair: true };
  }
  return { record, newerFormatStored: false, repair: clamped };
}
