// Model-based tests of the cooldown store across tabs: fast-check builds sequences of what people and browsers do
// (press, release, click, answers, reloads, unloads, clock jumps, foreign writes, storage events in any order) and
// the simulated browser checks every rule of getCooldownStore after every step.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { SimulatedBrowser, settle } from './simulatedBrowser';

// At least 2,000 command sequences per property, as `npm test` runs them.
const numRuns = 2_000;

type Model = Record<string, never>;

// One step of a run: it acts, lets every promise chain that can run now run, then checks every rule.
class Step implements fc.AsyncCommand<Model, SimulatedBrowser> {
  constructor(
    private readonly label: string,
    private readonly action: (browser: SimulatedBrowser) => void | Promise<void>,
  ) {}
  check(): boolean {
    return true;
  }
  async run(_model: Model, browser: SimulatedBrowser): Promise<void> {
    await this.action(browser);
    await settle();
    browser.check();
  }
  toString(): string {
    return this.label;
  }
}

const tab = fc.nat(2);
const commands = [
  fc.constant(new Step('open a tab', (browser) => browser.openTab())),
  tab.map((index) => new Step(`press in tab ${index}`, (browser) => browser.press(index))),
  tab.map((index) => new Step(`release or click in tab ${index}`, (browser) => browser.click(index))),
  fc.tuple(tab, fc.nat(2)).map(
    ([first, second]) =>
      new Step(`clicks in tabs ${first} and ${second}`, (browser) => {
        browser.click(first);
        browser.click(second);
      }),
  ),
  fc
    .tuple(fc.nat(3), fc.constantFrom('ok' as const, 'error' as const, 'rate-limit' as const))
    .map(
      ([index, outcome]) =>
        new Step(`answer ${index}: ${outcome}`, async (browser) => browser.answer(index, outcome)),
    ),
  tab.map((index) => new Step(`reload tab ${index}`, async (browser) => browser.reload(index))),
  tab.map((index) => new Step(`close tab ${index}`, (browser) => browser.close(index))),
  fc
    .nat(20)
    .map((index) => new Step(`deliver storage event ${index}`, (browser) => browser.deliverEvent(index))),
  fc
    .tuple(fc.constantFrom(100, 400, 1_000, 5_000, 16_000, 31_000, 65_000), fc.nat())
    .map(([ms, seed]) => new Step(`advance ${ms} ms`, (browser) => browser.advance(ms, seed))),
  fc
    .constantFrom(-7_200_000, -120_000, -1_000, 1_000, 120_000)
    .map((ms) => new Step(`clock jumps ${ms} ms`, async (browser) => browser.jumpClock(ms))),
  fc
    .constantFrom('garbage' as const, 'newer-format' as const, 'far-future' as const, 'huge-count' as const)
    .map((kind) => new Step(`another page writes ${kind}`, async (browser) => browser.foreignWrite(kind))),
];

async function runModel(
  options: { webLocks: boolean; maxTabs: number },
  steps: Iterable<fc.AsyncCommand<Model, SimulatedBrowser>>,
): Promise<void> {
  vi.setSystemTime(Date.UTC(2030, 0, 1));
  const browser = new SimulatedBrowser({ ...options, policy: {} });
  browser.openTab();
  browser.openTab();
  try {
    await fc.asyncModelRun(() => ({ model: {}, real: browser }), steps);
    await browser.finish();
    browser.check();
  } finally {
    browser.dispose();
    vi.clearAllTimers();
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the cooldown store across tabs (model-based)', () => {
  it('keeps every rule with Web Locks, whatever people, tabs, clocks and other pages do', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), (steps) =>
        runModel({ webLocks: true, maxTabs: 3 }, steps),
      ),
      { numRuns },
    );
  }, 300_000);

  // Without Web Locks a third tab that unloads while two others claim can still let two requests out (the README's
  // guarantees give the rate measured in browsers); with two tabs every rule holds.
  it('keeps every rule without Web Locks in two tabs, through leases read back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), (steps) =>
        runModel({ webLocks: false, maxTabs: 2 }, steps),
      ),
      { numRuns },
    );
  }, 300_000);
});
