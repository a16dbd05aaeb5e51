import { QueryClient, QueryClientContext, useMutation } from '@tanstack/react-query';
import type { CognitoUserPool } from 'amazon-cognito-identity-js';
import { useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { CooldownPolicy } from '../core/CooldownPolicy';
import type { CooldownPersistence, CooldownStatus } from '../core/CooldownStore';
import { createCognitoResendClient } from '../core/createCognitoResendClient';
import { getCooldownStore } from '../core/getCooldownStore';
import { performResend, type ResendOutcome } from '../core/performResend';
import type { ResendCodeClient } from '../core/ResendCodeClient';
import { ResendError } from '../core/ResendError';
import type { CodeDeliveryDetails, ResendRequest } from '../core/ResendRequest';
import type { SameNames, Split } from '../core/Split';
import { validateResendRequest } from '../core/validateResendRequest';
import type { ResendMessages } from '../i18n/ResendMessages';
import { formatErrorMessage, type ResendMessageOverrides, resolveMessages } from '../i18n/resolveMessages';

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
   * When a code was last sent (e.g. by `signUp` just now): the hook starts in cooldown from then. Read when the hook
   * mounts (and when the user changes), so an inline `Date.now()` is fine.
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
   * Treat "user not found" as a send without destination, so the page reveals no account's existence.
   * @default true
   */
  enumerationSafe?: boolean;
  /** Called after a code was sent, with where it went. */
  onSent?: (delivery: CodeDeliveryDetails) => void;
  /** Called after a resend failed. */
  onError?: (error: ResendError) => void;
  /** Called when Cognito says the user is already confirmed, so the flow can move on (e.g. to sign-in). */
  onAlreadyConfirmed?: () => void;
  /**
   * The message catalogue, e.g. `de` from `react-cognito-resend/locales/de`.
   * @default en
   */
  locale?: ResendMessages;
  /** Overrides of single messages of the catalogue. */
  messages?: ResendMessageOverrides;
  /** The QueryClient to run the mutation in; else the nearest one, else a private one. */
  queryClient?: QueryClient;
}

/** What {@link useResendConfirmationCode} returns. */
export interface UseResendConfirmationCodeResult {
  /** `ready`: a resend may go out; `sending`: one is in flight (in any tab); `cooldown`: waiting. */
  state: CooldownStatus;
  /** Whether `resend()` would send now. */
  canResend: boolean;
  /** Whole seconds until a resend is possible, `ceil((endsAt - now) / 1000)`; 0 when ready. */
  secondsLeft: number;
  /** When the wait ends (epoch ms), or `null`. */
  endsAt: number | null;
  /** Where the last code from this hook went; `{}` when Cognito (or enumeration-safe mode) gave no details. */
  delivery: CodeDeliveryDetails | null;
  /** The last failure, cleared by the next send. */
  error: ResendError | null;
  /** The localized message for `error`. */
  errorMessage: string | null;
  /** Codes sent for this user in the current streak, across tabs and reloads. */
  attempts: number;
  /** Whether `maxResends` is reached: no further code can be requested here. */
  limitReached: boolean;
  /** The resolved message catalogue. */
  messages: ResendMessages;
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

/** The names of the options the hook sends as the request, space-separated (one string is smaller than an array). */
export const requestOptionNames =
  'username clientMetadata secretHash analyticsEndpointId userContextData' as const;

// A compile error when `requestOptionNames` misses a field of the request or names another.
true satisfies SameNames<Split<typeof requestOptionNames, ' '>, keyof ResendRequest>;

// A mutation runs one send, or rejects at once with the refusal found before anything was sent. Only a send made
// here has a delivery (not one another tab made at the same moment).
type ResendRun = () => Promise<ResendOutcome>;

// Apps without react-query still get a working hook: one QueryClient for the whole page, created on first use.
let fallbackQueryClient: QueryClient | undefined;

/**
 * Resend the confirmation code of a Cognito sign-up, with a persisted, cross-tab cooldown and localized errors.
 * A thin layer: a react-query mutation for the request and `useSyncExternalStore` over the core cooldown store.
 */
export function useResendConfirmationCode(
  options: UseResendConfirmationCodeOptions,
): UseResendConfirmationCodeResult {
  const { username, userPool, maxResends = Infinity, locale, messages: overrides } = options;
  const nearestQueryClient = useContext(QueryClientContext);
  // Without `userPool` or `client` the missing client id fails validation: `invalid-request`, nothing sent.
  const client = useMemo(
    () => options.client ?? (userPool ? createCognitoResendClient(userPool) : ({} as ResendCodeClient)),
    [options.client, userPool],
  );
  // The page's one store for this key (the same instance on every render), given the latest policy: an inline
  // policy object costs nothing.
  const store = getCooldownStore(
    { userPoolId: client.userPoolId, clientId: client.clientId, username },
    { persistence: options.persistence, policy: options.cooldown },
  );
  const { status, secondsLeft, endsAt, sendCount } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot,
  );

  // Latest options without re-creating callbacks: the request and handlers may be new objects on every render.
  const latest = useRef(options);
  latest.current = options;

  // Read once per store: an inline `lastSentAt={Date.now()}` is a new value on every render, and each would count as
  // another send and grow the wait. Neither absent (NaN) nor an invalid date passes the comparison.
  useEffect(() => {
    const sentAt = Number(latest.current.lastSentAt);
    if (sentAt > 0) store.markSent(sentAt);
  }, [store]);

  const mutation = useMutation<ResendOutcome, ResendError, ResendRun>(
    {
      // A hash of pool, client and username: never the username itself.
      mutationKey: ['react-cognito-resend', store.key],
      // A resend must fail at once when offline, not wait parked until the browser is back online.
      networkMode: 'always',
      retry: false,
      mutationFn: (run) => run(),
      onSuccess: ({ delivery }) => delivery && latest.current.onSent?.(delivery),
      onError: (error) => {
        if (error.code === 'user-already-confirmed') latest.current.onAlreadyConfirmed?.();
        latest.current.onError?.(error);
      },
    },
    // biome-ignore lint/suspicious/noAssignInExpressions: the fallback is created on first use.
    options.queryClient ?? nearestQueryClient ?? (fallbackQueryClient ??= new QueryClient()),
  );
  const { mutate, data, error: lastError } = mutation;

  const ready = status === 'ready';
  const limitReached = sendCount >= maxResends;
  // One error object for the whole time the cap holds, so it is announced once.
  const limitError = useMemo(
    () =>
      limitReached ? new ResendError('resend-limit-reached', `Resend limit of ${maxResends} reached.`) : null,
    [limitReached, maxResends],
  );

  const resend = useCallback(() => {
    const current = latest.current;
    try {
      if (limitError) throw limitError;
      // Static fields are checked here so bad input never takes a claim (and never starts a wait); a secret hash
      // from a function is checked by the client once it resolves. Both refusals are a ResendError.
      validateResendRequest(current, client.clientId);
      // Claimed synchronously, in the click's own task: a second click, or a second component for the same user,
      // finds the claim taken and sends nothing.
      const claim = store.tryBeginSend();
      if (claim) {
        mutate(() =>
          performResend({
            claim,
            client,
            request: Object.fromEntries(
              requestOptionNames.split(' ').map((name) => [name, current[name as keyof ResendRequest]]),
            ) as unknown as ResendRequest,
            timeoutMs: current.timeoutMs,
            enumerationSafe: current.enumerationSafe,
          }),
        );
      }
    } catch (refusal) {
      mutate(() => Promise.reject(refusal));
    }
  }, [store, client, mutate, limitError]);

  // The catalogue itself unless the host overrides some messages.
  const resolvedMessages = resolveMessages(locale, overrides);
  // A rate limit explains the wait it caused; once that wait is over it no longer applies.
  const error = ready ? ((lastError?.rateLimited ? null : lastError) ?? limitError) : lastError;

  return {
    state: status,
    canResend: ready && !limitReached && !!username,
    secondsLeft,
    endsAt,
    delivery: data?.delivery ?? null,
    error,
    errorMessage: error && formatErrorMessage(resolvedMessages, error.code),
    attempts: sendCount,
    limitReached,
    messages: resolvedMessages,
    resend,
    reset: mutation.reset,
    prepare: store.prepareSend,
  };
}
