import type { UseResendConfirmationCodeOptions } from '../react/useResendConfirmationCode';
import type { ResendCodeButtonProps } from './ResendCodeButton';

/**
 * The button's props meant for the element itself: all but the hook's options and the button's own props
 * (`className` and `children` may be functions; `disabled` would drop focus, so it becomes `aria-disabled`).
 */
export function hostElementProps(props: ResendCodeButtonProps) {
  const {
    username,
    userPool,
    client,
    clientMetadata,
    secretHash,
    analyticsEndpointId,
    userContextData,
    cooldown,
    lastSentAt,
    maxResends,
    persistence,
    timeoutMs,
    enumerationSafe,
    onSent,
    onError,
    onAlreadyConfirmed,
    locale,
    messages,
    queryClient,
    className,
    children,
    asChild,
    unstyled,
    statusDisplay,
    disabled,
    ...hostProps
  } = props;
  // A compile error when the hook gains an option the list above misses (it would reach the element).
  true satisfies SharesNoKeyWith<typeof hostProps, UseResendConfirmationCodeOptions>;
  return hostProps;
}

// `true` when no key of `Props` is a key of `Options`, else `never`.
type SharesNoKeyWith<Props, Options> = [Extract<keyof Props, keyof Options>] extends [never] ? true : never;
