// The bench page: each scenario mounts ResendCodeButton like an app does (public entry points, a production
// React build with the Profiler enabled) and measures it. bench/run.js loads this page in Chromium, one fresh page
// per scenario, and calls `window.bench.<scenario>()`.
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { getCooldownStore } from '../../src/core/index';
import { ResendCodeButton } from '../../src/index';
import { createFakeResendClient, resetCooldowns, seedCooldown } from '../../src/testing/index';
import { percentile } from '../percentile.js';
import '../../src/components/styles.css';
import { layoutRun, layoutSetup } from './layoutStability';
import {
  compareForget,
  compareMount,
  compareObserveInteractions,
  compareRenders,
  compareState,
  compareTakeInteractions,
  compareThrottled,
} from './sideBySide';
import { nextTask, VirtualClock } from './virtualClock';

const startOfBench = Date.UTC(2026, 0, 1);

function mount(children: ReactNode): { root: Root; container: HTMLElement } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  // Synchronous, so the first frame is one commit however many buttons there are.
  flushSync(() => root.render(children));
  return { root, container };
}

/** The whole seconds a button shows: `42 s`, `1:05` or `1:00:00`; null when it shows no countdown. */
function displayedSeconds(button: Element | null): number | null {
  const text = button?.querySelector('[data-part="countdown"]')?.textContent ?? '';
  const clock = /(\d+):(\d{2})(?::(\d{2}))?/.exec(text);
  if (clock) {
    const [hoursOrMinutes, minutesOrSeconds, seconds] = clock.slice(1).map((part) => Number(part ?? 0));
    return clock[3] === undefined
      ? hoursOrMinutes! * 60 + minutesOrSeconds!
      : hoursOrMinutes! * 3600 + minutesOrSeconds! * 60 + seconds!;
  }
  const plain = /(\d+)/.exec(text);
  return plain ? Number(plain[1]) : null;
}

/** What the display must be now: `ceil((endsAt - now) / 1000)`, or null (ready) once the wait is over. */
function expectedSeconds(endsAt: number): number | null {
  const left = endsAt - Date.now();
  return left > 0 ? Math.ceil(left / 1000) : null;
}

function summary(values: number[]) {
  return {
    samples: values.length,
    medianMs: percentile(values, 0.5),
    p95Ms: percentile(values, 0.95),
    maxMs: Math.max(...values),
    valuesMs: values.map((value) => Math.round(value * 10) / 10),
  };
}

function hideTab(hidden: boolean, event: 'visibilitychange' | 'pageshow' = 'visibilitychange'): void {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  if (event === 'pageshow') window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  else document.dispatchEvent(new Event('visibilitychange'));
}

/** Resolves after the microtasks queued so far (React's sync render after a store notification) have run. */
function afterMicrotasks(): Promise<void> {
  return new Promise((resolve) => queueMicrotask(resolve));
}

/** The host's sign-up step: it renders the button and must not render again while the button counts down. */
function SignUpStep(props: {
  username: string;
  client: ReturnType<typeof createFakeResendClient>;
  onButtonCommit: ProfilerOnRenderCallback;
  renders: { renders: number };
}) {
  props.renders.renders++;
  return (
    <Profiler id="button" onRender={props.onButtonCommit}>
      <ResendCodeButton username={props.username} client={props.client} />
    </Profiler>
  );
}

/**
 * One button in a 60-second cooldown: how often its parent and the button commit, whether every commit shows
 * `ceil((endsAt - now) / 1000)`, and how many timers run.
 */
async function cooldownRenders() {
  const clock = new VirtualClock(startOfBench);
  clock.install();
  resetCooldowns();
  const client = createFakeResendClient();
  const username = 'renders@example.com';
  seedCooldown({ userPoolId: client.userPoolId, clientId: client.clientId, username, secondsLeft: 60 });
  const endsAt = clock.now + 60_000;

  const commits: { displayed: number | null; expected: number | null; status: string }[] = [];
  const onButtonCommit: ProfilerOnRenderCallback = () => {
    // The Profiler reports during the commit, after the DOM changed. It covers the status region too, whose
    // announcements are commits of their own.
    const button = document.querySelector('[data-rcr-button]');
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    commits.push({ displayed: displayedSeconds(button), expected: expectedSeconds(endsAt), status });
  };
  const parent = { renders: 0 };
  mount(<SignUpStep username={username} client={client} onButtonCommit={onButtonCommit} renders={parent} />);
  await clock.settle();
  const timersWhileCooling: number[] = [clock.pending().count];
  let wakeUps = 0;
  await clock.advanceTo(endsAt + 5_000, {
    onFired: () => {
      wakeUps++;
      if (Date.now() < endsAt) timersWhileCooling.push(clock.pending().count);
    },
  });
  await clock.settle();
  // What a person sees change: the countdown, or the status region's text.
  const distinctDisplayed = new Set(commits.map((commit) => `${commit.displayed}|${commit.status}`)).size;
  const repeated = commits.filter((commit, index) => {
    const previous = commits[index - 1];
    return (
      previous !== undefined && commit.displayed === previous.displayed && commit.status === previous.status
    );
  });
  return {
    parentExtraRenders: parent.renders - 1,
    buttonCommits: commits.length,
    displayedStates: distinctDisplayed,
    commitsRepeatingTheSameDisplay: repeated.length,
    commitsWithWrongSeconds: commits.filter((commit) => commit.displayed !== commit.expected).length,
    maxTimersWhileCooling: Math.max(...timersWhileCooling),
    timersAfterReady: clock.pending().count,
    wakeUps,
  };
}

/** 500 buttons for the same user: one timer, and what one tick (store notification, render, commit) costs. */
async function manyButtons(buttonCount = 500) {
  const clock = new VirtualClock(startOfBench);
  clock.install();
  resetCooldowns();
  const client = createFakeResendClient();
  const buttonIds = Array.from({ length: buttonCount }, (_, index) => `button-${index}`);

  async function runCooldown(username: string, seconds: number) {
    seedCooldown({
      userPoolId: client.userPoolId,
      clientId: client.clientId,
      username,
      secondsLeft: seconds,
    });
    const endsAt = clock.now + seconds * 1000;
    let commits = 0;
    const renderDurationsMs: number[] = [];
    const onCommit: ProfilerOnRenderCallback = (_id, phase, actualDuration) => {
      commits++;
      if (phase !== 'mount') renderDurationsMs.push(actualDuration);
    };
    const mountStartedAt = performance.now();
    const { root, container } = mount(
      <Profiler id="buttons" onRender={onCommit}>
        {buttonIds.map((id) => (
          <ResendCodeButton key={id} username={username} client={client} />
        ))}
      </Profiler>,
    );
    const mountMs = performance.now() - mountStartedAt;
    await clock.settle();
    const timersAtMount = clock.pending().count;
    const buttons = container.querySelectorAll('[data-rcr-button]');
    const first = buttons[0]!;
    const last = buttons[buttons.length - 1]!;
    const tickDurationsMs: number[] = [];
    const readyDurationsMs: number[] = [];
    let ticksShowingStaleSeconds = 0;
    let maxTimersWhileCooling = timersAtMount;
    await clock.advanceTo(endsAt + 1_000, {
      // Read inside the measured microtask: the tick's render must already be in the DOM of every button.
      probe: () => {
        const expected = expectedSeconds(endsAt);
        return displayedSeconds(first) === expected && displayedSeconds(last) === expected;
      },
      onFired: ({ durationMs, probed }) => {
        if (!probed) ticksShowingStaleSeconds++;
        if (Date.now() < endsAt) {
          tickDurationsMs.push(durationMs);
          maxTimersWhileCooling = Math.max(maxTimersWhileCooling, clock.pending().count);
        } else readyDurationsMs.push(durationMs);
      },
    });
    await clock.settle();
    const timersWhenReady = clock.pending().count;
    const mountedReady = buttons.length;
    flushSync(() => root.unmount());
    container.remove();
    await clock.settle();
    return {
      mountMs,
      timersAtMount,
      maxTimersWhileCooling,
      timersWhenReady,
      timersAfterUnmount: clock.pending().count,
      mountedButtons: mountedReady,
      commits,
      tick: summary(tickDurationsMs),
      readyTransitionMs: readyDurationsMs[0] ?? Number.NaN,
      renderOnly: summary(renderDurationsMs),
      ticksShowingStaleSeconds,
    };
  }

  // Warm-up (JIT, first-render caches), then three measured minutes: enough ticks for a stable p95 on a busy
  // machine, where a garbage collection now and then lands inside a tick.
  await runCooldown('warm-up@example.com', 20);
  const runs = [];
  for (let round = 0; round < 3; round++) runs.push(await runCooldown(`many-${round}@example.com`, 60));
  const ticks = runs.flatMap((run) => run.tick.valuesMs);
  return {
    mountedButtons: runs[0]!.mountedButtons,
    mountMs: percentile(
      runs.map((run) => run.mountMs),
      0.5,
    ),
    timersAtMount: Math.max(...runs.map((run) => run.timersAtMount)),
    maxTimersWhileCooling: Math.max(...runs.map((run) => run.maxTimersWhileCooling)),
    timersWhenReady: Math.max(...runs.map((run) => run.timersWhenReady)),
    timersAfterUnmount: Math.max(...runs.map((run) => run.timersAfterUnmount)),
    commitsPerMinute: runs[0]!.commits,
    ticksShowingStaleSeconds: runs.reduce((sum, run) => sum + run.ticksShowingStaleSeconds, 0),
    tick: summary(ticks),
    renderOnly: summary(runs.flatMap((run) => run.renderOnly.valuesMs)),
    readyTransition: summary(runs.map((run) => run.readyTransitionMs)),
  };
}

/**
 * A background tab whose timers were throttled for minutes while the clock moved on: the display must be right
 * at the first visibilitychange (and at pageshow after a bfcache restore), before any timer fires.
 */
async function throttledTab() {
  const clock = new VirtualClock(startOfBench);
  clock.install();
  resetCooldowns();
  const client = createFakeResendClient();
  const results: Record<string, unknown>[] = [];

  async function stage(
    name: string,
    waitSeconds: number,
    awayMs: number,
    event: 'visibilitychange' | 'pageshow',
  ): Promise<void> {
    const username = `${name}@example.com`;
    seedCooldown({
      userPoolId: client.userPoolId,
      clientId: client.clientId,
      username,
      secondsLeft: waitSeconds,
    });
    const endsAt = clock.now + waitSeconds * 1000;
    const commits: { displayed: number | null; expected: number | null }[] = [];
    const container = document.createElement('div');
    const onCommit: ProfilerOnRenderCallback = () => {
      const button = container.querySelector('[data-rcr-button]');
      commits.push({ displayed: displayedSeconds(button), expected: expectedSeconds(endsAt) });
    };
    document.body.append(container);
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        <Profiler id={name} onRender={onCommit}>
          <ResendCodeButton username={username} client={client} />
        </Profiler>,
      ),
    );
    await clock.settle();
    // A few seconds in the foreground, then hidden: timers stop firing while the clock runs on.
    await clock.advanceTo(clock.now + 10_000);
    if (event === 'visibilitychange') hideTab(true);
    await clock.settle();
    const firedBefore = commits.length;
    clock.jump(awayMs);
    const staleWhileAway = displayedSeconds(container.querySelector('[data-rcr-button]'));
    hideTab(false, event);
    await afterMicrotasks();
    const button = container.querySelector('[data-rcr-button]');
    const shown = displayedSeconds(button);
    const expected = expectedSeconds(endsAt);
    const firstCommitAfter = commits[firedBefore];
    results.push({
      stage: name,
      event,
      awaySeconds: awayMs / 1000,
      staleWhileAway,
      shownAfterEvent: shown ?? 'ready',
      expected: expected ?? 'ready',
      rightAtFirstEvent: shown === expected && firstCommitAfter?.displayed === expected,
      state: button?.getAttribute('data-state'),
      commitsWithWrongSeconds: commits.filter((commit) => commit.displayed !== commit.expected).length,
      timersAfter: clock.pending().count,
    });
    // Back to a normal tab until the wait is over: every commit stays right.
    await clock.advanceTo(Math.max(clock.now, endsAt) + 1_000);
    await clock.settle();
    flushSync(() => root.unmount());
    container.remove();
  }

  await stage('throttled', 300, 150_000, 'visibilitychange');
  await stage('slept-past-deadline', 60, 200_000, 'visibilitychange');
  await stage('bfcache-restore', 120, 50_000, 'pageshow');
  return { stages: results, timersAtEnd: clock.pending().count };
}

// Click to request: real time, real input (bench/run.js clicks through Playwright), real Web Locks.
const clickState = {
  client: createFakeResendClient(),
  username: 'click@example.com',
  requestTimes: [] as number[],
  sample: null as null | {
    clickAt: number;
    claimedInClickTask: boolean;
    requestedBeforeClickListenersEnded: boolean;
    requestedBeforeNextTask: boolean | null;
    nextFrameAt: number | null;
  },
};

function clickStore() {
  const { client, username } = clickState;
  return getCooldownStore({ userPoolId: client.userPoolId, clientId: client.clientId, username });
}

async function clickSetup() {
  resetCooldowns();
  const { client } = clickState;
  const originalResend = client.resend.bind(client);
  client.resend = (request, options) => {
    clickState.requestTimes.push(performance.now());
    return originalResend(request, options);
  };
  // Capture on window runs first in the click's task; the message it posts runs in the next task.
  let requestsBefore = 0;
  window.addEventListener(
    'click',
    () => {
      requestsBefore = clickState.requestTimes.length;
      const sample = {
        clickAt: performance.now(),
        claimedInClickTask: false,
        requestedBeforeClickListenersEnded: false,
        requestedBeforeNextTask: null as boolean | null,
        nextFrameAt: null as number | null,
      };
      clickState.sample = sample;
      requestAnimationFrame(() => {
        sample.nextFrameAt = performance.now();
      });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        sample.requestedBeforeNextTask = clickState.requestTimes.length > requestsBefore;
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    },
    { capture: true },
  );
  // Bubble on window runs last in the same task, after React's listener on the root.
  window.addEventListener('click', () => {
    const sample = clickState.sample;
    if (sample === null) return;
    // Sending, or already cooling down when the whole request finished in the click's microtasks.
    sample.claimedInClickTask = clickStore().getSnapshot().status !== 'ready';
    sample.requestedBeforeClickListenersEnded = clickState.requestTimes.length > requestsBefore;
  });
  mount(<ResendCodeButton username={clickState.username} client={clickState.client} />);
  return { webLocks: typeof navigator.locks?.request === 'function' };
}

/** Before each click: a ready button, and Web Locks on or off. */
async function clickPrepare(webLocks: boolean) {
  if (webLocks) delete (navigator as { locks?: unknown }).locks;
  else Object.defineProperty(navigator, 'locks', { configurable: true, get: () => undefined });
  clickStore().reset();
  // The last click's claim hands the lock over 50 ms after it ended: each click starts from a lock nobody holds.
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (let round = 0; round < 20; round++) {
    await nextTask();
    if (document.querySelector('[data-rcr-button]')?.getAttribute('data-state') === 'ready') break;
  }
  clickState.sample = null;
  return document.querySelector('[data-rcr-button]')?.getAttribute('data-state');
}

/** After each click: when the request started, and what the click's own task saw. */
async function clickCollect() {
  for (let round = 0; round < 200; round++) {
    const state = document.querySelector('[data-rcr-button]')?.getAttribute('data-state');
    const sample = clickState.sample;
    if (sample?.requestedBeforeNextTask != null && sample.nextFrameAt !== null && state === 'cooldown') break;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const sample = clickState.sample;
  const requestAt = clickState.requestTimes[clickState.requestTimes.length - 1];
  return {
    ...sample,
    clickToRequestMs: sample && requestAt !== undefined ? requestAt - sample.clickAt : null,
    requestedAfterNextFrame:
      sample?.nextFrameAt != null && requestAt !== undefined ? requestAt > sample.nextFrameAt : null,
    clickToNextFrameMs: sample?.nextFrameAt != null ? sample.nextFrameAt - sample.clickAt : null,
  };
}

/** The browser's own cost of the cross-tab lock hop: request an uncontended lock and wait for its callback. */
async function lockHop(iterations = 200) {
  delete (navigator as { locks?: unknown }).locks;
  const durations: number[] = [];
  for (let index = 0; index < iterations; index++) {
    const startedAt = performance.now();
    await navigator.locks.request('rcr-bench-lock', { ifAvailable: true }, () => {
      durations.push(performance.now() - startedAt);
    });
  }
  return summary(durations.slice(10));
}

Object.assign(window, {
  bench: {
    cooldownRenders,
    manyButtons,
    throttledTab,
    clickSetup,
    clickPrepare,
    clickCollect,
    lockHop,
    layoutSetup,
    layoutRun,
    compareForget,
    compareMount,
    compareObserveInteractions,
    compareRenders,
    compareState,
    compareTakeInteractions,
    compareThrottled,
  },
});
document.title = 'ready';
