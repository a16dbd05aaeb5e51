// A clock the bench drives by hand: `Date.now`, `setTimeout` and `setInterval` read virtual time, so a minute of
// cooldown runs in well under a second and a throttled background tab (timers that do not fire while the clock
// jumps) can be staged exactly. `performance.now` stays real: every duration the bench reports is wall time.
// React's scheduler captured the real timers when it loaded and works through MessageChannel, so React itself runs
// in real time; only the code under test (the cooldown store) and react-query's notify timers see virtual time.

interface VirtualTimer {
  id: number;
  dueAt: number;
  callback: () => void;
  repeatMs: number | null;
}

export interface FiredTimer<Probe> {
  /** Wall time of the callback plus the React work it scheduled as a microtask (a sync render and commit). */
  durationMs: number;
  /** What `probe` saw at the end of that time, before anything else could run. */
  probed: Probe | undefined;
}

export interface AdvanceOptions<Probe> {
  /** Runs right when the duration is taken, e.g. to read the DOM that the tick's render should have updated. */
  probe?: () => Probe;
  /** Runs after each fired timer. */
  onFired?: (fired: FiredTimer<Probe>) => void;
}

const realPerformance = performance;
const realChannel = new MessageChannel();
const waiting: (() => void)[] = [];
realChannel.port1.onmessage = () => waiting.shift()?.();

/** Resolves in the next real task: React's microtasks and queued scheduler tasks have run by then. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    realChannel.port2.postMessage(null);
  });
}

export class VirtualClock {
  now: number;
  readonly #timers = new Map<number, VirtualTimer>();
  #nextId = 1;

  constructor(startAt: number) {
    this.now = startAt;
  }

  install(): void {
    Date.now = () => this.now;
    const schedule = (callback: TimerHandler, delay: unknown, repeat: boolean, args: unknown[]) => {
      const delayMs = Math.max(0, Number(delay) || 0);
      const id = this.#nextId++;
      const run = typeof callback === 'function' ? () => callback(...args) : () => {};
      this.#timers.set(id, {
        id,
        dueAt: this.now + delayMs,
        callback: run,
        repeatMs: repeat ? Math.max(1, delayMs) : null,
      });
      return id;
    };
    const cancel = (id: unknown) => {
      this.#timers.delete(Number(id));
    };
    Object.assign(globalThis, {
      setTimeout: (callback: TimerHandler, delay?: number, ...args: unknown[]) =>
        schedule(callback, delay, false, args),
      setInterval: (callback: TimerHandler, delay?: number, ...args: unknown[]) =>
        schedule(callback, delay, true, args),
      clearTimeout: cancel,
      clearInterval: cancel,
    });
  }

  /** How many timers have not fired yet. */
  pending(): { count: number } {
    return { count: this.#timers.size };
  }

  /** Moves the clock without firing anything: what a throttled background tab or a sleeping laptop sees. */
  jump(byMs: number): void {
    this.now += byMs;
  }

  /** Fires every timer due by `untilTime`, in order, moving the clock to each; React settles after each one. */
  async advanceTo<Probe>(untilTime: number, options: AdvanceOptions<Probe> = {}): Promise<void> {
    for (;;) {
      let next: VirtualTimer | undefined;
      for (const timer of this.#timers.values()) {
        if (timer.dueAt <= untilTime && (next === undefined || timer.dueAt < next.dueAt)) next = timer;
      }
      if (next === undefined) break;
      this.now = Math.max(this.now, next.dueAt);
      if (next.repeatMs === null) this.#timers.delete(next.id);
      else next.dueAt += next.repeatMs;
      const startedAt = realPerformance.now();
      next.callback();
      // React flushes a sync-lane render (useSyncExternalStore) in a microtask queued during the callback; this
      // one is queued after it, so it runs once that render is committed.
      const measured = await new Promise<{ durationMs: number; probed: Probe | undefined }>((resolve) =>
        queueMicrotask(() => {
          const durationMs = realPerformance.now() - startedAt;
          resolve({ durationMs, probed: options.probe?.() });
        }),
      );
      options.onFired?.(measured);
      await nextTask();
    }
    this.now = Math.max(this.now, untilTime);
  }

  /** Runs what is due now (react-query's setTimeout(0) notifications) until nothing is. */
  async settle(): Promise<void> {
    await nextTask();
    await this.advanceTo(this.now);
    await nextTask();
  }
}
