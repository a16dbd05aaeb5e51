'use client';
import {
  type ButtonHTMLAttributes,
  type CSSProperties,
  forwardRef,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type SyntheticEvent,
  useId,
} from 'react';
import type { ResendError } from '../core/ResendError';
import type { CodeDeliveryDetails } from '../core/ResendRequest';
import { formatCountdown } from '../i18n/resolveMessages';
import { useResendAnnouncement } from '../react/useResendAnnouncement';
import {
  type UseResendConfirmationCodeOptions,
  useResendConfirmationCode,
} from '../react/useResendConfirmationCode';
import { Slot } from './Slot';

/** What `className` and `children` functions receive. */
export interface ResendCodeButtonRenderState {
  /** `ready | sending | cooldown`, also on the element as `data-state`. */
  state: 'ready' | 'sending' | 'cooldown';
  /** Whether a click sends now; when false the element has `aria-disabled="true"` and `data-disabled`. */
  canResend: boolean;
  /** Whole seconds left in the wait, 0 when ready. */
  secondsLeft: number;
  /** The localized visible wait, e.g. "Resend available in 42 seconds"; empty when ready. */
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

/** Props of {@link ResendCodeButton}: the hook's options plus presentation. */
export interface ResendCodeButtonProps extends UseResendConfirmationCodeOptions, NativeButtonProps {
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

// The hook's options: the button hands them to the hook and every other prop to the element.
const hookOptionNames = [
  'username',
  'userPool',
  'client',
  'clientMetadata',
  'secretHash',
  'analyticsEndpointId',
  'userContextData',
  'cooldown',
  'lastSentAt',
  'maxResends',
  'persistence',
  'timeoutMs',
  'enumerationSafe',
  'onSent',
  'onError',
  'onAlreadyConfirmed',
  'locale',
  'messages',
  'queryClient',
] as const;
type HookOptionName = (typeof hookOptionNames)[number];
type NoUnlistedOption<Unlisted extends never> = Unlisted;
/** A compile-time check: fails when the hook gains an option `hookOptionNames` lacks (it would reach the DOM). */
export type EveryHookOptionListed = NoUnlistedOption<
  Exclude<keyof UseResendConfirmationCodeOptions, HookOptionName>
>;

// Screen-reader-only: present in the accessibility tree, out of sight. Not presentation, so kept even when bare.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * A drop-in "resend code" button: renders {@link useResendConfirmationCode}'s state and owns no logic. It keeps
 * focus and a stable accessible name while waiting, shows a localized countdown, and announces events politely.
 */
export const ResendCodeButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, ResendCodeButtonProps>(
  function ResendCodeButton(props, ref): ReactElement {
    const {
      className,
      children,
      asChild = false,
      unstyled = false,
      statusDisplay = 'visible',
      onClick,
      disabled,
      ...rest
    } = props;
    const buttonProps: Record<string, unknown> = {};
    for (const name in rest) {
      if (!hookOptionNames.includes(name as HookOptionName))
        buttonProps[name] = rest[name as keyof typeof rest];
    }
    const result = useResendConfirmationCode(props);
    const announcement = useResendAnnouncement(result, props.enumerationSafe);
    const countdownId = useId();
    const canResend = result.canResend && !disabled;
    const { state, secondsLeft, error, delivery } = result;
    const renderState: ResendCodeButtonRenderState = {
      state,
      canResend,
      secondsLeft,
      countdownText: state === 'cooldown' ? formatCountdown(result.messages, secondsLeft) : '',
      label: result.messages.resendLabel,
      error,
      delivery,
    };

    const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      // The host's handler may cancel the resend. Ours is an action, never a navigation (asChild on a link).
      if (event.defaultPrevented) return;
      event.preventDefault();
      if (canResend) result.resend();
    };
    // A press or an activation key usually becomes a click: take the cross-tab lock now, so the click's own task can
    // start the request.
    const prepare = (host: unknown) => (event: SyntheticEvent) => {
      (host as ((event: SyntheticEvent) => void) | undefined)?.(event);
      if (canResend && (!('key' in event) || event.key === 'Enter' || event.key === ' ')) result.prepare();
    };

    const waitText = state === 'sending' ? result.messages.sendingLabel : renderState.countdownText;
    const content =
      typeof children === 'function' ? (
        children(renderState)
      ) : children !== undefined ? (
        children
      ) : (
        <>
          <span data-part="label">{renderState.label}</span>
          {waitText ? (
            // Out of the name (which stays the label) and read as the description instead.
            <span data-part="countdown" id={countdownId} aria-hidden="true">
              {waitText}
            </span>
          ) : null}
        </>
      );

    const sharedProps = {
      ...buttonProps,
      ref,
      className: typeof className === 'function' ? className(renderState) : className,
      onClick: handleClick,
      onPointerDown: prepare(buttonProps.onPointerDown),
      onKeyDown: prepare(buttonProps.onKeyDown),
      // The name is the label span (the countdown is hidden from the name and describes the button instead), so it
      // stays the same while the visible text counts down. Custom content names the button itself; an aria-label
      // over it could differ from the visible text, which WCAG 2.5.3 (label in name) forbids.
      'aria-disabled': canResend ? undefined : true,
      'aria-describedby': waitText && children === undefined ? countdownId : undefined,
      'data-state': state,
      'data-error': error?.code,
      'data-disabled': canResend ? undefined : '',
      'data-rcr-button': unstyled ? undefined : '',
      dir: result.messages.direction,
    } as const;

    return (
      <>
        {asChild ? (
          <Slot {...(sharedProps as object)}>{content as ReactElement}</Slot>
        ) : (
          <button type="button" {...sharedProps}>
            {content}
          </button>
        )}
        <span
          role="status"
          aria-live="polite"
          aria-atomic="true"
          data-rcr-status={unstyled ? undefined : ''}
          data-error={error?.code}
          dir={result.messages.direction}
          style={statusDisplay === 'visually-hidden' ? visuallyHidden : undefined}
        >
          {announcement}
        </span>
      </>
    );
  },
);
