import { useState } from 'react';
import { formatCodeSent } from '../i18n/resolveMessages';
import type { UseResendConfirmationCodeResult } from './useResendConfirmationCode';

interface Observed {
  delivery: UseResendConfirmationCodeResult['delivery'];
  error: UseResendConfirmationCodeResult['error'];
  state: UseResendConfirmationCodeResult['state'];
}

/**
 * The text for a polite live region: what just happened ("a new code was sent to ...", "you can resend now", an
 * error), changing only on those events and never with the countdown, so screen readers are not flooded.
 * In enumeration-safe mode (the default) a send without destination is worded so it does not tell whether the
 * account exists.
 */
export function useResendAnnouncement(
  result: UseResendConfirmationCodeResult,
  enumerationSafe = true,
): string {
  const { delivery, error, state, messages, errorMessage } = result;
  const [observed, setObserved] = useState<Observed>({ delivery, error, state });
  const [announcement, setAnnouncement] = useState('');
  if (observed.delivery !== delivery || observed.error !== error || observed.state !== state) {
    // Adjusting state while rendering (React's "storing information from previous renders") avoids an extra
    // commit per event, which an effect would cost.
    setObserved({ delivery, error, state });
    if (error && error !== observed.error) setAnnouncement(errorMessage ?? '');
    else if (delivery && delivery !== observed.delivery) {
      // Without a destination, enumeration-safe wording fits both a real send and an unknown user alike.
      setAnnouncement(
        formatCodeSent(messages, delivery, { enumerationSafe: enumerationSafe && !delivery.destination }),
      );
    } else if (observed.state === 'cooldown' && state === 'ready' && !error)
      setAnnouncement(messages.readyAgain);
  }
  return announcement;
}
