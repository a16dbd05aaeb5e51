import type { CooldownPolicy } from '../CooldownPolicy';
import { longestCooldownWait } from '../computeCooldownWait';
import {
  type CooldownRecord,
  emptyCooldownRecord,
  isEmptyCooldownRecord,
  sameCooldownRecord,
} from './CooldownRecord';
import type { CooldownStorageAdapter } from './createCooldownStorage';
import { parseCooldownRecord } from './parseCooldownRecord';
import { parseSendLease, sendLeaseKey, serializeSendLease } from './parseSendLease';
import { reconcileCooldownRecord } from './reconcileCooldownRecord';
import { serializeCooldownRecord } from './serializeCooldownRecord';
import { type CooldownEvent, transitionCooldownRecord } from './transitionCooldownRecord';

/** One key's record as this page keeps it: read from the storage, changed by events, written in one place. */
export interface CooldownRecordKeeper {
  /** The record as last read or written. */
  readonly known: CooldownRecord;
  /** Reads the record (and its lease) at `now` under `policy`. */
  read(now: number, policy: CooldownPolicy): CooldownRecord;
  /** The one place that writes: the freshest record, changed by `events`; only what changed is stored. */
  apply(events: CooldownEvent[], now: number, policy: CooldownPolicy): void;
  /** Forgets the record and its lease. */
  reset(): void;
}

/**
 * Keeps one key's record: the record under `key` and its send lease under `key:lease`. A record it cannot read
 * never wipes what it knows, a newer version's record is never overwritten (the page then keeps its wait in
 * memory), and only what changed is written, so a write from a tab that has not heard of another's yet undoes
 * nothing of it.
 */
export function createCooldownRecordKeeper(
  storage: CooldownStorageAdapter,
  key: string,
): CooldownRecordKeeper {
  const leaseKey = sendLeaseKey(key);
  let known: CooldownRecord = emptyCooldownRecord;
  let newerFormatStored = false;

  const read = (now: number, policy: CooldownPolicy): CooldownRecord => {
    const bounds = { now, longestWaitMs: longestCooldownWait(policy) };
    const reconciled = reconcileCooldownRecord(parseCooldownRecord(storage.read(key), bounds), known, bounds);
    newerFormatStored = reconciled.newerFormatStored;
    if (reconciled.repair) storage.write(key, serializeCooldownRecord(reconciled.record));
    known = { ...reconciled.record, lease: parseSendLease(storage.read(leaseKey)) };
    return known;
  };

  return {
    get known() {
      return known;
    },
    read,
    apply(events, now, policy) {
      const stored = read(now, policy);
      let record = stored;
      for (const event of events) record = transitionCooldownRecord(record, event, policy);
      known = record;
      if (!sameCooldownRecord(record, stored) && !newerFormatStored) {
        storage.write(key, isEmptyCooldownRecord(record) ? null : serializeCooldownRecord(record));
      }
      if (record.lease !== stored.lease)
        storage.write(leaseKey, record.lease && serializeSendLease(record.lease));
    },
    reset() {
      known = emptyCooldownRecord;
      if (!newerFormatStored) storage.write(key, null);
      storage.write(leaseKey, null);
    },
  };
}
