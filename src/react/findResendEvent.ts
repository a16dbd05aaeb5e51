import type { CooldownStatus } from '../core/CooldownStore';
import type { ResendError } from '../core/ResendError';
import type { CodeDeliveryDetails } from '../core/ResendRequest';

/** Something that happened to the user on screen, worth telling a screen reader about. */
export type ResendEvent =
  /** A code was sent; `delivery` says where. */
  | { type: 'sent'; delivery: CodeDeliveryDetails }
  /** A wait (or the cap) is over: a new code can be requested. */
  | { type: 'ready-again' }
  /** An attempt failed. */
  | { type: 'failed'; error: ResendError }
  /** The cap on codes is reached; it holds until `endsAt` (epoch ms), or an unknown time when `null`. */
  | { type: 'limit-reached'; endsAt: number | null };

/** What {@link findResendEvent} compares: the hook's result as a committed render showed it. */
export interface ObservedResend {
  userKey: string;
  state: CooldownStatus;
  delivery: CodeDeliveryDetails | null;
  error: ResendError | null;
  limitReached: boolean;
  limitEndsAt: number | null;
}

// Whether the cap is what keeps a ready button from sending.
function isStoppedByLimit(observed: ObservedResend): boolean {
  return observed.limitReached && observed.state === 'ready';
}

function limitEvent(observed: ObservedResend): ResendEvent {
  return { type: 'limit-reached', endsAt: observed.limitEndsAt };
}

// What a user coming on screen (a mount, a reload, a switch) needs told: only a cap, which the button alone cannot
// explain; their past is not news.
function eventOnArrival(current: ObservedResend, switched: boolean): ResendEvent | 'user-switched' | null {
  if (isStoppedByLimit(current)) return limitEvent(current);
  return switched ? 'user-switched' : null;
}

// What happened to the same user between two views.
function eventBetween(previous: ObservedResend, current: ObservedResend): ResendEvent | null {
  // Each attempt's answer is a new object: the same message twice is two events.
  const { error, delivery } = current;
  if (error && error !== previous.error) {
    if (error.code === 'resend-limit-reached') return limitEvent(current);
    return { type: 'failed', error };
  }
  if (delivery && delivery !== previous.delivery) return { type: 'sent', delivery };
  const waitEnded = previous.state === 'cooldown' && current.state === 'ready';
  const capEnded = previous.limitReached && !current.limitReached;
  if ((waitEnded || capEnded) && !isStoppedByLimit(current)) return { type: 'ready-again' };
  return null;
}

/**
 * The event between two committed views of the same hook, `null` when nothing happened, or `'user-switched'` when
 * another user came on screen (whose past is not news). A user who comes on screen (a mount, a reload, a switch) at
 * the cap gets the cap explained, since the button alone cannot say why it stays disabled.
 */
export function findResendEvent(
  previous: ObservedResend | undefined,
  current: ObservedResend,
): ResendEvent | 'user-switched' | null {
  if (previous === undefined) return eventOnArrival(current, false);
  if (previous.userKey !== current.userKey) return eventOnArrival(current, true);
  return eventBetween(previous, current);
}
