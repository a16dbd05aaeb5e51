// Vitest's fake clock for the hook, button and leak tests, and how to let react-query's own scheduled work run on it.
import { act } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/** Puts every test of the calling file on the fake clock, starting at 2026-01-01T00:00:00Z; real timers after each. */
export function fakeClockPerTest(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/**
 * Lets the mutation settle under fake timers: react-query notifies through setTimeout(0) (and, with gcTime 0,
 * collects garbage the same way), which the fake clock schedules 1 ms ahead when it is set during a tick.
 */
export async function flushReactQuery(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
  }
}
