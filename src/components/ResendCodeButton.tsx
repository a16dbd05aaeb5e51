'use client';
import {
  type ButtonHTMLAttributes,
  forwardRef,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
  type SyntheticEvent,
  useId,
} from 'react';
import type { CooldownStatus } from '../core/CooldownStore';
import type { ResendError } from '../core/ResendError';
import type { CodeDeliveryDetails } from '../core/ResendRequest';
import type { ResendMessages } from '../i18n/ResendMessages';
import { formatCountdown, type ResendMessageOverrides, resolveMessages } from '../i18n/resolveMessages';
import { useHydrated } from '../react/useHydrated';
import {
  type UseResendConfirmationCodeOptions,
  useResendConfirmationCode,
} from '../react/useResendConfirmationCode';
import { hostElementProps } from './hostElementProps';
import { ResendStatusRegion } from './ResendStatusRegion';
import { mergeProps, Slot, type SlotProps } from './Slot';

/** What `className` and `children` functions receive. */
export interface ResendCodeButtonRenderState {
  /** `ready | sending | cooldown`, also on the element as `data-state`. */
  state: CooldownStatus;
  /** Whether a click sends now; when false the element has `aria-disabled="true"` and `data-disabled`. */
  canResend: boolean;
  /** Whole seconds left in the wait, 0 when ready. */
  secondsLeft: number;
  /** The localized visible wait, short because the label stays beside it, e.g. "42 s" or "1:05"; empty when ready. */
  countdownText: string;
  /** The stable, localized label, also the accessible name. */
  label: string;
  /** The last error, also on the element as `data-error="<code>"`. */
  error: ResendError | null;
  /** Where the last code went. */
  delivery: CodeDeliveryDetails | null;
}

type NativeButtonProps = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'className' | 'type' | 'onError'
>;

/** Props of {@link ResendCodeButton}: the hook's options plus words and presentation. */
export interface ResendCodeButtonProps extends UseResendConfirmationCodeOptions, NativeButtonProps {
  /**
   * The message catalogue, e.g. `de` from `react-cognito-resend/locales/de`.
   * @default en
   */
  locale?: ResendMessages;
  /** Overrides of single messages of the catalogue. */
  messages?: ResendMessageOverrides;
  /** A class string, or a function of the render state returning one. */
  className?: string | ((state: ResendCodeButtonRenderState) => string | undefined);
  /** Content, or a function of the render state; the default shows the label and the countdown. */
  children?: ReactNode | ((state: ResendCodeButtonRenderState) => ReactNode);
  /**
   * Render the only child element (e.g. a link) instead of a `<button>`, with our attributes and handlers merged.
   * @default false
   */
  asChild?: boolean;
  /**
   * Leave out the `data-rcr-button` hook that the opt-in `styles.css` targets.
   * @default false
   */
  unstyled?: boolean;
  /**
   * How the polite status region (sent, ready again, errors) shows: `visible` text after the button, or
   * `visually-hidden` for screen readers only.
   * @default 'visible'
   */
  statusDisplay?: 'visible' | 'visually-hidden';
}

// Enter and Space activate a button, so either key usually becomes a click.
function isActivationKey(key: string): boolean {
  return key === 'Enter' || key === ' ';
}

/** What the default content shows: the stable label, and the wait (or "Sending…") beside it. */
interface DefaultContentProps {
  label: string;
  waitText: string;
  countdownId: string;
}

function DefaultContent({ label, waitText, countdownId }: DefaultContentProps): ReactElement {
  return (
    <>
      <span data-part="label">{label}</span>
      {/* Out of the name (which stays the label) and read as the description instead. Always there, empty when
          ready, so styles.css can reserve its width and the button keeps one width in every state. */}
      <span data-part="countdown" id={countdownId} aria-hidden="true">
        {waitText}
      </span>
    </>
  );
}

// The host's content (a node, or a function of the render state), else the default.
function contentOf(
  children: ResendCodeButtonProps['children'],
  renderState: ResendCodeButtonRenderState,
  defaultContent: ReactElement,
): ReactNode {
  if (typeof children === 'function') return children(renderState);
  return children ?? defaultContent;
}

/**
 * A drop-in "resend code" button: renders {@link useResendConfirmationCode}'s state and owns no logic. It keeps
 * focus and a stable accessible name while waiting, shows a localized countdown, and announces events politely.
 */
export const ResendCodeButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, ResendCodeButtonProps>(
  function ResendCodeButton(props, ref): ReactElement {
    const { className, children, unstyled, enumerationSafe = false } = props;
    const result = useResendConfirmationCode(props);
    const { state, error } = result;
    // The catalogue itself unless the host overrides some messages.
    const messages = resolveMessages(props.locale, props.messages);
    const countdownId = useId();
    // Before hydration a click does nothing, and the server cannot know the cooldown: not ready until then.
    const hydrated = useHydrated();
    const canResend = result.canResend && !props.disabled && hydrated;
    // The hook's result with the button's own view of it (the functions may read the hook's other fields too).
    const renderState: ResendCodeButtonRenderState = {
      ...result,
      canResend,
      countdownText: state === 'cooldown' ? formatCountdown(messages, result.secondsLeft) : '',
      label: messages.resendLabel,
    };
    const waitText = state === 'sending' ? messages.sendingLabel : renderState.countdownText;
    // Present (empty) unless `unstyled`: what styles.css targets.
    const styleHook = unstyled ? undefined : '';

    // A press or an activation key usually becomes a click: take the cross-tab lock now, so the click's own task can
    // start the request.
    const prepareOnPress = () => {
      if (canResend) result.prepare();
    };
    const prepareOnKey = (keyEvent: KeyboardEvent) => {
      if (canResend && isActivationKey(keyEvent.key)) result.prepare();
    };
    const defaultContent = (
      <DefaultContent label={renderState.label} waitText={waitText} countdownId={countdownId} />
    );

    // The host's handlers run first and may cancel ours (see mergeProps).
    const elementProps = mergeProps(
      {
        ref,
        children: contentOf(children, renderState, defaultContent),
        className: typeof className === 'function' ? className(renderState) : className,
        // An action, never a navigation (asChild on a link).
        onClick: (clickEvent: SyntheticEvent) => {
          clickEvent.preventDefault();
          if (canResend) result.resend();
        },
        onPointerDown: prepareOnPress,
        onKeyDown: prepareOnKey,
        // The name is the label span (the countdown is hidden from the name and describes the button instead), so
        // it stays the same while the visible text counts down. Custom content names the button itself; an
        // aria-label over it could differ from the visible text, which WCAG 2.5.3 (label in name) forbids.
        'aria-disabled': !canResend || undefined,
        'aria-describedby': waitText && children == null ? countdownId : undefined,
        dir: messages.direction,
        'data-state': state,
        'data-error': error?.code,
        'data-disabled': canResend ? undefined : '',
        'data-hydrating': hydrated ? undefined : '',
        'data-rcr-button': styleHook,
      },
      hostElementProps(props),
    );

    return (
      <>
        {props.asChild ? (
          <Slot {...(elementProps as SlotProps)} />
        ) : (
          <button type="button" {...elementProps} />
        )}
        <ResendStatusRegion
          observed={result}
          messages={messages}
          enumerationSafe={enumerationSafe}
          display={props.statusDisplay}
          errorCode={error?.code}
          styleHook={styleHook}
        />
      </>
    );
  },
);
