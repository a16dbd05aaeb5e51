// The cooldown record's rules one by one: how a stored text is read (each field by name, times clamped, counts
// saturated), what a page keeps when the storage says less than it knows, and how events change a record.
import { describe, expect, it } from 'vitest';
import { resolveCooldownPolicy } from '../../../../src/core/computeCooldownWait';
import {
  type CooldownRecord,
  cooldownCountLimit,
  emptyCooldownRecord,
} from '../../../../src/core/cooldown/CooldownRecord';
import { parseCooldownRecord } from '../../../../src/core/cooldown/parseCooldownRecord';
import { parseSendLease, serializeSendLease } from '../../../../src/core/cooldown/parseSendLease';
import { reconcileCooldownRecord } from '../../../../src/core/cooldown/reconcileCooldownRecord';
import { serializeCooldownRecord } from '../../../../src/core/cooldown/serializeCooldownRecord';
import { transitionCooldownRecord } from '../../../../src/core/cooldown/transitionCooldownRecord';

const now = Date.UTC(2030, 0, 1);
const policy = resolveCooldownPolicy();
const bounds = { now, longestWaitMs: 3_600_000 };
const sent: CooldownRecord = {
  ...emptyCooldownRecord,
  sendCount: 1,
  endsAt: now + 30_000,
  lastSentAt: now,
};

describe('reading a stored record', () => {
  it('reads back what it writes, field by field', () => {
    expect(parseCooldownRecord(serializeCooldownRecord(sent), bounds)).toEqual({
      kind: 'record',
      record: sent,
      clamped: false,
    });
  });

  it('clamps a wait further ahead than the policy could set (a clock moved back) instead of dropping it', () => {
    const text = serializeCooldownRecord({ ...sent, endsAt: now + 1e12, lastSentAt: now + 120_000 });
    expect(parseCooldownRecord(text, bounds)).toEqual({
      kind: 'record',
      record: { ...sent, endsAt: now + 3_600_000, lastSentAt: now },
      clamped: true,
    });
  });

  it('saturates a count beyond what it accepts instead of reading the record as garbage', () => {
    const text = serializeCooldownRecord({ ...sent, sendCount: 4_294_967_295 });
    const parsed = parseCooldownRecord(text, bounds);
    expect(parsed.kind === 'record' && parsed.record.sendCount).toBe(cooldownCountLimit);
  });

  it('tells garbage from a newer format, and nothing stored from both', () => {
    expect(parseCooldownRecord(null, bounds)).toEqual({ kind: 'absent' });
    expect(parseCooldownRecord('{"format":2,"sendCount":-1}', bounds)).toEqual({
      kind: 'unreadable',
      newerFormat: false,
    });
    expect(parseCooldownRecord('[1,0,0,null]', bounds)).toEqual({ kind: 'unreadable', newerFormat: false });
    expect(parseCooldownRecord('{"format":3}', bounds)).toEqual({ kind: 'unreadable', newerFormat: true });
  });

  it('reads a lease from its own key, and anything else there as none', () => {
    const lease = { ownerId: 'tab-a', until: now + 20_000 };
    expect(parseSendLease(serializeSendLease(lease))).toEqual(lease);
    for (const text of [
      null,
      'garbage',
      '{}',
      '{"ownerId":"","until":1}',
      '{"ownerId":"a","until":"soon"}',
    ]) {
      expect(parseSendLease(text), String(text)).toBeNull();
    }
  });
});

describe('what a page keeps after reading', () => {
  it('keeps the wait it knows, and stores it back, when the storage holds garbage', () => {
    const reconciled = reconcileCooldownRecord({ kind: 'unreadable', newerFormat: false }, sent, bounds);
    expect(reconciled).toEqual({ record: sent, newerFormatStored: false, repair: true });
  });

  it('keeps the wait it knows without overwriting a newer format', () => {
    const reconciled = reconcileCooldownRecord({ kind: 'unreadable', newerFormat: true }, sent, bounds);
    expect(reconciled).toEqual({ record: sent, newerFormatStored: true, repair: false });
  });

  it('keeps a running wait when a tab that had not heard of it wrote a record without it', () => {
    const stale = { ...emptyCooldownRecord, sendCount: 1, lastSentAt: now - 60_000 };
    const reconciled = reconcileCooldownRecord(
      { kind: 'record', record: stale, clamped: false },
      sent,
      bounds,
    );
    expect(reconciled).toEqual({
      record: { ...stale, endsAt: sent.endsAt },
      newerFormatStored: false,
      repair: true,
    });
  });

  it('forgets the wait when the record was removed (a reset)', () => {
    expect(reconcileCooldownRecord({ kind: 'absent' }, sent, bounds).record).toEqual(emptyCooldownRecord);
  });
});

describe('events', () => {
  it('grows the wait along the streak and never shortens one that runs', () => {
    const second = transitionCooldownRecord(sent, { type: 'sent', at: now + 30_000 }, policy);
    expect(second).toMatchObject({ sendCount: 2, endsAt: now + 90_000 });
    const early = transitionCooldownRecord(
      { ...sent, endsAt: now + 600_000 },
      { type: 'sent', at: now + 1_000 },
      policy,
    );
    expect(early.endsAt).toBe(now + 600_000);
  });

  it('saturates counts at what the reader accepts', () => {
    const full = { ...sent, sendCount: cooldownCountLimit };
    expect(transitionCooldownRecord(full, { type: 'sent', at: now + 1_000 }, policy).sendCount).toBe(
      cooldownCountLimit,
    );
  });

  it('releases only its own lease', () => {
    const leased = transitionCooldownRecord(sent, { type: 'lease-taken', at: now, ownerId: 'tab-a' }, policy);
    expect(transitionCooldownRecord(leased, { type: 'lease-released', ownerId: 'tab-b' }, policy)).toBe(
      leased,
    );
    expect(
      transitionCooldownRecord(leased, { type: 'lease-released', ownerId: 'tab-a' }, policy).lease,
    ).toBeNull();
  });
});
