import { callWithTimeout, defaultTimeoutMs } from '../../../src/core/callWithTimeout';
import { isResendError, ResendError } from '../../../src/core/ResendError';

function never<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (thrown) {
    return thrown;
  }
  throw new Error('Resolved, but a rejection was expected.');
}

describe('callWithTimeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the answer and leaves no timer behind', async () => {
    await expect(callWithTimeout(async () => 'answer')).resolves.toBe('answer');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes a rejection through unchanged and leaves no timer behind', async () => {
    const failure = new Error('server said no');

    await expect(callWithTimeout(async () => Promise.reject(failure))).rejects.toBe(failure);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('turns a synchronous throw of send into a rejection', async () => {
    const failure = new Error('thrown at once');

    await expect(
      callWithTimeout(() => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up with timeout after 15 seconds by default, and aborts the signal it gave send', async () => {
    let sendSignal: AbortSignal | undefined;
    const result = rejection(
      callWithTimeout((signal) => {
        sendSignal = signal;
        return never();
      }),
    );

    await vi.advanceTimersByTimeAsync(defaultTimeoutMs - 1);
    expect(sendSignal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    const error = await result;
    expect(isResendError(error) && error.code).toBe('timeout');
    expect(sendSignal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up after the given timeoutMs', async () => {
    const result = rejection(callWithTimeout(never, { timeoutMs: 250 }));

    await vi.advanceTimersByTimeAsync(250);

    expect(await result).toMatchObject({ code: 'timeout' });
  });

  it('never times out with timeoutMs Infinity', async () => {
    let settled = false;
    callWithTimeout(never, { timeoutMs: Number.POSITIVE_INFINITY }).finally(() => {
      settled = true;
    });

    await vi.advanceTimersByTimeAsync(10 * 24 * 3_600_000);

    expect(settled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with aborted when the signal aborts, and removes its listener', async () => {
    const controller = new AbortController();
    const removeEventListener = vi.spyOn(controller.signal, 'removeEventListener');
    let sendSignal: AbortSignal | undefined;
    const result = rejection(
      callWithTimeout(
        (signal) => {
          sendSignal = signal;
          return never();
        },
        { signal: controller.signal },
      ),
    );

    controller.abort(new Error('user left the page'));

    const error = await result;
    expect(error).toBeInstanceOf(ResendError);
    expect(error).toMatchObject({ code: 'aborted' });
    expect((error as ResendError).cause).toEqual(new Error('user left the page'));
    expect(sendSignal?.aborted).toBe(true);
    expect(removeEventListener).toHaveBeenCalledWith('abort', expect.any(Function));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not call send at all when the signal has already aborted', async () => {
    const send = vi.fn(async () => 'sent');

    await expect(callWithTimeout(send, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'aborted',
    });
    expect(send).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes its abort listener when send settles first', async () => {
    const controller = new AbortController();
    const removeEventListener = vi.spyOn(controller.signal, 'removeEventListener');

    await callWithTimeout(async () => 'answer', { signal: controller.signal });

    expect(removeEventListener).toHaveBeenCalledWith('abort', expect.any(Function));
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores an answer that arrives after the timeout', async () => {
    let answer: (value: string) => void = () => {};
    const result = rejection(
      callWithTimeout(() => new Promise<string>((resolve) => (answer = resolve)), { timeoutMs: 100 }),
    );

    await vi.advanceTimersByTimeAsync(100);
    answer('too late');

    expect(await result).toMatchObject({ code: 'timeout' });
  });
});
