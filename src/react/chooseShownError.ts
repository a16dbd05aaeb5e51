import type { CooldownStatus } from '../core/CooldownStore';
import type { ResendError } from '../core/ResendError';

/** What {@link chooseShownError} decides from. */
export interface ShownErrorInput {
  /** The cooldown's state for the user on screen. */
  state: CooldownStatus;
  /** The last answer's error for the user on screen, if the last answer failed. */
  lastError: ResendError | null;
  /** The `resend-limit-reached` error while the cap holds, else `null`. */
  limitError: ResendError | null;
}

/** The error the hook reports: the last failure while it still explains something, else the reached cap. */
export function chooseShownError({ state, lastError, limitError }: ShownErrorInput): ResendError | null {
  // During a wait the last error stands: a rate limit explains the wait it caused.
  if (state !== 'ready') return lastError;
  // Once that wait is over a rate limit no longer applies; any other failure still does.
  if (lastError && !lastError.rateLimited) return lastError;
  return limitError;
}
