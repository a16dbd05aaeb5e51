import '@testing-library/jest-dom/vitest';
import { vi } from 'vitest';

// React Testing Library recognises only Jest's fake timers; this lets its async utilities and user-event advance
// Vitest's fake clock instead of hanging.
(globalThis as { jest?: unknown }).jest = {
  advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms),
};
