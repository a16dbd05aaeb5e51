#!/usr/bin/env node
// `npm run bench`: measures ResendCodeButton in real Chromium (Debian's /usr/bin/chromium through playwright-core)
// and fails when a budget is broken, so it can run as a step of `npm test`.
//
//   node bench/run.js                 every scenario
//   node bench/run.js render click    only these (render, many, throttled, click, layout, compare)
//
// The page (bench/app/main.tsx) is bundled with a production React build that keeps the Profiler on
// (react-dom/profiling). Render, timer and accuracy scenarios drive a virtual clock so a minute runs in a moment and
// a throttled tab can be staged exactly; every duration is real wall time (performance.now). The click scenario
// runs on the real clock with real input and real Web Locks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tools/chromium.js';
import { percentile } from './percentile.js';
import { compareScenario, handleCognitoRequest } from './sideBySide.js';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const clickIterations = 40;

// Budgets: a broken one makes the run exit with status 1.
const budgets = {
  parentExtraRenders: 0,
  timersPerCoolingKey: 1,
  timersWhenNothingCools: 0,
  // 500 buttons re-rendering for one second's change. On the median, and generous, so only a real regression
  // (work per button per tick growing, renders not batched) trips it, not a busy machine or a garbage collection.
  tickMedianMs: 50,
  // No debounce: the request follows the click after at most the cross-tab lock hop.
  clickToRequestP95Ms: 50,
  // A centred button must not move anything, nor change width, from its first cooldown frame to its last.
  layoutShiftsWithoutInput: 0,
  widthSpreadPx: 0.5,
};

const failures = [];
function expectBudget(label, ok, detail) {
  if (!ok) failures.push(`${label}: ${detail}`);
  return ok ? 'ok' : 'FAIL';
}

function printTable(title, rows) {
  const header = ['measure', 'value', 'budget', ''];
  const cells = [header, ...rows.map((row) => row.map((cell) => String(cell ?? '')))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : 'n/a');

async function bundlePage(outdir) {
  const profilingReactDom = {
    name: 'react-dom-profiling',
    setup(esbuild) {
      // The production build with the Profiler's onRender kept (plain production drops it).
      esbuild.onResolve({ filter: /^react-dom\/client$/ }, () => ({
        path: require.resolve('react-dom/profiling'),
      }));
    },
  };
  await build({
    entryPoints: [join(root, 'bench/app/main.tsx')],
    bundle: true,
    format: 'esm',
    outfile: join(outdir, 'main.js'),
    jsx: 'automatic',
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [profilingReactDom],
    logLevel: 'warning',
  });
  writeFileSync(
    join(outdir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loading</title></head>' +
      '<link rel="stylesheet" href="/main.css"><body><script type="module" src="/main.js"></script></body></html>',
  );
}

function serve(directory) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (handleCognitoRequest(request, response, path)) return;
    try {
      const body = readFileSync(join(directory, path === '/' ? 'index.html' : path.slice(1)));
      response.writeHead(200, {
        'Content-Type': types[extname(path) || '.html'] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolveServer) => {
    // 127.0.0.1 is a secure context, so the page has navigator.locks.
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

async function openPage(context, url) {
  const page = await context.newPage();
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');
  return page;
}

async function renderScenario(context, url) {
  const page = await openPage(context, url);
  const result = await page.evaluate(() => window.bench.cooldownRenders());
  await page.close();
  printTable('Render: one ResendCodeButton through a 60-second cooldown (React Profiler, commits counted)', [
    [
      'parent renders after mount',
      result.parentExtraRenders,
      budgets.parentExtraRenders,
      expectBudget(
        'parent re-renders',
        result.parentExtraRenders <= budgets.parentExtraRenders,
        result.parentExtraRenders,
      ),
    ],
    [
      'button commits (mount + each change)',
      result.buttonCommits,
      `<= ${result.displayedStates} displayed states`,
      expectBudget(
        'button commits more than once per displayed second',
        result.buttonCommits <= result.displayedStates && result.commitsRepeatingTheSameDisplay === 0,
        `${result.buttonCommits} commits, ${result.displayedStates} states, ${result.commitsRepeatingTheSameDisplay} repeats`,
      ),
    ],
    ['commits repeating the same display', result.commitsRepeatingTheSameDisplay, 0, ''],
    [
      'commits not showing ceil((endsAt - now) / 1000)',
      result.commitsWithWrongSeconds,
      0,
      expectBudget(
        'wrong seconds at a commit',
        result.commitsWithWrongSeconds === 0,
        result.commitsWithWrongSeconds,
      ),
    ],
    [
      'timers while cooling (max)',
      result.maxTimersWhileCooling,
      budgets.timersPerCoolingKey,
      expectBudget(
        'timers while cooling',
        result.maxTimersWhileCooling === budgets.timersPerCoolingKey,
        result.maxTimersWhileCooling,
      ),
    ],
    [
      'timers once ready',
      result.timersAfterReady,
      budgets.timersWhenNothingCools,
      expectBudget(
        'timers when ready',
        result.timersAfterReady === budgets.timersWhenNothingCools,
        result.timersAfterReady,
      ),
    ],
    [
      'timer wake-ups in 60 s',
      result.wakeUps,
      `<= ${result.displayedStates}`,
      expectBudget(
        'timer wakes more than once per displayed second',
        result.wakeUps <= result.displayedStates,
        result.wakeUps,
      ),
    ],
  ]);
}

async function manyScenario(context, url) {
  const page = await openPage(context, url);
  const result = await page.evaluate(() => window.bench.manyButtons(500));
  await page.close();
  printTable(`Render: ${result.mountedButtons} ResendCodeButtons for the same user, 60-second cooldown`, [
    [
      'timers at mount',
      result.timersAtMount,
      budgets.timersPerCoolingKey,
      expectBudget(
        '500 buttons share one timer',
        result.timersAtMount === budgets.timersPerCoolingKey,
        result.timersAtMount,
      ),
    ],
    [
      'timers while cooling (max)',
      result.maxTimersWhileCooling,
      budgets.timersPerCoolingKey,
      expectBudget(
        '500 buttons share one timer',
        result.maxTimersWhileCooling === budgets.timersPerCoolingKey,
        result.maxTimersWhileCooling,
      ),
    ],
    [
      'timers once ready (500 mounted)',
      result.timersWhenReady,
      budgets.timersWhenNothingCools,
      expectBudget(
        'timers when ready',
        result.timersWhenReady === budgets.timersWhenNothingCools,
        result.timersWhenReady,
      ),
    ],
    [
      'timers after unmount',
      result.timersAfterUnmount,
      0,
      expectBudget('timers after unmount', result.timersAfterUnmount === 0, result.timersAfterUnmount),
    ],
    ['commits per minute (mount + 59 second changes + ready)', result.commitsPerMinute, '', ''],
    [
      'ticks whose DOM was stale when measured',
      result.ticksShowingStaleSeconds,
      0,
      expectBudget(
        'tick measured before its render landed',
        result.ticksShowingStaleSeconds === 0,
        result.ticksShowingStaleSeconds,
      ),
    ],
    ['mount of 500 buttons (median of 3)', ms(result.mountMs), '', ''],
    [
      `one tick: store notify + render + commit, median (n=${result.tick.samples})`,
      ms(result.tick.medianMs),
      `<= ${budgets.tickMedianMs} ms`,
      expectBudget('tick median', result.tick.medianMs <= budgets.tickMedianMs, ms(result.tick.medianMs)),
    ],
    ['one tick, p95', ms(result.tick.p95Ms), '', ''],
    ['one tick, max', ms(result.tick.maxMs), '', ''],
    ['React render only (Profiler actualDuration), median', ms(result.renderOnly.medianMs), '', ''],
    ['React render only, p95', ms(result.renderOnly.p95Ms), '', ''],
    ['cooldown -> ready transition, median of 3', ms(result.readyTransition.medianMs), '', ''],
  ]);
}

async function throttledScenario(context, url) {
  const page = await openPage(context, url);
  const result = await page.evaluate(() => window.bench.throttledTab());
  await page.close();
  printTable(
    'Timer accuracy: throttled background tab (no timer fires while the clock jumps), then the page event',
    result.stages.flatMap((stage) => [
      [
        `${stage.stage}: ${stage.event} after ${stage.awaySeconds} s away`,
        `shows ${stage.shownAfterEvent} (stale was ${stage.staleWhileAway})`,
        `expected ${stage.expected}`,
        expectBudget(
          `${stage.stage} right at the first ${stage.event}`,
          stage.rightAtFirstEvent,
          JSON.stringify(stage),
        ),
      ],
      [
        `${stage.stage}: commits with wrong seconds`,
        stage.commitsWithWrongSeconds,
        0,
        expectBudget(
          `${stage.stage} wrong seconds`,
          stage.commitsWithWrongSeconds === 0,
          stage.commitsWithWrongSeconds,
        ),
      ],
      [
        `${stage.stage}: timers after the event`,
        stage.timersAfter,
        stage.state === 'ready' ? 0 : 1,
        expectBudget(
          `${stage.stage} timers`,
          stage.timersAfter === (stage.state === 'ready' ? 0 : 1),
          stage.timersAfter,
        ),
      ],
    ]),
  );
  if (result.timersAtEnd !== 0)
    failures.push(`timers left after the throttled-tab stages: ${result.timersAtEnd}`);
}

async function clickScenario(context, url) {
  const page = await openPage(context, url);
  const setup = await page.evaluate(() => window.bench.clickSetup());
  if (!setup.webLocks)
    failures.push('navigator.locks is missing in Chromium: the lock hop cannot be measured');
  const button = page.locator('[data-rcr-button]');
  const box = await button.boundingBox();
  // A person holds the button down for tens of milliseconds: the press takes the cross-tab lock ahead, so the click
  // can start the request in its own task. An instant synthetic click leaves the lock no time. (Without Web Locks a
  // claim reads its lease back after 50 ms before it sends; test/e2e/resendCrossTab.test.ts measures that path.)
  const variants = [
    { name: 'with Web Locks, pressed for 80 ms', webLocks: true, pressMs: 80, inTask: true },
    { name: 'with Web Locks, instant click', webLocks: true, pressMs: 0, inTask: false },
  ];
  const runs = [];
  for (const variant of variants) {
    const samples = [];
    for (let index = 0; index < clickIterations; index++) {
      const state = await page.evaluate((locks) => window.bench.clickPrepare(locks), variant.webLocks);
      if (state !== 'ready') failures.push(`click ${index}: the button was ${state}, not ready`);
      // Real input through the browser's input pipeline: a trusted click in its own task.
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { delay: variant.pressMs });
      samples.push(await page.evaluate(() => window.bench.clickCollect()));
    }
    runs.push([variant, samples]);
  }
  const lockHop = await page.evaluate(() => window.bench.lockHop(200));
  await page.close();

  const count = (samples, field) =>
    `${samples.filter((sample) => sample[field] === true).length}/${samples.length}`;
  const all = (samples, field) => samples.every((sample) => sample[field] === true);
  const delays = (samples) =>
    samples.map((sample) => sample.clickToRequestMs).filter((value) => value !== null);
  const rows = [];
  for (const [{ name, inTask }, samples] of runs) {
    const clickToRequest = delays(samples);
    const p95 = percentile(clickToRequest, 0.95);
    rows.push(
      [
        `${name}: claim taken synchronously in the click task`,
        count(samples, 'claimedInClickTask'),
        'all',
        expectBudget(
          `${name}: claim in the click task`,
          all(samples, 'claimedInClickTask'),
          count(samples, 'claimedInClickTask'),
        ),
      ],
      [
        `${name}: request started before the click's listeners ended`,
        count(samples, 'requestedBeforeClickListenersEnded'),
        '',
        '',
      ],
      [
        `${name}: request started in the click's task (before the next task)`,
        count(samples, 'requestedBeforeNextTask'),
        inTask ? 'all' : '',
        inTask
          ? expectBudget(
              `${name}: the request starts in the click task`,
              all(samples, 'requestedBeforeNextTask'),
              count(samples, 'requestedBeforeNextTask'),
            )
          : '',
      ],
      [
        `${name}: requests sent`,
        `${clickToRequest.length}/${samples.length}`,
        'all',
        expectBudget(
          `${name}: every click sends`,
          clickToRequest.length === samples.length,
          clickToRequest.length,
        ),
      ],
      [`${name}: click -> request, median`, ms(percentile(clickToRequest, 0.5)), '', ''],
      [`${name}: request started after the next frame`, count(samples, 'requestedAfterNextFrame'), '', ''],
      [
        `${name}: click -> request, p95`,
        ms(p95),
        `<= ${budgets.clickToRequestP95Ms} ms`,
        expectBudget(`${name}: click to request p95`, p95 <= budgets.clickToRequestP95Ms, ms(p95)),
      ],
    );
  }
  const frames = runs
    .flatMap(([, samples]) => samples)
    .map((sample) => sample.clickToNextFrameMs)
    .filter((value) => value !== null);
  rows.push(
    ['click -> next animation frame, median', ms(percentile(frames, 0.5)), '', ''],
    [`navigator.locks.request grant alone, median (n=${lockHop.samples})`, ms(lockHop.medianMs), '', ''],
    ['navigator.locks.request grant alone, p95', ms(lockHop.p95Ms), '', ''],
  );
  printTable(
    `Click to request: ${clickIterations} real clicks each, real Chromium, fake client at the seam`,
    rows,
  );
}

async function layoutScenario(context, url) {
  const page = await openPage(context, url);
  await page.setViewportSize({ width: 800, height: 600 });
  const setup = await page.evaluate(() => window.bench.layoutSetup());
  if (setup.state !== 'ready') failures.push(`layout: the button started ${setup.state}, not ready`);
  const box = await page.locator('[data-layout-bench] [data-rcr-button]').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { delay: 60 });
  // Shifts within 500 ms of an input count as expected (hadRecentInput); wait that out, so every later frame counts.
  await page.waitForTimeout(600);
  const result = await page.evaluate(() => window.bench.layoutRun(30));
  await page.close();
  const px = (value) => `${value.toFixed(2)} px`;
  const shiftCount = result.shiftsWithoutInput.length;
  printTable(
    'Layout: a centred sign-up step, ready -> a 30-second wait -> ready, one painted frame per second',
    [
      [
        'cooldown frames painted (first -> last)',
        `${result.cooldownFrames} (${JSON.stringify(result.firstCountdown)} -> ${JSON.stringify(result.lastCountdown)})`,
        '>= 30',
        expectBudget('cooldown frames', result.cooldownFrames >= 30, result.cooldownFrames),
      ],
      [
        'layout-shift entries without recent input',
        shiftCount,
        budgets.layoutShiftsWithoutInput,
        expectBudget(
          'layout shifts',
          shiftCount <= budgets.layoutShiftsWithoutInput,
          JSON.stringify(result.shiftsWithoutInput),
        ),
      ],
      ['layout-shift entries right after the click (hadRecentInput)', result.shiftsAfterInput, '', ''],
      [
        'button width, first to last cooldown frame (max - min)',
        px(result.cooldownWidthSpreadPx),
        `<= ${budgets.widthSpreadPx} px`,
        expectBudget(
          'width during the cooldown',
          result.cooldownWidthSpreadPx <= budgets.widthSpreadPx,
          px(result.cooldownWidthSpreadPx),
        ),
      ],
      [
        'button width, every frame: ready, wait, ready again (max - min)',
        px(result.allStatesWidthSpreadPx),
        `<= ${budgets.widthSpreadPx} px`,
        expectBudget(
          'width across states',
          result.allStatesWidthSpreadPx <= budgets.widthSpreadPx,
          px(result.allStatesWidthSpreadPx),
        ),
      ],
      ['button left edge, every frame (max - min)', px(result.leftSpreadPx), '', ''],
      [
        'state after the wait',
        result.finalState,
        'ready',
        expectBudget('ready after the wait', result.finalState === 'ready', result.finalState),
      ],
    ],
  );
}

const scenarios = {
  render: renderScenario,
  many: manyScenario,
  throttled: throttledScenario,
  click: clickScenario,
  layout: layoutScenario,
  compare: (context, url) => compareScenario(context, url, { openPage, printTable, failures }),
};
const chosen = process.argv.slice(2);
for (const name of chosen) {
  if (!(name in scenarios)) {
    console.error(`Unknown scenario ${name}; choose from ${Object.keys(scenarios).join(', ')}`);
    process.exit(2);
  }
}

const outdir = mkdtempSync(join(tmpdir(), 'rcr-bench-'));
let browser;
let server;
try {
  await bundlePage(outdir);
  server = await serve(outdir);
  const { port } = server.address();
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  const context = await browser.newContext();
  console.log(
    `Chromium ${browser.version()}, Node ${process.version}, React from ${require.resolve('react')}`,
  );
  for (const [name, run] of Object.entries(scenarios)) {
    if (chosen.length === 0 || chosen.includes(name)) await run(context, `http://127.0.0.1:${port}/`);
  }
} catch (error) {
  failures.push(`bench crashed: ${error instanceof Error ? error.stack : error}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(outdir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`\n${failures.length} budget(s) broken:`);
  for (const failure of failures) console.log(`- ${failure}`);
  process.exit(1);
}
console.log('\nEvery budget holds.');
