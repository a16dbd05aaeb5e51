import {
  Children,
  cloneElement,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type Ref,
  type RefCallback,
  type SyntheticEvent,
} from 'react';

/** Props {@link Slot} merges into its only child. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  /** Exactly one element, which receives the merged props. */
  children: ReactElement;
  /** Ref forwarded to the child, together with the child's own ref. */
  ref?: Ref<HTMLElement>;
}

function mergeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return (value) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(value);
      else if (ref) (ref as { current: T | null }).current = value;
    }
  };
}

/**
 * Renders its only child with our props merged in (the `asChild` pattern): classes joined, styles merged, event
 * handlers composed with the child's running first (ours is skipped when it calls `preventDefault()`), refs merged.
 */
export function Slot({ children, ref, ...slotProps }: SlotProps): ReactElement {
  const child = Children.only(children);
  if (!isValidElement<Record<string, unknown>>(child)) return child;
  const childProps = child.props;
  const merged: Record<string, unknown> = { ...slotProps, ...childProps };
  for (const [name, slotValue] of Object.entries(slotProps)) {
    const childValue = childProps[name];
    if (/^on[A-Z]/.test(name) && typeof slotValue === 'function' && typeof childValue === 'function') {
      merged[name] = (event: SyntheticEvent) => {
        childValue(event);
        if (!event.defaultPrevented) slotValue(event);
      };
    } else if (name === 'className' && childValue) {
      merged[name] = [slotValue, childValue].filter(Boolean).join(' ');
    } else if (name === 'style' && childValue) {
      merged[name] = { ...(slotValue as object), ...(childValue as object) };
    } else if ((name.startsWith('aria-') || name.startsWith('data-')) && slotValue !== undefined) {
      // State attributes are ours to keep true; a stale copy on the child must not hide them.
      merged[name] = slotValue;
    }
  }
  // React 19 passes the ref as a prop, React 18 keeps it on the element.
  const childRef = (childProps.ref ??
    (child as unknown as { ref?: Ref<HTMLElement> }).ref) as Ref<HTMLElement>;
  merged.ref = ref ? mergeRefs(ref, childRef) : childRef;
  return cloneElement(child, merged);
}
