import { type QueryClient, QueryClientContext, useMutation } from '@tanstack/react-query';
import type { CognitoUserPool } from 'amazon-cognito-identity-js';
import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { CooldownPolicy } from '../core/CooldownPolicy';
import type { CooldownPersistence, CooldownStatus } from '../core/CooldownStore';
import { resolveCooldownPolicy } from '../core/computeCooldownWait';
import { createCognitoResendClient } from '../core/createCognitoResendClient';
import { getCooldownStore } from '../core/getCooldownStore';
import type { ResendOutcome } from '../core/performResend';
import type { ResendCodeClient } from '../core/ResendCodeClient';
import { ResendError } from '../core/ResendError';
import type { CodeDeliveryDetails, ResendRequest } from '../core/ResendRequest';
import { beginResend, type ResendAttempt, type ResendTarget } from './beginResend';
import { chooseShownError } from './chooseShownError';
import { clientlessClient } from './clientlessClient';
import { getFallbackQueryClient } from './getFallbackQueryClient';
import { useCommittedRef } from './useCommittedRef';

/** Options of {@link useResendConfirmationCode}: who to resend to, through what, and how to wait between sends. */
export interface UseResendConfirmationCodeOptions extends Omit<ResendRequest, 'username'> {
  /** The username (or alias) that signed up. An empty username keeps the hook ready but sends nothing. */
  username: string;
  /** The app's amazon-cognito-identity-js pool; give this or `client`. */
  userPool?: CognitoUserPool;
  /** Any {@link ResendCodeClient} (the fetch client, a fake in tests, a backend proxy); wins over `userPool`. */
  client?: ResendCodeClient;
  /** Overrides of the cooldown policy; see {@link CooldownPolicy} for the defaults. */
  cooldown?: Partial<CooldownPolicy>;
  /**
   * When a code was last sent (e.g. by `signUp` just now): the hook starts in cooldown from then. Recorded when the
   * hook mounts and when the user changes; a time inside the wait already known for this user is the same send, so
   * an inline `Date.now()` on every mount or reload during that wait gives the same wait as the sign-up time.
   */
  lastSentAt?: number | Date;
  /**
   * At most this many codes for this user in one streak (the sign-up's own code included when `lastSentAt` is
   * given); the streak, and so the cap, starts over after the policy's `streakResetMs` without a send.
   */
  maxResends?: number;
  /**
   * Where the cooldown persists.
   * @default 'localStorage'
   */
  persistence?: CooldownPersistence;
  /**
   * Gives up on a request after this long.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * Make existing and unknown accounts look the same on the page: a delivery, "user not found" and "already
   * confirmed" all become a send without details (`delivery` and `onSent` get `{}`, the same wait, no error).
   * Off by default: the page shows what Cognito answered, and Cognito's app-client setting
   * `PreventUserExistenceErrors` (the real protection) already answers unknown users with a simulated destination.
   * @default false
   */
  enumerationSafe?: boolean;
  /**
   * Called after a code was sent, with where it went. The callbacks of the render a click came from get its
   * answer, even when the screen shows another user by then.
   */
  onSent?: (delivery: CodeDeliveryDetails) => void;
  /** Called after a resend failed (also for a refusal before sending: the cap, an invalid request). */
  onError?: (error: ResendError) => void;
  /** Called when Cognito says the user is already confirmed, so the flow can move on (e.g. to sign-in). */
  onAlreadyConfirmed?: () => void;
  /** The QueryClient to run the mutation in; else the nearest one, else a private one. */
  queryClient?: QueryClient;
}

/** What {@link useResendConfirmationCode} returns. */
export interface UseResendConfirmationCodeResult {
  /** `ready`: a resend may go out; `sending`: one is in flight (in any tab); `cooldown`: waiting. */
  state: CooldownStatus;
  /**
   * Whom this state is for: a hash of user pool, app client and username (never the username itself). It changes
   * when the user on screen changes, so a live region can tell a switch from an event.
   */
  userKey: string;
  /** Whether `resend()` would send now. */
  canResend: boolean;
  /** Whole seconds until a resend is possible, `ceil((endsAt - now) / 1000)`; 0 when ready. */
  secondsLeft: number;
  /** When the wait ends (epoch ms), or `null`. */
  endsAt: number | null;
  /**
   * Where the last code this hook sent for the user on screen went (a new object for every send); `{}` when
   * Cognito (or enumeration-safe mode) gave no details.
   */
  delivery: CodeDeliveryDetails | null;
  /** The last failure for the user on screen (a new object for every failed attempt), cleared by the next send. */
  error: ResendError | null;
  /** Codes sent for this user in the current streak, across tabs and reloads. */
  attempts: number;
  /** Whether `maxResends` is reached: no further code can be requested here. */
  limitReached: boolean;
  /**
   * When the cap ends (epoch ms): the streak, and so the cap, starts over `streakResetMs` after the last send.
   * `null` while no cap holds, or when the time is not known.
   */
  limitEndsAt: number | null;
  /** Sends a new code now, unless one is in flight or a wait runs (then nothing is sent). */
  resend: () => void;
  /** Forgets the last delivery and error (the cooldown stays). */
  reset: () => void;
  /**
   * Takes the cross-tab lock ahead of a likely `resend()`: call it on pointerdown and keydown of your own control,
   * so the request starts in the click's own task instead of after the browser grants the lock.
   */
  prepare: () => void;
}

// The mutation's variables: the attempt itself, so its result can be matched to the user it was made for.
type ResendMutationVariables = ResendAttempt;

// The longest delay setTimeout keeps (about 24.8 days); a longer one would fire at once.
const maxTimerDelayMs = 2 ** 31 - 1;

/** A time given as a number or a Date, as epoch ms; `null` when absent or not a valid time. */
function timeOf(value: number | Date | undefined): number | null {
  const time = Number(value);
  return value !== undefined && Number.isFinite(time) && time > 0 ? time : null;
}

/**
 * Resend the confirmation code of a Cognito sign-up, with a persisted, cross-tab cooldown. A thin layer: a
 * react-query mutation for the request and `useSyncExternalStore` over the core cooldown store. It returns codes and
 * data only; words for people come from a catalogue (`resolveMessages`, `formatErrorMessage`, ...), so an app with
 * its own texts bundles none.
 */
export function useResendConfirmationCode(
  options: UseResendConfirmationCodeOptions,
): UseResendConfirmationCodeResult {
  const { username, userPool, maxResends = Infinity } = options;
  const nearestQueryClient = useContext(QueryClientContext);
  // Without `userPool` or `client` the missing client id fails validation: `invalid-request`, nothing sent.
  const client = useMemo(
    () => options.client ?? (userPool ? createCognitoResendClient(userPool) : clientlessClient),
    [options.client, userPool],
  );
  // The page's one store for this key (the same instance on every render), given the latest policy: an inline
  // policy object costs nothing.
  const store = getCooldownStore(
    { userPoolId: client.userPoolId, clientId: client.clientId, username },
    { persistence: options.persistence, policy: options.cooldown },
  );
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const { status, secondsLeft, endsAt, sendCount, lastSentAt } = snapshot;
  const limitReached = sendCount >= maxResends;
  // The streak, and with it the cap, starts over `streakResetMs` after the last send.
  const limitEndsAt =
    limitReached && lastSentAt !== null
      ? lastSentAt + resolveCooldownPolicy(options.cooldown).streakResetMs
      : null;

  // What a click acts on: the render the user sees, never one still pending (a transition that suspended).
  const committed = useCommittedRef<ResendTarget>({ options, client, store, limitReached });

  // Once per user on screen, after the commit that shows it (StrictMode runs it twice: the same time is the same
  // send). Reading the committed options, a render that never commits records nothing.
  useEffect(() => {
    const sentAt = timeOf(committed.current.options.lastSentAt);
    if (sentAt !== null) store.markSent(sentAt);
  }, [store, committed]);

  // The store wakes for the end of a wait, not for the end of a streak: look again when the cap ends.
  useEffect(() => {
    if (limitEndsAt === null) return;
    const timer = setTimeout(store.refresh, Math.min(Math.max(limitEndsAt - Date.now(), 0), maxTimerDelayMs));
    return () => clearTimeout(timer);
  }, [store, limitEndsAt]);

  const mutation = useMutation<ResendOutcome, ResendError, ResendMutationVariables>(
    {
      // A hash of pool, client and username: never the username itself. A new key also resets the mutation's
      // result, so the next user starts with none.
      mutationKey: ['react-cognito-resend', store.key],
      // A resend must fail at once when offline, not wait parked until the browser is back online.
      networkMode: 'always',
      retry: false,
      mutationFn: (attempt) => attempt.run(),
    },
    options.queryClient ?? nearestQueryClient ?? getFallbackQueryClient(),
  );
  const { mutate } = mutation;

  const resend = useCallback(() => {
    const attempt = beginResend(committed.current);
    if (attempt) mutate(attempt);
  }, [committed, mutate]);

  // The last answer counts only for the user it was sent for: after a switch the mutation still holds the previous
  // user's answer until its key resets it.
  const answerOnScreen = mutation.variables?.key === store.key;
  const lastError = answerOnScreen ? mutation.error : null;
  const delivery = (answerOnScreen && mutation.data?.delivery) || null;
  // One error object for the whole time the cap holds, so it is announced once.
  const limitError = useMemo(
    () =>
      limitReached ? new ResendError('resend-limit-reached', `Resend limit of ${maxResends} reached.`) : null,
    [limitReached, maxResends],
  );
  const error = chooseShownError({ state: status, lastError, limitError });

  return {
    state: status,
    userKey: store.key,
    canResend: status === 'ready' && !limitReached && username !== '',
    secondsLeft,
    endsAt,
    delivery,
    error,
    attempts: sendCount,
    limitReached,
    limitEndsAt,
    resend,
    reset: mutation.reset,
    prepare: store.prepareSend,
  };
}
