// A simulated browser profile for the cooldown store's model-based tests: tabs that share one storage (other tabs
// hear of a write through a storage event, delivered later and in any order), one lock manager with the real
// semantics, one clock that can jump, and one Cognito that records every request and answers when told to.
import { vi } from 'vitest';
import type { CooldownPolicy } from '../../../../src/core/CooldownPolicy';
import type { CooldownSnapshot, CooldownStorage } from '../../../../src/core/CooldownStore';
import { resolveCooldownPolicy, waitAfterSend } from '../../../../src/core/computeCooldownWait';
import { createCooldownStorage } from '../../../../src/core/cooldown/createCooldownStorage';
import {
  createCooldownStore,
  type OwnedCooldownStore,
} from '../../../../src/core/cooldown/createCooldownStore';
import { createCrossTabLock } from '../../../../src/core/cooldown/createCrossTabLock';
import type { StoreSendClaim } from '../../../../src/core/cooldown/createSendClaim';
import { parseCooldownRecord } from '../../../../src/core/cooldown/parseCooldownRecord';
import { watchPageLifecycle } from '../../../../src/core/cooldown/watchPageLifecycle';
import { performResend, type ResendOutcome } from '../../../../src/core/performResend';
import type { ResendCodeClient } from '../../../../src/core/ResendCodeClient';
import { ResendError } from '../../../../src/core/ResendError';
import type { CodeDeliveryDetails } from '../../../../src/core/ResendRequest';
import { FakeLockManager } from '../../support/FakeLockManager';

/** The storage key every tab's store uses. */
export const simulatedKey = 'rcr:0123456789abcdef';

/** How long the simulated client waits for an answer before it fails with a timeout, like the real ones. */
export const simulatedTimeoutMs = 15_000;

/** A rule broken, with what the simulation saw. */
export class InvariantViolation extends Error {}

/** One ResendConfirmationCode on its way to Cognito. */
interface InFlight {
  tab: number;
  /** When it started, in real time, and how far the clock had jumped forward by then. */
  startedAt: number;
  forwardJumpsAtStart: number;
  answer: (outcome: 'ok' | 'error' | 'rate-limit') => void;
}

/** One press or click: what it led to. */
interface ClickRecord {
  tab: number;
  /** When it happened, in real time (ms since the run began, clock jumps left out). */
  at: number;
  claim: StoreSendClaim | null;
  /** Settles when the click's resend came to an end (sent, refused, or failed). */
  outcome: Promise<ResendOutcome | ResendError> | null;
  settled: boolean;
  /** Whether the tab showed a wait when it was found that another tab sends (or sent) instead. */
  waitShownOnRefusal?: boolean;
  /** The tab went away before the click came to an end. */
  tabGone?: boolean;
}

/** A tab: its own page (events, lifecycle, lock client), the shared storage, and a store subscribed like a button. */
export interface SimulatedTab {
  id: number;
  owned: OwnedCooldownStore;
  snapshot(): CooldownSnapshot;
  /** Whether the mouse button is down on the tab's button. */
  pressed: boolean;
  /** Whether the page opened while the storage held a record this version cannot read. */
  openedOverForeignWrite: boolean;
  unload(): void;
  deliver(event: Event): void;
}

/** A successful send and the wait it started, to check that no request goes out before it ends. */
interface Protection {
  realAt: number;
  waitMs: number;
  forwardJumpsAt: number;
}

/** The browser profile and the server; every invariant is checked by `check()` and as things happen. */
export class SimulatedBrowser {
  readonly tabs: (SimulatedTab | null)[] = [];
  readonly clicks: ClickRecord[] = [];
  readonly inFlight: InFlight[] = [];
  requests = 0;
  /** When the last request came to an end, in real time: a claim may wait for the lock until then. */
  lastRequestEndedAt = 0;
  /** Every request, with when it came to an end (real time, `null` while on its way). */
  readonly requestLog: { tab: number; endedAt: number | null }[] = [];
  /** Real time since the run began (advanced by `advance`, not by clock jumps). */
  realNow = 0;
  forwardJumps = 0;
  // Lock grants and storage events travel separately: a lock may be granted before the events on their way arrive.
  private readonly locks = new FakeLockManager();
  private readonly stored = new Map<string, string>();
  private readonly copies = new Map<number, Map<string, string>>();
  private readonly pendingEvents: { tab: number; writer: number; event: Event }[] = [];
  private readonly protections: Protection[] = [];
  private nextTabId = 0;
  // Whether the stored value is one this version cannot read: a page opened now cannot know the wait it replaced.
  private foreignUnreadableStored = false;
  // Rules broken where throwing would be caught by the code under test (inside the client).
  private readonly violations: string[] = [];

  constructor(readonly options: { webLocks: boolean; policy: Partial<CooldownPolicy>; maxTabs: number }) {}

  openTab(): void {
    if (this.liveTabs().length >= this.options.maxTabs) return;
    // A page opened over a record this version cannot read cannot know the wait it replaced.
    const openedOverForeignWrite = this.foreignUnreadableStored;
    const id = this.nextTabId++;
    const window = new EventTarget();
    const document = new EventTarget();
    const lockClient = this.locks.client();
    const lifecycle = watchPageLifecycle({ window, document });
    const storage = this.storageFor(id);
    const owned = createCooldownStore({
      key: simulatedKey,
      storage: createCooldownStorage(storage),
      lock: this.options.webLocks ? createCrossTabLock(simulatedKey, lockClient.locks) : null,
      lifecycle,
      storageEvents: window,
    });
    owned.configure({ policy: this.options.policy });
    // Subscribed like a mounted button: the store keeps its snapshot fresh with timers and events.
    owned.store.subscribe(() => {});
    let alive = true;
    const tab: SimulatedTab = {
      id,
      openedOverForeignWrite,
      owned,
      pressed: false,
      snapshot: () => owned.store.getSnapshot(),
      deliver: (event) => {
        if (!alive) return;
        const copy = this.copies.get(id);
        copy?.clear();
        for (const [key, value] of this.stored) copy?.set(key, value);
        window.dispatchEvent(Object.assign(event, { storageArea: storage }));
      },
      unload: () => {
        if (!alive) return;
        for (const click of this.clicks) if (click.tab === id && !click.settled) click.tabGone = true;
        // The page goes: pagehide first, then the browser drops its locks and cancels its requests.
        window.dispatchEvent(new Event('pagehide'));
        alive = false;
        lockClient.unload();
        for (const request of this.inFlight.filter((entry) => entry.tab === id)) {
          // Cut off on its way, it may have reached Cognito: it counts as a send from when it started (unless a
          // newer version's record holds the storage: this version then keeps its wait in memory only).
          if (!this.foreignUnreadableStored && !this.seesNewerFormat(id)) {
            this.protections.push({
              realAt: request.startedAt,
              waitMs: waitAfterSend(resolveCooldownPolicy(), 1),
              forwardJumpsAt: request.forwardJumpsAtStart,
            });
          }
          request.answer('error');
        }
        owned.dispose();
        lifecycle.stop();
      },
    };
    this.tabs.push(tab);
  }

  liveTabs(): SimulatedTab[] {
    return this.tabs.filter((tab): tab is SimulatedTab => tab !== null);
  }

  tab(index: number): SimulatedTab | undefined {
    const live = this.liveTabs();
    return live[index % Math.max(1, live.length)];
  }

  press(index: number): void {
    const tab = this.tab(index);
    if (!tab) return;
    tab.pressed = true;
    tab.owned.store.prepareSend();
  }

  /** A click (after a press, its release). */
  click(index: number): void {
    const tab = this.tab(index);
    if (!tab) return;
    tab.pressed = false;
    const wasReady = tab.snapshot().status === 'ready';
    const claim = tab.owned.store.tryBeginSend() as StoreSendClaim | null;
    const record: ClickRecord = { tab: tab.id, at: this.realNow, claim, outcome: null, settled: false };
    this.clicks.push(record);
    if (!claim) {
      if (wasReady && tab.snapshot().status === 'ready') {
        throw new InvariantViolation(`rule 2: a click on a ready tab ${tab.id} was refused without a sign`);
      }
      return;
    }
    record.outcome = performResend({
      claim,
      client: this.clientFor(tab.id),
      request: { username: 'alice' },
    }).catch((error: ResendError) => error);
    void record.outcome.then((outcome) => {
      record.settled = true;
      if (!(outcome instanceof ResendError) && outcome.status === 'sent-elsewhere') {
        record.waitShownOnRefusal = tab.snapshot().endsAt !== null;
      }
    });
  }

  /**
   * Cognito answers a request. A request takes a network round trip, far longer than a storage write takes to reach
   * the other tabs: the events on their way arrive first (in the order of `index`).
   */
  async answer(index: number, outcome: 'ok' | 'error' | 'rate-limit'): Promise<void> {
    const request = this.inFlight[index % Math.max(1, this.inFlight.length)];
    if (!request) return;
    await this.deliverPending(index);
    request.answer(outcome);
  }

  close(index: number): void {
    const tab = this.tab(index);
    if (!tab) return;
    // The page's last writes reach the other tabs before the browser has torn it down and released its locks.
    const own = this.pendingEvents.filter((pending) => pending.writer === tab.id);
    tab.unload();
    for (const pending of [...own, ...this.pendingEvents.filter((entry) => entry.writer === tab.id)]) {
      const index = this.pendingEvents.indexOf(pending);
      if (index === -1) continue;
      this.pendingEvents.splice(index, 1);
      this.tabs.find((other) => other?.id === pending.tab)?.deliver(pending.event);
    }
    this.tabs[this.tabs.indexOf(tab)] = null;
  }

  /** A reload takes longer than a storage write takes to reach the other tabs: the new page reads what is there. */
  async reload(index: number): Promise<void> {
    if (!this.tab(index)) return;
    this.close(index);
    await this.deliverPending(index);
    this.openTab();
  }

  // Only clicks, presses and closing a tab happen in the same instant as a write; anything else comes at least
  // milliseconds later, once the storage events on their way have arrived.

  async jumpClock(ms: number, seed = 0): Promise<void> {
    await this.deliverPending(seed);
    vi.setSystemTime(Date.now() + ms);
    if (ms > 0) this.forwardJumps += ms;
  }

  /** Another page (a newer release, a script) writes something this version cannot read, or a far-future time. */
  async foreignWrite(
    kind: 'garbage' | 'newer-format' | 'far-future' | 'huge-count',
    seed = 0,
  ): Promise<void> {
    await this.deliverPending(seed);
    const now = Date.now();
    const texts = {
      garbage: '{"format":2,"sendCount":"many"',
      'newer-format': JSON.stringify({ format: 3, waits: [now + 60_000] }),
      'far-future': JSON.stringify({ format: 2, sendCount: 1, endsAt: now + 1e12, lastSentAt: now }),
      'huge-count': kind === 'huge-count' ? this.withHugeCount(now) : '',
    };
    this.foreignUnreadableStored = kind === 'newer-format' || kind === 'garbage';
    this.writeStored(-1, texts[kind]);
  }

  // The stored record with a send count beyond what the reader accepts (the wait and times kept as they are).
  private withHugeCount(now: number): string {
    const parsed = parseCooldownRecord(this.stored.get(simulatedKey), { now, longestWaitMs: Infinity });
    const record = parsed.kind === 'record' ? parsed.record : { lastSentAt: now - 1 };
    return JSON.stringify({ ...record, lease: undefined, format: 2, sendCount: 4_294_967_295 });
  }

  // Whether a tab's copy of the storage holds a newer version's record, which it keeps its own wait apart from.
  private seesNewerFormat(tab: number): boolean {
    const parsed = parseCooldownRecord(this.copies.get(tab)?.get(simulatedKey), {
      now: Date.now(),
      longestWaitMs: Infinity,
    });
    return parsed.kind === 'unreadable' && parsed.newerFormat;
  }

  /** Delivers every pending storage event (and what they lead to), in an order picked by `seed`. */
  async deliverPending(seed: number): Promise<void> {
    let pick = seed;
    await settle();
    while (this.pendingEvents.length > 0) {
      this.deliverEvent(pick);
      pick = (pick * 31 + 7) >>> 0;
      await settle();
    }
  }

  /** Delivers one pending storage event (any of them: the order between tabs is not fixed). */
  deliverEvent(index: number): void {
    const [pending] = this.pendingEvents.splice(index % Math.max(1, this.pendingEvents.length), 1);
    if (pending) this.tabs.find((tab) => tab?.id === pending.tab)?.deliver(pending.event);
  }

  /**
   * Lets `ms` of real time pass in steps; before each, every pending storage event arrives, in an order picked by
   * `seed` (a browser delivers them within milliseconds, while this simulation lets steps run in between).
   */
  async advance(ms: number, seed: number): Promise<void> {
    const step = Math.min(ms, 250);
    for (let passed = 0; passed < ms; passed += step) {
      await this.deliverPending(seed + passed);
      await vi.advanceTimersByTimeAsync(Math.min(step, ms - passed));
      this.realNow += Math.min(step, ms - passed);
      this.checkNoIdleSending();
    }
    // Writes made while the time passed (by timers) have reached the other tabs by its end.
    await this.deliverPending(seed + ms);
  }

  /** Rules that hold after every step. */
  check(): void {
    if (this.violations.length > 0) throw new InvariantViolation(this.violations.join('; '));
    for (const tab of this.liveTabs()) {
      const snapshot = tab.snapshot();
      if (snapshot.status === 'cooldown' && (snapshot.endsAt === null || snapshot.secondsLeft < 1)) {
        throw new InvariantViolation(`a cooldown without a wait in tab ${tab.id}`);
      }
    }
    // Rule 2, second half: a claim decides within about a second unless another tab's request is on its way.
    for (const click of this.clicks) {
      const idleMs = this.realNow - Math.max(click.at, this.lastRequestEndedAt);
      if (click.claim?.phase === 'claimed' && this.inFlight.length === 0 && idleMs > 1_100) {
        throw new InvariantViolation(
          `rule 2: tab ${click.tab} shows sending ${idleMs} ms with nothing on its way`,
        );
      }
    }
  }

  /** The end of a run: every answer given, every event delivered, time gone on; nothing may still be pending. */
  async finish(): Promise<void> {
    for (const tab of this.liveTabs()) tab.pressed = false;
    // Claims still deciding may start requests a little later: answer until none is left.
    for (let round = 0; round < 5; round++) {
      while (this.inFlight.length > 0) this.inFlight[0]?.answer('error');
      await this.advance(1_500, round);
    }
    for (const click of this.clicks) {
      if (click.outcome && !click.settled) {
        throw new InvariantViolation(`rule 2: a click in tab ${click.tab} never came to an end`);
      }
      // A claim refused because another tab sends (or sent) instead: a request of that other tab was on its way
      // during or after the click, or a wait ran, so the refusal shows. Otherwise the click sent no code (unless
      // its page went away first).
      const covered =
        click.tabGone ||
        click.waitShownOnRefusal ||
        this.requestLog.some((request) => request.endedAt === null || request.endedAt >= click.at);
      if (click.claim?.phase === 'refused' && !covered) {
        throw new InvariantViolation(
          `rule 2: a click in tab ${click.tab} was refused, yet no tab sent a code`,
        );
      }
    }
    for (const tab of this.liveTabs()) {
      if (tab.snapshot().status === 'sending') {
        throw new InvariantViolation(`rule 2: tab ${tab.id} still shows sending with nothing on its way`);
      }
    }
  }

  dispose(): void {
    for (const tab of this.liveTabs()) tab.unload();
    this.tabs.length = 0;
  }

  // While nothing is on its way and no claim waits, no tab may show sending.
  private checkNoIdleSending(): void {
    const waiting = this.clicks.some(
      (click) => click.claim?.phase === 'claimed' || click.claim?.phase === 'sending',
    );
    if (this.inFlight.length > 0 || waiting || this.pendingEvents.length > 0) return;
    for (const tab of this.liveTabs()) {
      if (tab.snapshot().status === 'sending') {
        throw new InvariantViolation(`rule 2: tab ${tab.id} shows sending while nothing is on its way`);
      }
    }
  }

  private clientFor(tab: number): ResendCodeClient {
    return {
      userPoolId: 'eu-west-1_AbCdEf123',
      clientId: '1example23456789',
      resend: () => this.startRequest(tab),
    };
  }

  private startRequest(tab: number): Promise<CodeDeliveryDetails> {
    if (this.inFlight.length > 0) this.violations.push('rule 1: a second request while one is on its way');
    const elapsedSince = (protection: Protection): number =>
      this.realNow - protection.realAt + (this.forwardJumps - protection.forwardJumpsAt);
    const knewNothing = this.tabs.find((entry) => entry?.id === tab)?.openedOverForeignWrite ?? false;
    const broken =
      !knewNothing && this.protections.find((protection) => elapsedSince(protection) < protection.waitMs);
    if (broken) {
      this.violations.push(
        `rule 3/4: tab ${tab} sent a request ${elapsedSince(broken)} ms into a wait of ${broken.waitMs} ms after a successful send`,
      );
    }
    this.requests += 1;
    const logged = { tab, endedAt: null as number | null };
    this.requestLog.push(logged);
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => entry.answer('error'), simulatedTimeoutMs);
      const entry: InFlight = {
        tab,
        startedAt: this.realNow,
        forwardJumpsAtStart: this.forwardJumps,
        answer: (outcome) => {
          clearTimeout(timeout);
          const index = this.inFlight.indexOf(entry);
          if (index === -1) return;
          this.inFlight.splice(index, 1);
          this.lastRequestEndedAt = this.realNow;
          logged.endedAt = this.realNow;
          if (outcome === 'ok') {
            resolve({ destination: 'a***@e***', deliveryMedium: 'EMAIL' });
            // The wait starts once the tab recorded the send: read it from the storage after the answer settles.
            void settle().then(() => this.protectFromStoredWait());
          } else if (outcome === 'rate-limit') {
            reject(new ResendError('limit-exceeded', 'LimitExceededException', { retryAfterMs: 60_000 }));
          } else {
            reject(new ResendError('network-error', 'Network down'));
          }
        },
      };
      this.inFlight.push(entry);
    });
  }

  private protectFromStoredWait(): void {
    const text = this.stored.get(simulatedKey);
    if (text === undefined) return;
    const parsed = parseCooldownRecord(text, { now: Date.now(), longestWaitMs: Infinity });
    if (parsed.kind !== 'record' || parsed.record.endsAt === null) return;
    this.protections.push({
      realAt: this.realNow,
      waitMs: parsed.record.endsAt - Date.now(),
      forwardJumpsAt: this.forwardJumps,
    });
  }

  // Each tab reads its own copy of the storage, as a browser's renderer does: its own writes show at once, other
  // tabs' writes once their storage event arrives (the copy then holds the shared value, so copies converge).
  private storageFor(tab: number): CooldownStorage {
    const copy = new Map(this.stored);
    this.copies.set(tab, copy);
    return {
      getItem: (key) => copy.get(key) ?? null,
      setItem: (key, value) => this.writeStored(tab, value, key),
      removeItem: (key) => this.writeStored(tab, null, key),
    };
  }

  private writeStored(writer: number, value: string | null, key = simulatedKey): void {
    if (writer >= 0 && key === simulatedKey) {
      if (value !== null) this.foreignUnreadableStored = false;
      // A tab overwrites only what it has seen: a write that crossed the newer one on its way cannot know of it.
      const seen = parseCooldownRecord(this.copies.get(writer)?.get(key), {
        now: Date.now(),
        longestWaitMs: Infinity,
      });
      if (seen.kind === 'unreadable' && seen.newerFormat) {
        this.violations.push('rule 5: a newer format was overwritten');
      }
      if (value !== null) {
        const parsed = parseCooldownRecord(value, {
          now: Date.now(),
          longestWaitMs: Infinity,
        });
        if (parsed.kind !== 'record') this.violations.push(`rule 6: wrote a record it cannot read: ${value}`);
      }
    }
    for (const map of [this.stored, this.copies.get(writer)]) {
      if (value === null) map?.delete(key);
      else map?.set(key, value);
    }
    for (const tab of this.liveTabs()) {
      if (tab.id !== writer) this.pendingEvents.push({ tab: tab.id, writer, event: storageEvent(key) });
    }
  }
}

function storageEvent(key: string): Event {
  return Object.assign(new Event('storage'), { key });
}

/** Lets every promise chain that can run now run (lock grants, confirmations, answers). */
export async function settle(): Promise<void> {
  for (let round = 0; round < 20; round++) await Promise.resolve();
}
