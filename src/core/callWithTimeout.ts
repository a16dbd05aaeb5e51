import { ResendError } from './ResendError';

/** How long a resend waits for Cognito before giving up, in milliseconds. */
export const defaultTimeoutMs = 15_000;

// setTimeout fires at once for delays above this (a signed 32-bit millisecond count).
const longestTimerMs = 2_147_483_647;

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
  options: CallWithTimeoutOptions = {},
): Promise<Result> {
  const { timeoutMs = defaultTimeoutMs, signal } = options;
  if (signal?.aborted) {
    return Promise.reject(
      new ResendError('aborted', 'The resend was aborted before it was sent.', { cause: signal.reason }),
    );
  }
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
    const onAbort = () => {
      giveUp(new ResendError('aborted', 'The resend was aborted.', { cause: signal?.reason }));
    };
    if (Number.isFinite(timeoutMs)) {
      timer = setTimeout(
        () => giveUp(new ResendError('timeout', `Cognito did not answer within ${timeoutMs} ms.`)),
        Math.min(Math.max(timeoutMs, 0), longestTimerMs),
      );
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    let sending: Promise<Result>;
    try {
      sending = send(controller.signal);
    } catch (thrown) {
      sending = Promise.reject(thrown);
    }
    sending.then(
      (result) => {
        cleanUp();
        resolve(result);
      },
      (thrown: unknown) => {
        cleanUp();
        reject(thrown);
      },
    );
  });
}
