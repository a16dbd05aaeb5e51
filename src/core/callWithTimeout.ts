import { ResendError } from './ResendError';

/** How long a resend waits for Cognito before giving up, in milliseconds. */
export const defaultTimeoutMs = 15_000;

/** Options for {@link callWithTimeout}. */
export interface CallWithTimeoutOptions {
  /**
   * Gives up after this long; `Infinity` waits forever.
   * @default 15000
   */
  timeoutMs?: number;
  /** Gives up when this signal aborts. */
  signal?: AbortSignal;
}

/**
 * Runs `send`, rejecting with a {@link ResendError} `timeout` after `timeoutMs` or `aborted` when `signal` aborts,
 * whichever comes first; otherwise settles as `send` does. `send` receives a signal that aborts in both cases so it
 * can cancel its request. The timer and the listener are removed however the call ends.
 */
export function callWithTimeout<Result>(
  send: (signal: AbortSignal) => Promise<Result>,
  { timeoutMs = defaultTimeoutMs, signal }: CallWithTimeoutOptions = {},
): Promise<Result> {
  const controller = new AbortController();
  return new Promise<Result>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cleanUp = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const giveUp = (error: ResendError) => {
      cleanUp();
      controller.abort(error);
      reject(error);
    };
    const onAbort = () =>
      giveUp(new ResendError('aborted', 'The resend was aborted.', { cause: signal!.reason }));
    // Already aborted: `send` is never called, so nothing is sent.
    if (signal?.aborted) return onAbort();
    if (timeoutMs < Number.POSITIVE_INFINITY) {
      timer = setTimeout(
        () => giveUp(new ResendError('timeout', `No answer within ${timeoutMs} ms.`)),
        // setTimeout fires at once for delays above a signed 32-bit millisecond count.
        Math.min(timeoutMs, 2 ** 31 - 1),
      );
    }
    signal?.addEventListener('abort', onAbort);
    // The executor turns a synchronous throw of `send` into a rejection.
    new Promise<Result>((settle) => settle(send(controller.signal))).finally(cleanUp).then(resolve, reject);
  });
}
