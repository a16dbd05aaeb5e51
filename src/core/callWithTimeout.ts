import { ResendError, type ResendErrorCode } from './ResendError';
import type { ResendCallOptions } from './ResendRequest';

/** How long a resend waits for Cognito before giving up, in milliseconds. */
export const defaultTimeoutMs = 15_000;

/**
 * Runs `send`, rejecting with a {@link ResendError} `timeout` after `timeoutMs` or `aborted` when `signal` aborts,
 * whichever comes first (`Infinity`, or anything from 2^31 ms, about 25 days, on, waits forever); otherwise settles
 * as `send` does. `send` receives a signal that aborts in both cases so it can cancel its request. The timer and
 * the listener are removed however the call ends.
 */
export function callWithTimeout<Result>(
  send: (signal: AbortSignal) => Promise<Result>,
  { timeoutMs = defaultTimeoutMs, signal }: ResendCallOptions = {},
): Promise<Result> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: () => void;
  return new Promise<Result>((resolve, reject) => {
    const controller = new AbortController();
    const giveUp = (code: ResendErrorCode, cause?: unknown) => {
      const error = new ResendError(code, `Resend ${code}.`, { cause });
      controller.abort(error);
      reject(error);
    };
    onAbort = () => giveUp('aborted', signal!.reason);
    // Already aborted: `send` is never called, so nothing is sent.
    if (signal?.aborted) return onAbort();
    // setTimeout fires at once for delays from 2^31 ms on, so those never time out, like `Infinity`.
    if (timeoutMs < 2 ** 31) timer = setTimeout(giveUp, timeoutMs, 'timeout');
    signal?.addEventListener('abort', onAbort);
    // A synchronous throw of `send` rejects through the executor.
    send(controller.signal).then(resolve, reject);
  }).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  });
}
