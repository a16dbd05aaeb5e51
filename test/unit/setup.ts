import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { installLocks, removeLocks } from './support/installLocks';

// React Testing Library recognises only Jest's fake timers; this lets its async utilities and user-event advance
// Vitest's fake clock instead of hanging.
(globalThis as { jest?: unknown }).jest = {
  advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms),
};

// Every browser the package supports has Web Locks; jsdom has none. Tests of a browser without them call
// `installLocks('none')`.
beforeEach(() => {
  // Not in tests that run as a server would, without `navigator`.
  if (typeof navigator !== 'undefined') installLocks('available');
});
afterEach(() => {
  if (typeof navigator !== 'undefined') removeLocks();
});
