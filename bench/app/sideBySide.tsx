// The side-by-side bench: ResendCodeButton against the hand-written step (HandwrittenConfirmStep), both on
// amazon-cognito-identity-js with a user pool whose endpoint is the bench server (`/cognito/<variant>`, which
// counts requests and answers like Cognito after a moment). bench/run.js drives it with real input, several tabs
// and reloads; renders, timers and a throttled tab run on the virtual clock.
import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { Profiler } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createCognitoResendClient, ResendCodeButton } from '../../src/index';
import { resetCooldowns } from '../../src/testing/index';
import { HandwrittenConfirmStep } from './HandwrittenConfirmStep';
import { nextTask, VirtualClock } from './virtualClock';

/** Which button a measure is about. */
export type Variant = 'ours' | 'handwritten';

const username = 'side-by-side@example.com';

const counters = { parentRenders: 0, buttonCommits: 0 };
const page = {
  root: null as Root | null,
  container: null as HTMLElement | null,
  clock: null as VirtualClock | null,
  interactions: new Map<number, number>(),
};

function userPoolFor(variant: Variant): CognitoUserPool {
  return new CognitoUserPool({
    UserPoolId: 'us-east-1_BenchPool1',
    ClientId: 'benchclient0001',
    endpoint: `${location.origin}/cognito/${variant}`,
  });
}

/** The host's step around our button: it renders the button and has no state of its own. */
function OurConfirmStep({ waitSeconds, userPool }: { waitSeconds: number; userPool: CognitoUserPool }) {
  counters.parentRenders++;
  return (
    <div>
      <Profiler id="ours" onRender={() => counters.buttonCommits++}>
        <ResendCodeButton
          username={username}
          client={createCognitoResendClient(userPool)}
          cooldown={{ baseWaitMs: waitSeconds * 1000 }}
        />
      </Profiler>
    </div>
  );
}

function Step({ variant, waitSeconds }: { variant: Variant; waitSeconds: number }) {
  const userPool = userPoolFor(variant);
  if (variant === 'ours') return <OurConfirmStep waitSeconds={waitSeconds} userPool={userPool} />;
  // The hand-written step holds the countdown itself: each of its renders commits the button.
  return (
    <Profiler id="handwritten" onRender={() => counters.buttonCommits++}>
      <HandwrittenConfirmStep
        userPool={userPool}
        username={username}
        waitSeconds={waitSeconds}
        onRender={() => counters.parentRenders++}
      />
    </Profiler>
  );
}

function button(): HTMLElement | null {
  return document.querySelector('[data-compare] button');
}

/** The seconds the button shows (`42 s`, `1:00`, `in 42s`), or null when it shows no wait. */
function shownSeconds(): number | null {
  const element = button();
  if (element === null) return null;
  const countdown = element.querySelector('[data-part="countdown"]');
  const text = countdown ? (countdown.textContent ?? '') : (element.textContent ?? '');
  const wait = text.replace('Resend code', '');
  const clock = /(?<minutes>\d+):(?<seconds>\d{2})/.exec(wait)?.groups;
  if (clock) return Number(clock.minutes) * 60 + Number(clock.seconds);
  const plain = /(?<seconds>\d+)/.exec(wait)?.groups;
  return plain ? Number(plain.seconds) : null;
}

/** Whether the button refuses clicks now (ours: `aria-disabled`; the hand-written one: `disabled`). */
function waiting(): boolean {
  const element = button();
  return (
    element?.getAttribute('data-state') === 'cooldown' ||
    (element as HTMLButtonElement | null)?.disabled === true
  );
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function until(check: () => boolean, what: string): Promise<void> {
  const startedAt = performance.now();
  while (!check()) {
    if (performance.now() - startedAt > 5_000) throw new Error(`side by side: timed out waiting for ${what}`);
    if (page.clock) await page.clock.settle();
    else await nextTask();
    await nextFrame();
  }
}

/**
 * Mounts one variant. With `virtualClock`, timers and Date.now run on the bench's clock (for renders, timers and
 * a throttled tab); without it, everything is real (for clicks, tabs and reloads).
 */
export async function compareMount(
  variant: Variant,
  options: { waitSeconds: number; virtualClock: boolean },
) {
  if (options.virtualClock && page.clock === null) {
    page.clock = new VirtualClock(Date.UTC(2026, 0, 1));
    page.clock.install();
  }
  if (page.root) flushSync(() => page.root!.unmount());
  page.container?.remove();
  const container = document.createElement('div');
  container.setAttribute('data-compare', variant);
  document.body.append(container);
  page.container = container;
  page.root = createRoot(container);
  counters.parentRenders = 0;
  counters.buttonCommits = 0;
  flushSync(() => page.root!.render(<Step variant={variant} waitSeconds={options.waitSeconds} />));
  await nextFrame();
  return { waiting: waiting(), seconds: shownSeconds() };
}

/** Forgets every persisted wait: a fresh start for the next measure. */
export function compareForget() {
  resetCooldowns();
}

/** Clicks by script and waits until the wait runs (the request answered). */
async function clickAndWaitForCooldown(): Promise<void> {
  button()!.click();
  await until(waiting, 'the wait to start');
  if (page.clock) await page.clock.settle();
}

/** Parent renders, button commits and timers while a 60-second wait runs out (virtual clock). */
export async function compareRenders(waitSeconds: number) {
  const clock = page.clock!;
  await clickAndWaitForCooldown();
  const parentBefore = counters.parentRenders;
  const commitsBefore = counters.buttonCommits;
  let maxTimers = clock.pending().count;
  await clock.advanceTo(clock.now + waitSeconds * 1000 + 2_000, {
    onFired: () => {
      maxTimers = Math.max(maxTimers, clock.pending().count);
    },
  });
  await clock.settle();
  // One more second: the "ready again" announcement (a one-shot 100 ms timer) has been made by then.
  await clock.advanceTo(clock.now + 1_000);
  await clock.settle();
  return {
    parentRenders: counters.parentRenders - parentBefore,
    buttonCommits: counters.buttonCommits - commitsBefore,
    maxTimersWhileWaiting: maxTimers,
    timersOnceReady: clock.pending().count,
    readyAgain: !waiting(),
  };
}

function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * A tab in the background while the wait runs: 10 s in front, then hidden for `awaySeconds` during which the
 * throttled timers do not fire, then back. What the button shows at once, and what is true.
 */
export async function compareThrottled(waitSeconds: number, awaySeconds: number) {
  const clock = page.clock!;
  await clickAndWaitForCooldown();
  const endsAt = clock.now + waitSeconds * 1000;
  await clock.advanceTo(clock.now + 10_000);
  setHidden(true);
  await clock.settle();
  clock.jump(awaySeconds * 1000);
  setHidden(false);
  await nextTask();
  await nextFrame();
  return { shownOnReturn: shownSeconds(), trueSeconds: Math.ceil((endsAt - clock.now) / 1000) };
}

/** What the button shows now (after a reload, say). */
export async function compareState() {
  await nextTask();
  await nextFrame();
  return { waiting: waiting(), seconds: shownSeconds() };
}

/** Records the Event Timing entries of every interaction: its duration is the slowest of its events. */
export function compareObserveInteractions() {
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { interactionId: number })[]) {
      if (!entry.interactionId) continue;
      const before = page.interactions.get(entry.interactionId) ?? 0;
      page.interactions.set(entry.interactionId, Math.max(before, entry.duration));
    }
  });
  // 16 ms is the smallest threshold the API allows: a faster interaction reports no entry.
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** The interactions recorded so far (and forgets them): their durations, ms, 0 for none slower than 16 ms. */
export async function compareTakeInteractions() {
  // Event Timing entries arrive after the frame that ended them.
  await nextFrame();
  await nextFrame();
  const durations = [...page.interactions.values()];
  page.interactions.clear();
  return durations;
}
