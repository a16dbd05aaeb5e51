// The side-by-side bench (`node bench/run.js compare`): ResendCodeButton against what apps write instead
// (bench/app/HandwrittenConfirmStep.tsx), both on amazon-cognito-identity-js, on the same page, in the same Chromium.
// The bench server stands in for Cognito at /cognito/<variant>: it counts each variant's requests and answers
// after a network-like delay. Every figure is printed side by side with the ratio (hand-written / ours).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildBundle, charset, peers } from './bundles.js';
import { percentile } from './percentile.js';

const variants = ['ours', 'handwritten'];
const cognitoLatencyMs = 150;
const requestCounts = { ours: 0, handwritten: 0 };
const rapidClicks = 20;
const interactionSamples = 20;
const waitSeconds = 60;
const awaySeconds = 30;

/** Answers the user pools' requests like Cognito's ResendConfirmationCode; true when the request was one. */
export function handleCognitoRequest(request, response, path) {
  const variant = path.startsWith('/cognito/') ? path.slice('/cognito/'.length) : null;
  if (variant === null || !(variant in requestCounts)) return false;
  requestCounts[variant]++;
  request.resume();
  setTimeout(() => {
    response.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1' });
    response.end(
      JSON.stringify({
        CodeDeliveryDetails: {
          AttributeName: 'email',
          DeliveryMedium: 'EMAIL',
          Destination: 'j***@e***.com',
        },
      }),
    );
  }, cognitoLatencyMs);
  return true;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function center(page) {
  const box = await page.locator('[data-compare] button').boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function freshPage(openPage, context, url, variant, virtualClock) {
  const page = await openPage(context, url);
  await page.evaluate(() => window.bench.compareForget());
  await page.evaluate(
    ([name, seconds, virtual]) =>
      window.bench.compareMount(name, { waitSeconds: seconds, virtualClock: virtual }),
    [variant, waitSeconds, virtualClock],
  );
  return page;
}

/** Requests that reached the server while `action` ran, and a moment after (every answer in). */
async function requestsDuring(variant, action) {
  const before = requestCounts[variant];
  await action();
  await sleep(cognitoLatencyMs * 4);
  return requestCounts[variant] - before;
}

async function measureVariant(variant, { openPage, context, url }) {
  let page = await freshPage(openPage, context, url, variant, true);
  const renders = await page.evaluate((seconds) => window.bench.compareRenders(seconds), waitSeconds);
  await page.close();

  page = await freshPage(openPage, context, url, variant, true);
  const throttled = await page.evaluate(
    ([seconds, away]) => window.bench.compareThrottled(seconds, away),
    [waitSeconds, awaySeconds],
  );
  await page.close();

  // A person (or an impatient one) clicking 20 times as fast as the mouse goes, then a reload.
  page = await freshPage(openPage, context, url, variant, false);
  const point = await center(page);
  const rapidRequests = await requestsDuring(variant, async () => {
    for (let click = 0; click < rapidClicks; click++) await page.mouse.click(point.x, point.y);
  });
  await page.reload();
  await page.waitForFunction(() => document.title === 'ready');
  const afterReload = await page.evaluate(
    ([name, seconds]) => window.bench.compareMount(name, { waitSeconds: seconds, virtualClock: false }),
    [variant, waitSeconds],
  );
  await page.close();

  // Two tabs of the same browser, clicked at the same moment.
  const tabs = [await freshPage(openPage, context, url, variant, false), await openPage(context, url)];
  await tabs[1].evaluate(
    ([name, seconds]) => window.bench.compareMount(name, { waitSeconds: seconds, virtualClock: false }),
    [variant, waitSeconds],
  );
  const points = await Promise.all(tabs.map(center));
  const twoTabRequests = await requestsDuring(variant, () =>
    Promise.all(tabs.map((tab, index) => tab.mouse.click(points[index].x, points[index].y))),
  );
  for (const tab of tabs) await tab.close();

  // Interaction to next paint of a click on a ready button (Event Timing), a fresh mount each time.
  page = await openPage(context, url);
  await page.evaluate(() => window.bench.compareObserveInteractions());
  const interactions = [];
  for (let sample = 0; sample < interactionSamples; sample++) {
    await page.evaluate(() => window.bench.compareForget());
    await page.evaluate(
      ([name, seconds]) => window.bench.compareMount(name, { waitSeconds: seconds, virtualClock: false }),
      [variant, waitSeconds],
    );
    const target = await center(page);
    await page.mouse.click(target.x, target.y, { delay: 40 });
    await sleep(cognitoLatencyMs * 2);
    const durations = await page.evaluate(() => window.bench.compareTakeInteractions());
    interactions.push(Math.max(0, ...durations));
  }
  await page.close();

  return { renders, throttled, rapidRequests, afterReload, twoTabRequests, interactions };
}

async function gzipBytes(variant) {
  if (variant === 'ours') {
    const { code } = await buildBundle(
      { imports: { index: ['ResendCodeButton', 'createCognitoResendClient'] }, external: peers },
      'src',
    );
    return gzipSync(code, { level: 9 }).length;
  }
  const result = await build({
    entryPoints: [new URL('./app/HandwrittenConfirmStep.tsx', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    charset,
    jsx: 'automatic',
    external: peers,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

function ratio(handwritten, ours) {
  if (ours === handwritten) return '1x';
  if (ours === 0) return 'n/a (ours 0)';
  return `${Number((handwritten / ours).toPrecision(2))}x`;
}

function printColumns(title, header, rows) {
  const cells = [header, ...rows.map((row) => row.map((cell) => String(cell ?? '')))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

const ms = (value) => (value > 0 ? `${value.toFixed(0)} ms` : '< 16 ms');

/** Measures both buttons and prints the table; a broken promise of ours goes to `failures`. */
export async function compareScenario(context, url, { openPage, failures }) {
  const results = {};
  for (const variant of variants) {
    results[variant] = await measureVariant(variant, { openPage, context, url });
    results[variant].gzipBytes = await gzipBytes(variant);
  }
  const { ours, handwritten } = results;
  const error = ({ shownOnReturn, trueSeconds }) => Math.abs((shownOnReturn ?? 0) - trueSeconds);
  const shown = ({ shownOnReturn, trueSeconds }) => `${shownOnReturn ?? 'none'} (true: ${trueSeconds})`;
  const numeric = (label, pick) => [
    label,
    pick(ours),
    pick(handwritten),
    ratio(pick(handwritten), pick(ours)),
  ];
  const inp = (variant, share) => percentile(results[variant].interactions, share);
  printColumns(
    `Side by side: ResendCodeButton vs the hand-written button (useState + setInterval, disabled while counting, resendConfirmationCode), Cognito answering after ${cognitoLatencyMs} ms`,
    ['measure', 'ResendCodeButton', 'hand-written', 'ratio (hand-written / ours)'],
    [
      numeric(`parent re-renders during a ${waitSeconds} s wait`, (result) => result.renders.parentRenders),
      numeric(`button commits during a ${waitSeconds} s wait`, (result) => result.renders.buttonCommits),
      numeric(
        'timers pending while waiting (max; ours: the wait and a one-shot announcement)',
        (result) => result.renders.maxTimersWhileWaiting,
      ),
      numeric('timers once ready', (result) => result.renders.timersOnceReady),
      numeric(`requests after ${rapidClicks} rapid clicks`, (result) => result.rapidRequests),
      numeric('requests from two tabs clicking together', (result) => result.twoTabRequests),
      [
        `seconds shown when a tab throttled for ${awaySeconds} s comes back`,
        shown(ours.throttled),
        shown(handwritten.throttled),
        `off by ${error(ours.throttled)} s vs ${error(handwritten.throttled)} s`,
      ],
      [
        'a reload keeps the wait',
        ours.afterReload.waiting ? `yes (${ours.afterReload.seconds} s)` : 'no',
        handwritten.afterReload.waiting ? `yes (${handwritten.afterReload.seconds} s)` : 'no',
        '',
      ],
      [
        `interaction to next paint of a click, median (n=${interactionSamples})`,
        ms(inp('ours', 0.5)),
        ms(inp('handwritten', 0.5)),
        ratio(inp('handwritten', 0.5), inp('ours', 0.5)),
      ],
      [
        'interaction to next paint of a click, p95',
        ms(inp('ours', 0.95)),
        ms(inp('handwritten', 0.95)),
        ratio(inp('handwritten', 0.95), inp('ours', 0.95)),
      ],
      numeric(
        'gzip bytes (minified; React and amazon-cognito-identity-js left out)',
        (result) => result.gzipBytes,
      ),
    ],
  );
  // What ours promises; the hand-written button's figures are only reported.
  if (ours.renders.parentRenders !== 0)
    failures.push(`compare: parent re-renders ${ours.renders.parentRenders}`);
  if (ours.rapidRequests !== 1)
    failures.push(`compare: ${ours.rapidRequests} requests after ${rapidClicks} clicks`);
  if (ours.twoTabRequests !== 1) failures.push(`compare: ${ours.twoTabRequests} requests from two tabs`);
  if (error(ours.throttled) !== 0) failures.push(`compare: throttled tab shows ${shown(ours.throttled)}`);
  if (!ours.afterReload.waiting) failures.push('compare: a reload lost the wait');
  return results;
}
