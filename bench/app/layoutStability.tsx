// Layout stability: a centred sign-up step with the styled button, from ready through a whole 30-second wait to
// ready again. bench/run.js calls `layoutSetup()`, clicks the button with the real mouse, waits until the click no
// longer counts as recent input, then calls `layoutRun()`, which drives the virtual clock one second at a time and
// lets Chromium paint a frame at each second, so the Layout Instability API sees every frame a user would.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ResendCodeButton } from '../../src/index';
import { createFakeResendClient, resetCooldowns } from '../../src/testing/index';
import { VirtualClock } from './virtualClock';

/** One painted frame: what the button showed and how wide it was. */
interface LayoutFrame {
  state: string | null;
  countdownText: string;
  widthPx: number;
  leftPx: number;
}

/** One `layout-shift` entry the browser reported. */
interface ShiftEntry {
  value: number;
  hadRecentInput: boolean;
  /** What moved, e.g. `SPAN[data-rcr-status] "A new code was sent…"`. */
  moved: string[];
}

interface LayoutShiftSource {
  node: Node | null;
}

function describeNode(node: Node | null): string {
  if (node === null) return '(removed)';
  const text = (node.textContent ?? '').slice(0, 30);
  if (!(node instanceof Element)) return `text "${text}"`;
  const hooks = [...node.attributes].map((attribute) => `[${attribute.name}]`).join('');
  return `${node.tagName}${hooks} "${text}"`;
}

const layoutState = {
  clock: null as VirtualClock | null,
  shifts: [] as ShiftEntry[],
  frames: [] as LayoutFrame[],
};

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function paintedFrames(count: number): Promise<void> {
  for (let index = 0; index < count; index++) await nextFrame();
}

function button(): HTMLElement {
  return document.querySelector('[data-layout-bench] [data-rcr-button]') as HTMLElement;
}

function recordFrame(): void {
  const element = button();
  const box = element.getBoundingClientRect();
  layoutState.frames.push({
    state: element.getAttribute('data-state'),
    countdownText: element.querySelector('[data-part="countdown"]')?.textContent ?? '',
    widthPx: box.width,
    leftPx: box.left,
  });
}

/** A sign-up step as apps centre it: a heading, a sentence, the button and its status, a link below. */
function CentredStep({ client }: { client: ReturnType<typeof createFakeResendClient> }) {
  return (
    <main
      data-layout-bench=""
      style={{
        display: 'grid',
        justifyItems: 'center',
        // A sign-up card: a fixed column in the middle of the page.
        width: 'min(100%, 24rem)',
        marginInline: 'auto',
        gap: '0.75rem',
        textAlign: 'center',
        font: '16px system-ui, sans-serif',
        padding: '2rem',
      }}
    >
      <h1 style={{ margin: 0, fontSize: '1.5rem' }}>Check your email</h1>
      <p style={{ margin: 0 }}>Enter the code we sent you. Did not get it?</p>
      <div style={{ width: '100%' }}>
        <ResendCodeButton username="layout@example.com" client={client} />
      </div>
      <a href="#back">Back to sign-in</a>
    </main>
  );
}

/** Mounts the centred step with a ready button and starts observing layout shifts. */
export async function layoutSetup() {
  const clock = new VirtualClock(Date.UTC(2026, 0, 1));
  clock.install();
  resetCooldowns();
  layoutState.clock = clock;
  const observer = new PerformanceObserver((list) => {
    type LayoutShift = PerformanceEntry & ShiftEntry & { sources: LayoutShiftSource[] };
    for (const entry of list.getEntries() as LayoutShift[]) {
      layoutState.shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        moved: entry.sources.map((source) => describeNode(source.node)),
      });
    }
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  const container = document.createElement('div');
  document.body.append(container);
  flushSync(() => createRoot(container).render(<CentredStep client={createFakeResendClient()} />));
  await paintedFrames(2);
  recordFrame();
  return { state: button().getAttribute('data-state') };
}

/** After the click: every second of the wait painted, until the button is ready again. */
export async function layoutRun(waitSeconds = 30) {
  const clock = layoutState.clock!;
  await clock.settle();
  await paintedFrames(2);
  recordFrame();
  for (let second = 0; second <= waitSeconds + 1; second++) {
    await clock.advanceTo(clock.now + 1_000);
    await clock.settle();
    await paintedFrames(2);
    recordFrame();
  }
  // Layout-shift entries are delivered after the frame that caused them.
  await paintedFrames(3);
  const cooling = layoutState.frames.filter((frame) => frame.state === 'cooldown');
  const widthsOf = (frames: LayoutFrame[]) => frames.map((frame) => frame.widthPx);
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
  return {
    frames: layoutState.frames,
    cooldownFrames: cooling.length,
    firstCountdown: cooling[0]?.countdownText ?? '',
    lastCountdown: cooling.at(-1)?.countdownText ?? '',
    cooldownWidthSpreadPx: spread(widthsOf(cooling)),
    allStatesWidthSpreadPx: spread(widthsOf(layoutState.frames)),
    leftSpreadPx: spread(layoutState.frames.map((frame) => frame.leftPx)),
    finalState: layoutState.frames.at(-1)?.state ?? null,
    shiftsWithoutInput: layoutState.shifts.filter((shift) => !shift.hadRecentInput),
    shiftsAfterInput: layoutState.shifts.filter((shift) => shift.hadRecentInput).length,
  };
}
