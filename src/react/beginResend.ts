import type { CooldownStore } from '../core/CooldownStore';
import { performResend, type ResendOutcome } from '../core/performResend';
import type { ResendCodeClient } from '../core/ResendCodeClient';
import { ResendError } from '../core/ResendError';
import type { CodeDeliveryDetails } from '../core/ResendRequest';
import { toResendError } from '../core/toResendError';
import { validateResendRequest } from '../core/validateResendRequest';
import { toResendRequest } from './toResendRequest';
import type { UseResendConfirmationCodeOptions } from './useResendConfirmationCode';

/** One resend as the hook's mutation runs it. */
export interface ResendAttempt {
  /** The cooldown key of the user it was made for: its answer is shown only while that user is on screen. */
  key: string;
  /** Sends (or refuses), then calls the host's callbacks of the render the click came from. */
  run: () => Promise<ResendOutcome>;
}

/** What a click acts on: everything as of the committed render. */
export interface ResendTarget {
  options: UseResendConfirmationCodeOptions;
  client: ResendCodeClient;
  store: CooldownStore;
  limitReached: boolean;
}

// A host callback that throws must not turn a sent code into a failure: its error is reported on its own.
function callHost<Argument>(callback: ((argument: Argument) => void) | undefined, argument: Argument): void {
  try {
    callback?.(argument);
  } catch (thrown) {
    Promise.reject(thrown);
  }
}

// The answer goes to the callbacks that were current at the click, whoever the screen shows by then.
function withCallbacks(
  { onSent, onError, onAlreadyConfirmed }: UseResendConfirmationCodeOptions,
  send: () => Promise<ResendOutcome>,
): () => Promise<ResendOutcome> {
  return async () => {
    try {
      const outcome = await send();
      if (outcome.delivery) callHost<CodeDeliveryDetails>(onSent, outcome.delivery);
      return outcome;
    } catch (thrown) {
      const error = toResendError(thrown);
      if (error.code === 'user-already-confirmed') callHost(onAlreadyConfirmed, undefined);
      callHost(onError, error);
      throw error;
    }
  };
}

/**
 * Starts a resend for `target`, synchronously in the caller's task: claims the send (so a second click, or a
 * second component for the same user, finds it taken) and returns the attempt for the mutation to run. A refusal
 * found before anything is sent (the cap, an invalid request) is an attempt that fails; `null` when a send is in
 * flight or a wait runs, which sends nothing and reports nothing.
 */
export function beginResend(target: ResendTarget): ResendAttempt | null {
  const { options, client, store } = target;
  const key = store.key;
  try {
    // Checked before a claim, so a refusal never takes one (and never starts a wait). A secret hash from a
    // function is checked by the client once it resolves.
    if (target.limitReached) {
      throw new ResendError('resend-limit-reached', `Resend limit of ${options.maxResends} reached.`);
    }
    validateResendRequest(options, client.clientId);
  } catch (refusal) {
    return { key, run: withCallbacks(options, () => Promise.reject(refusal)) };
  }
  const claim = store.tryBeginSend();
  if (!claim) return null;
  const send = () =>
    performResend({
      claim,
      client,
      request: toResendRequest(options),
      timeoutMs: options.timeoutMs,
      enumerationSafe: options.enumerationSafe,
    });
  return { key, run: withCallbacks(options, send) };
}
