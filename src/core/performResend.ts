import type { SendClaim } from './CooldownStore';
import type { ResendCodeClient } from './ResendCodeClient';
import type { ResendError } from './ResendError';
import type { CodeDeliveryDetails, ResendCallOptions, ResendRequest } from './ResendRequest';
import { toResendError } from './toResendError';

/** What a resend came to when it did not fail. */
export type ResendOutcome =
  /** Cognito sent a new code (or, in enumeration-safe mode, gave an answer that is shown as one). */
  | { status: 'sent'; delivery: CodeDeliveryDetails }
  /** Another tab claimed the same key at the same moment and sends instead; this tab follows its cooldown. */
  | { status: 'sent-elsewhere'; delivery?: undefined };

/** Everything {@link performResend} needs for one send. */
export interface PerformResendOptions extends ResendCallOptions {
  /** The claim from `CooldownStore.tryBeginSend()`, settled here exactly once. */
  claim: SendClaim;
  /** Who talks to Cognito. */
  client: ResendCodeClient;
  /** The request, validated by the client before anything is sent. */
  request: ResendRequest;
  /**
   * Make every answer that could tell an existing account from an unknown one (a delivery, "user not found",
   * "already confirmed") the same send without details: `{ status: 'sent', delivery: {} }`, with the same wait.
   * @default false
   */
  enumerationSafe?: boolean;
}

// The answers that differ between an existing account and an unknown one, besides a delivery's details.
function revealsWhetherAccountExists(error: ResendError): boolean {
  return error.code === 'user-not-found' || error.code === 'user-already-confirmed';
}

/**
 * Sends one ResendConfirmationCode under a cooldown claim and settles the claim by the answer: a success or a
 * rate limit starts a wait, any other failure releases the claim so the user can try again at once. Rejects only
 * with a {@link ResendError}.
 */
export async function performResend(options: PerformResendOptions): Promise<ResendOutcome> {
  const { claim, enumerationSafe = false } = options;
  if (!(await claim.confirm())) return { status: 'sent-elsewhere' };
  let delivery: CodeDeliveryDetails;
  try {
    delivery = await options.client.resend(options.request, {
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
  } catch (thrown) {
    // A ResendError (what clients reject with) comes back as it is.
    const error = toResendError(thrown);
    if (enumerationSafe && revealsWhetherAccountExists(error)) {
      // The same as a send Cognito did not describe: the same wait, no destination.
      claim.succeeded();
      return { status: 'sent', delivery: {} };
    }
    if (error.rateLimited) claim.rateLimited(error.retryAfterMs);
    else claim.failed();
    throw error;
  }
  claim.succeeded();
  // A fresh object for every send, so each send is its own event for whoever watches the delivery.
  return { status: 'sent', delivery: enumerationSafe ? {} : delivery };
}
