import { useInsertionEffect, useRef } from 'react';

/**
 * A ref that holds `value` as of the last committed render, for event handlers: a render that never commits (a
 * transition that suspends, a render React throws away) leaves it as it was.
 */
export function useCommittedRef<Value>(value: Value): { readonly current: Value } {
  const ref = useRef(value);
  // Insertion effects run during the commit, before layout effects, effects and any event the committed screen can
  // receive. Unlike a layout effect, React 18 does not warn about one during server rendering.
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
