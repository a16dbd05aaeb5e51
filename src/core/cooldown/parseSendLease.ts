import type { SendLease } from './CooldownRecord';

/**
 * The storage key of a cooldown's send lease: the lease lives apart from the record, so a claim written by a tab
 * that has not yet heard of another tab's send cannot overwrite that send's wait.
 */
export function sendLeaseKey(cooldownKey: string): string {
  return `${cooldownKey}:lease`;
}

/**
 * The storage key of a cooldown's hand-over note: a tab writes a new random value there right before it lets the
 * cross-tab lock go, after everything else it wrote. A tab that waited for the lock decides once it has seen a new
 * note: a tab's writes reach the others in order, so everything the previous holder wrote has arrived by then.
 */
export function handOverNoteKey(cooldownKey: string): string {
  return `${cooldownKey}:handover`;
}

/** The text stored for a lease. */
export function serializeSendLease(lease: SendLease): string {
  return JSON.stringify({ ownerId: lease.ownerId, until: lease.until });
}

/** The lease a stored text holds; anything that is not one reads as none. */
export function parseSendLease(text: unknown): SendLease | null {
  if (typeof text !== 'string') return null;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { ownerId, until } = stored as Record<string, unknown>;
  if (typeof ownerId !== 'string' || ownerId === '') return null;
  if (typeof until !== 'number' || !Number.isFinite(until)) return null;
  return { ownerId, until };
}
