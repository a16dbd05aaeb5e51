import { useState } from 'react';
import { formatCodeSent } from '../i18n/resolveMessages';
import type { UseResendConfirmationCodeResult } from './useResendConfirmationCode';

/**
 * The text for a polite live region: what just happened ("a new code was sent to ...", "you can resend now", an
 * error), changing only on those events and never with the countdown, so screen readers are not flooded.
 * In enumeration-safe mode (the default) a send without destination is worded so it does not tell whether the
 * account exists.
 */
export function useResendAnnouncement(
  { delivery, error, state, messages, errorMessage }: UseResendConfirmationCodeResult,
  enumerationSafe = true,
): string {
  // What the last render saw, and what it announced.
  const [[seenDelivery, seenError, seenState, announcement], setSeen] = useState<
    [typeof delivery, typeof error, typeof state, string]
  >([delivery, error, state, '']);
  if (seenDelivery !== delivery || seenError !== error || seenState !== state) {
    // Adjusting state while rendering (React's "storing information from previous renders") avoids an extra
    // commit per event, which an effect would cost.
    setSeen([
      delivery,
      error,
      state,
      error && error !== seenError
        ? errorMessage!
        : delivery && delivery !== seenDelivery
          ? // Without a destination, enumeration-safe wording fits both a real send and an unknown user alike.
            formatCodeSent(messages, delivery, { enumerationSafe: enumerationSafe && !delivery.destination })
          : seenState === 'cooldown' && state === 'ready' && !error
            ? messages.readyAgain
            : announcement,
    ]);
  }
  return announcement;
}
