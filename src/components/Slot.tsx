import { cloneElement, type HTMLAttributes, type ReactElement, type Ref } from 'react';

/** Props {@link Slot} merges into its only child. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  /** Exactly one element, which receives the merged props. */
  children: ReactElement;
  /** Ref forwarded to the child, together with the child's own ref. */
  ref?: Ref<HTMLElement>;
}

type Props = Record<string, any>;

/**
 * Merges our props with theirs (a child's, or a host's): theirs win, except that event handlers are composed with
 * theirs running first (ours is skipped when theirs calls `preventDefault()`), classes are joined, styles merged,
 * and our defined `aria-*` and `data-*` values are kept.
 */
export function mergeProps(ours: Props, theirs: Props): Props {
  const merged = { ...ours, ...theirs };
  for (const name in ours) {
    const our = ours[name];
    const their = theirs[name];
    if (/^on[A-Z]/.test(name) && their) {
      merged[name] = (event: Event) => {
        their(event);
        if (!event.defaultPrevented) our?.(event);
      };
    } else if (name === 'className' && their) merged[name] = our ? `${our} ${their}` : their;
    else if (name === 'style') merged[name] = { ...our, ...their };
    // State attributes are ours to keep true; a stale copy on the child must not hide them.
    else if (/^(aria|data)-/.test(name) && our !== undefined) merged[name] = our;
  }
  return merged;
}

/**
 * Renders its only child with our props merged in (the `asChild` pattern, see {@link mergeProps}), refs included.
 */
export function Slot({ children: child, ref, ...slotProps }: SlotProps): ReactElement {
  // Anything but exactly one element child throws here, as `Children.only` would (with a less specific message).
  const childProps: Props = child.props as Props;
  // React 19 passes the ref as a prop, React 18 keeps it on the element.
  const childRef = childProps.ref ?? (child as Props).ref;
  const merged = mergeProps(slotProps, childProps);
  merged.ref =
    ref && childRef
      ? (node: HTMLElement | null) => {
          for (const each of [ref, childRef]) {
            if (typeof each === 'function') each(node);
            else each.current = node;
          }
        }
      : ref || childRef;
  return cloneElement(child, merged);
}
