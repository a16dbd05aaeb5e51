import type { CSSProperties, ReactElement } from 'react';
import type { ResendErrorCode } from '../core/ResendError';
import type { ResendMessages } from '../i18n/ResendMessages';
import type { ObservedResend } from '../react/findResendEvent';
import { useResendAnnouncement } from '../react/useResendAnnouncement';
import { ResendStatusText } from './ResendStatusText';

/** Props of {@link ResendStatusRegion}. */
export interface ResendStatusRegionProps {
  /** The hook's state for the user on screen, from which the region finds what to say. */
  observed: ObservedResend;
  /** The catalogue to say it in (also gives the region its `dir`). */
  messages: ResendMessages;
  /** Whether a send is worded so it does not tell whether the account exists. */
  enumerationSafe: boolean;
  /** `visible` text, or `visually-hidden` for screen readers only. */
  display: 'visible' | 'visually-hidden' | undefined;
  /** The shown error's code, as `data-error` for styling. */
  errorCode: ResendErrorCode | undefined;
  /** `''` for the `data-rcr-status` hook styles.css targets, `undefined` when bare. */
  styleHook: '' | undefined;
}

// Screen-reader-only: present in the accessibility tree, out of sight (the clip hides padding and border too). Not
// presentation, so kept even when bare.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * The polite live region after the button: it is always there, and holds text only while there is news. It keeps
 * its announcement state itself, so emptying and refilling it re-renders the region, not the button.
 */
export function ResendStatusRegion(props: ResendStatusRegionProps): ReactElement {
  const { messages } = props;
  const event = useResendAnnouncement(props.observed);
  return (
    <span
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-rcr-status={props.styleHook}
      data-error={props.errorCode}
      dir={messages.direction}
      style={props.display === 'visually-hidden' ? visuallyHidden : undefined}
    >
      {event && (
        <ResendStatusText event={event} messages={messages} enumerationSafe={props.enumerationSafe} />
      )}
    </span>
  );
}
