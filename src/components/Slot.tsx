import {
  cloneElement,
  Fragment,
  forwardRef,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type Ref,
  useMemo,
} from 'react';
import { composeRefs } from './composeRefs';

/** Props {@link Slot} merges into its only child. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  /** Exactly one element, which receives the merged props. */
  children: ReactElement;
}

type Props = Record<string, any>;

/** Their handler first; ours only when theirs did not call `preventDefault()`. */
function composeHandlers(their: (event: Event) => void, our: ((event: Event) => void) | undefined) {
  return (event: Event) => {
    their(event);
    if (!event.defaultPrevented) our?.(event);
  };
}

/** The merged value of a prop we set: `plain` (theirs over ours) unless the prop merges in its own way. */
function mergeProp(name: string, our: any, their: any, plain: unknown): unknown {
  if (/^on[A-Z]/.test(name) && their) return composeHandlers(their, our);
  if (name === 'className' && their) return our ? `${our} ${their}` : their;
  if (name === 'style') return { ...our, ...their };
  // State attributes are ours to keep true; a stale copy on the child must not hide them.
  if (/^(aria|data)-/.test(name) && our !== undefined) return our;
  return plain;
}

/**
 * Merges our props with theirs (a child's, or a host's): theirs win, except that event handlers are composed with
 * theirs running first (ours is skipped when theirs calls `preventDefault()`), classes are joined, styles merged,
 * and our defined `aria-*` and `data-*` values are kept.
 */
export function mergeProps(ours: Props, theirs: Props): Props {
  const merged = { ...ours, ...theirs };
  for (const name in ours) merged[name] = mergeProp(name, ours[name], theirs[name], merged[name]);
  return merged;
}

/** Whether a getter is one React defines only to warn that the property is read in the wrong place. */
function isWarningGetter(owner: object, key: string): boolean {
  const getter = Object.getOwnPropertyDescriptor(owner, key)?.get as { isReactWarning?: boolean } | undefined;
  return getter?.isReactWarning === true;
}

/**
 * An element's own ref, read where this React keeps it, without a warning: React 18 keeps it on the element (and
 * in development warns when `props.ref` is read), React 19 in its props (and warns when `element.ref` is read).
 */
function getElementRef(element: ReactElement): Ref<HTMLElement> | undefined {
  const elementWithRef = element as ReactElement<{ ref?: Ref<HTMLElement> }> & { ref?: Ref<HTMLElement> };
  // React 18 in development: `props.ref` is only a warning.
  if (isWarningGetter(elementWithRef.props, 'ref')) return elementWithRef.ref;
  // Otherwise React 19 has it in the props; React 18 in production leaves `props.ref` undefined.
  return elementWithRef.props.ref ?? elementWithRef.ref;
}

/** The only child, which must be one element other than a fragment (a fragment takes no props or ref). */
function onlyElement(children: unknown): ReactElement<Props> {
  if (isValidElement<Props>(children) && children.type !== Fragment) return children;
  throw new Error(
    'asChild needs exactly one element as its child, such as <a href="/sign-in">: not text, a list, a fragment or nothing.',
  );
}

/**
 * Renders its only child with our props merged in (the `asChild` pattern, see {@link mergeProps}), and both refs,
 * ours and the child's, set to the rendered element.
 */
export const Slot = /* @__PURE__ */ forwardRef<HTMLElement, SlotProps>(function Slot(
  { children, ...slotProps },
  forwardedRef,
) {
  const child = onlyElement(children);
  const childRef = getElementRef(child);
  // One composed ref for as long as both stay the same: a new callback each render would detach and attach the
  // element each time, and a callback ref that sets state would render forever.
  const ref = useMemo(() => composeRefs(forwardedRef, childRef), [forwardedRef, childRef]);
  return cloneElement(child, { ...mergeProps(slotProps, child.props), ref });
});
