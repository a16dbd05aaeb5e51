import type { Ref, RefCallback } from 'react';

/** A ref a component may be given: a callback, a ref object, or none. */
export type PossibleRef<Value> = Ref<Value> | undefined;

/** Sets one ref to `value`, and returns the cleanup a React 19 callback ref may give back. */
function setRef<Value>(ref: PossibleRef<Value>, value: Value | null): unknown {
  if (typeof ref === 'function') return ref(value);
  if (ref !== null && ref !== undefined) ref.current = value;
  return undefined;
}

/**
 * One callback ref that sets every given ref. When a callback ref returns a cleanup (React 19), the composed ref
 * returns one too, which runs those cleanups and clears the other refs; React then calls it on detach instead of
 * calling the ref with `null`.
 */
export function composeRefs<Value>(...refs: PossibleRef<Value>[]): RefCallback<Value> {
  return (value) => {
    const cleanups = refs.map((ref) => setRef(ref, value));
    // React 18 logs an error when a callback ref returns anything, so only a ref that returned a cleanup (and so
    // runs on React 19) makes the composed ref return one.
    if (!cleanups.some((cleanup) => typeof cleanup === 'function')) return undefined;
    return () => {
      refs.forEach((ref, index) => {
        const cleanup = cleanups[index];
        if (typeof cleanup === 'function') cleanup();
        else setRef(ref, null);
      });
    };
  };
}
