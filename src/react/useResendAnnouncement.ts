import { useEffect, useRef, useState } from 'react';
import { findResendEvent, type ObservedResend, type ResendEvent } from './findResendEvent';

/**
 * How long the live region stays empty before it shows an event's text, when it showed something before (or was
 * just mounted). Emptying it first makes the text a change even when it repeats the last one (React Aria's live
 * announcer clears and sets the same way), and gives a region that just appeared (after a reload) time to enter the
 * accessibility tree before it speaks.
 */
export const announcementDelayMs = 100;

// The event the region is about, and whether its text shows yet (false while the region is emptied first).
interface Announcement {
  event: ResendEvent | null;
  visible: boolean;
}

const silence: Announcement = { event: null, visible: false };

/**
 * The event a polite live region should show now: what just happened to the user on screen (a code sent, ready
 * again, an error, the cap), never the countdown, so screen readers are not flooded. Every event is announced, the
 * same error twice too; switching users empties the region; `null` while there is nothing to say.
 */
export function useResendAnnouncement({
  userKey,
  state,
  delivery,
  error,
  limitReached,
  limitEndsAt,
}: ObservedResend): ResendEvent | null {
  const [announcement, setAnnouncement] = useState<Announcement>(silence);
  // What the last committed render showed: events are found between commits, so a render that never commits (or
  // another user's answer arriving late) announces nothing.
  const observed = useRef<ObservedResend | undefined>(undefined);

  useEffect(() => {
    const current: ObservedResend = { userKey, state, delivery, error, limitReached, limitEndsAt };
    const justMounted = observed.current === undefined;
    const change = findResendEvent(observed.current, current);
    observed.current = current;
    if (change === 'user-switched') setAnnouncement(silence);
    else if (change) {
      // Into a region that has been empty for a while the text can go at once; otherwise it is emptied first.
      setAnnouncement((shown) => ({ event: change, visible: !justMounted && !shown.visible }));
    }
  }, [userKey, state, delivery, error, limitReached, limitEndsAt]);

  useEffect(() => {
    const { event, visible } = announcement;
    if (!event || visible) return;
    // Reveal this event only if it is still the one waiting: a newer event may already be queued (an answer that
    // lands just as the timer fires, before the render that would clear it), and must not be overwritten.
    const reveal = () =>
      setAnnouncement((current) => (current.event === event ? { event, visible: true } : current));
    const timer = setTimeout(reveal, announcementDelayMs);
    return () => clearTimeout(timer);
  }, [announcement]);

  return announcement.visible ? announcement.event : null;
}
