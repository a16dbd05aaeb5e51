import type { ReactElement } from 'react';
import type { ResendMessages } from '../i18n/ResendMessages';
import { formatCodeSent, formatErrorMessage, formatLimitReached } from '../i18n/resolveMessages';
import type { ResendEvent } from '../react/findResendEvent';
import { displayDestination } from './displayDestination';

// Stands in for the destination while the catalogue builds its sentence, so the destination can be rendered as an
// element of its own. A private-use character, which no catalogue uses.
const destinationSlot = '\uE000';

/** Props of {@link ResendStatusText}. */
export interface ResendStatusTextProps {
  /** What happened. */
  event: ResendEvent;
  /** The catalogue to say it in. */
  messages: ResendMessages;
  /** Whether a send is worded so it does not tell whether the account exists. */
  enumerationSafe: boolean;
}

/**
 * The localized sentence for an event. A destination is isolated in a `<bdi>` (its characters cannot reorder the
 * sentence around it) and cut to a sane length.
 */
export function ResendStatusText({ event, messages, enumerationSafe }: ResendStatusTextProps): ReactElement {
  switch (event.type) {
    case 'sent': {
      const destination = event.delivery.destination?.trim();
      const sentence = formatCodeSent(
        messages,
        { ...event.delivery, destination: destination ? destinationSlot : undefined },
        { enumerationSafe },
      );
      const slotAt = sentence.indexOf(destinationSlot);
      // A catalogue whose sentence leaves the destination out.
      if (!destination || slotAt === -1) return <>{sentence}</>;
      return (
        <>
          {sentence.slice(0, slotAt)}
          <bdi data-part="destination">{displayDestination(destination)}</bdi>
          {sentence.slice(slotAt + destinationSlot.length)}
        </>
      );
    }
    case 'ready-again':
      return <>{messages.readyAgain}</>;
    case 'failed':
      return <>{formatErrorMessage(messages, event.error.code)}</>;
    case 'limit-reached':
      return <>{formatLimitReached(messages, event.endsAt)}</>;
  }
}
