import { callWithTimeout } from '../core/callWithTimeout';
import type { ResendCodeClient } from '../core/ResendCodeClient';
import { ResendError, type ResendErrorCode } from '../core/ResendError';
import type { CodeDeliveryDetails, ResendCallOptions, ResendRequest } from '../core/ResendRequest';
import { toResendError } from '../core/toResendError';
import { validateResendRequest, validateSecretHash } from '../core/validateResendRequest';

/** One scripted answer of a {@link FakeResendClient}. */
export type FakeResendStep =
  /** Resolve with these delivery details (default: a masked email). */
  | { kind: 'succeed'; delivery?: CodeDeliveryDetails; delayMs?: number }
  /** Reject with this code (or this very error). */
  | { kind: 'fail'; error: ResendErrorCode | ResendError; delayMs?: number }
  /** Never answer: only the timeout or an abort ends the call. */
  | { kind: 'hang' };

type SucceedStep = Extract<FakeResendStep, { kind: 'succeed' }>;
type FailStep = Extract<FakeResendStep, { kind: 'fail' }>;

/** A scriptable {@link ResendCodeClient} for tests of sign-up flows, with no network and no Cognito. */
export interface FakeResendClient extends ResendCodeClient {
  /** Every request that passed validation, in order (what would have gone on the wire). */
  readonly requests: ResendRequest[];
  /** Queues answers for the next calls; when the queue is empty every call succeeds with the default delivery. */
  enqueue(...steps: FakeResendStep[]): FakeResendClient;
  /** Shorthand: the next call succeeds (after `delayMs`). */
  succeedNext(delivery?: CodeDeliveryDetails, delayMs?: number): FakeResendClient;
  /** Shorthand: the next call fails with this code (after `delayMs`). */
  failNext(error: ResendErrorCode | ResendError, delayMs?: number): FakeResendClient;
  /** Shorthand: the next call never answers. */
  hangNext(): FakeResendClient;
}

/** Options of {@link createFakeResendClient}. */
export interface FakeResendClientOptions {
  /** @default 'us-east-1_TESTPOOL' */
  userPoolId?: string;
  /** @default 'testclientid' */
  clientId?: string;
  /**
   * What a successful call resolves to when the step names none.
   * @default { destination: 'j***@e***.com', deliveryMedium: 'EMAIL', attributeName: 'email' }
   */
  delivery?: CodeDeliveryDetails;
}

/**
 * Creates a fake client that validates like the real ones, honours `timeoutMs` and `signal`, records what it
 * would have sent, and answers as scripted.
 */
export function createFakeResendClient(options: FakeResendClientOptions = {}): FakeResendClient {
  const {
    userPoolId = 'us-east-1_TESTPOOL',
    clientId = 'testclientid',
    delivery: defaultDelivery = {
      destination: 'j***@e***.com',
      deliveryMedium: 'EMAIL',
      attributeName: 'email',
    },
  } = options;
  const queue: FakeResendStep[] = [];
  const requests: ResendRequest[] = [];

  // A scripted outcome, once its delay (if any) is over: the delivery, or the error thrown.
  const settle = (step: SucceedStep | FailStep): CodeDeliveryDetails => {
    if (step.kind === 'succeed') return { ...(step.delivery ?? defaultDelivery) };
    if (typeof step.error === 'string')
      throw new ResendError(step.error, `Fake client answered ${step.error}.`);
    throw step.error;
  };

  const answer = (step: FakeResendStep): Promise<CodeDeliveryDetails> => {
    if (step.kind === 'hang') return new Promise<never>(() => {});
    // Without a delay, no timer: the answer comes in the same task, as fake time tests expect.
    if (!step.delayMs) return Promise.resolve().then(() => settle(step));
    const { delayMs } = step;
    return new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => settle(step));
  };

  const client: FakeResendClient = {
    userPoolId,
    clientId,
    requests,
    async resend(request: ResendRequest, callOptions: ResendCallOptions = {}) {
      validateResendRequest(request, clientId);
      requests.push(request);
      const step = queue.shift() ?? { kind: 'succeed' };
      return callWithTimeout(async () => {
        // Like the real clients: a secret hash provider is asked for the username, and its answer checked.
        const { secretHash } = request;
        if (typeof secretHash === 'function') validateSecretHash(await secretHash(request.username));
        return answer(step);
      }, callOptions).catch((thrown) => {
        // Like the real clients, it rejects only with a ResendError (a scripted one comes back as it is).
        throw toResendError(thrown);
      });
    },
    enqueue(...steps) {
      queue.push(...steps);
      return client;
    },
    succeedNext(delivery, delayMs) {
      return client.enqueue({ kind: 'succeed', delivery, delayMs });
    },
    failNext(error, delayMs) {
      return client.enqueue({ kind: 'fail', error, delayMs });
    },
    hangNext() {
      return client.enqueue({ kind: 'hang' });
    },
  };
  return client;
}
