#!/usr/bin/env node
// `npm test`: every check, cheapest first, stopping at the first failure. It ends with one line
// "N passed, N failed" summed over every Vitest run. `npm test -- unit e2e` runs only the named steps, and
// `npm test -- e2e-firefox bench` only the named parts of a step.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reportDir = join('node_modules', '.cache', 'rcr-test-reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const run = (name, command, ...args) => ({ name, command, args });
const vitest = (name) =>
  run(
    name,
    'npx',
    'vitest',
    'run',
    '--project',
    name,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reportDir, `${name}.json`)}`,
  );

const buildWhenMissing = () => (existsSync('dist/index.cjs') ? null : run('build', 'npx', 'vite', 'build'));

/** The browser engines the e2e step runs in, one after the other (vitest.e2e.shared.ts). */
const engines = ['chromium', 'firefox', 'webkit'];

const steps = [
  // The three browsers, from Debian's packages: installed when missing (as root), else a stop with the command.
  run('browsers', 'node', 'tools/ensureBrowsers.js'),
  run('lint', 'npx', 'biome', 'check', '.'),
  // No source file in src over 300 lines, no function over 100 (Biome has no such rule).
  run('lengths', 'node', 'bench/checkSourceLengths.js'),
  run('typecheck', 'npx', 'tsc', '-p', 'tsconfig.json', '--noEmit'),
  vitest('unit'),
  // The React tests on React 18.3, and the wire tests against the local Cognito server, side by side: the wire tests
  // keep about one core busy, and together the two take 31 s where one after the other took 47 s.
  // React 18.3 lives in its own folder: npm cannot install it next to React 19 in the root. The step installs it
  // when it is missing, so `npm test -- react18` works on a fresh checkout too.
  {
    name: 'react18-and-integration',
    setup: () =>
      existsSync('tools/react18/node_modules/react')
        ? null
        : run('install React 18.3', 'npm', 'ci', '--prefix', 'tools/react18', '--no-audit', '--no-fund'),
    sideBySide: true,
    parts: [vitest('react18'), vitest('integration')],
  },
  // One engine after the other: side by side on 2 cores they slowed each other down several times over, past the
  // tests' waits. A line per engine at the end.
  { name: 'e2e', parts: engines.map((engine) => vitest(`e2e-${engine}`)) },
  // Side by side: each keeps about one core busy with a Chromium of its own, and they share nothing, so together
  // they take the time of the longer one (about a minute) instead of two.
  {
    name: 'storybook-and-bench',
    sideBySide: true,
    parts: [vitest('storybook'), run('bench', 'npm', 'run', 'bench')],
  },
  run('storybook-build', 'npx', 'storybook', 'build', '--quiet', '-o', 'storybook-static'),
  run('build', 'npx', 'vite', 'build'),
  run('publint', 'npx', 'publint', '--strict'),
  // The default profile: every resolution mode (node10, node16 from CommonJS and from ESM, bundler) must be green.
  run('attw', 'npx', 'attw', '--pack', '--exclude-entrypoints', 'styles.css'),
  run('bundles', 'node', 'bench/checkBundles.js'),
  run('size', 'npx', 'size-limit'),
  // Projects as users have them, installing the packed package (test/consumers/). Their installs are cached by
  // lockfile outside the repository; a step builds dist first when it is missing (`npm test -- consumers`).
  // On a fresh machine their own installs mostly wait on the registry, about 30 s: they start with `npm test`
  // (headStart), alongside the first steps, and the three projects then run side by side.
  {
    name: 'consumers',
    headStart: ['jest', 'vitest', 'next'].map((name) =>
      run(
        `install the ${name} consumer's dependencies`,
        'node',
        'test/consumers/installConsumerDependencies.js',
        name,
      ),
    ),
    setup: buildWhenMissing,
    sideBySide: true,
    parts: [
      run('consumer-jest', 'node', 'test/consumers/runJestConsumer.js'),
      run('consumer-vitest', 'node', 'test/consumers/runVitestConsumer.js'),
      run('consumer-next', 'node', 'test/consumers/runNextConsumer.js'),
    ],
  },
];

/** Runs a command with the terminal as its output, or into `logFile` when given; resolves to its exit status. */
function runCommand({ command, args }, logFile) {
  return new Promise((resolve) => {
    const log = logFile ? createWriteStream(logFile) : null;
    const child = spawn(command, args, {
      stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: process.env,
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    child.on('close', (status) => {
      if (log) log.end(() => resolve(status ?? 1));
      else resolve(status ?? 1);
    });
  });
}

/**
 * What a Vitest run's JSON report says: its counts, and (for a browser engine) the tests it left out with the reason,
 * from the not-run list test/e2e/engines/leaveOut.ts writes, each line once.
 */
function readReport(name) {
  const report = join(reportDir, `${name}.json`);
  if (!existsSync(report)) return null;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const notRunFile = join(reportDir, `${name}.not-run.txt`);
  const notRun = existsSync(notRunFile)
    ? [...new Set(readFileSync(notRunFile, 'utf8').split('\n').filter(Boolean))]
    : [];
  return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0, notRun };
}

// Runs each part and returns the exit statuses in order: side by side, each into its own log printed whole when it
// ends; or one after the other, stopping at the first failure.
async function runPartsOf(step) {
  if (!step.sideBySide) {
    const statuses = [];
    for (const part of step.parts) {
      if (statuses.some((status) => status !== 0)) break;
      console.log(`\n▶ ${part.name}: ${part.command} ${part.args.join(' ')}`);
      statuses.push(await runCommand(part));
    }
    return statuses;
  }
  return Promise.all(
    step.parts.map(async (part) => {
      const logFile = join(reportDir, `${part.name}.log`);
      console.log(`▶ ${part.name}: ${part.command} ${part.args.join(' ')}`);
      const status = await runCommand(part, logFile);
      console.log(
        `\n──── ${part.name} (${status === 0 ? 'ok' : 'FAILED'}) ────\n${readFileSync(logFile, 'utf8')}`,
      );
      return status;
    }),
  );
}

// A step of several parts; then a line each, with the tests the part did not run.
async function runParts(step) {
  const statuses = await runPartsOf(step);
  for (const [index, part] of step.parts.entries()) {
    if (statuses[index] === undefined) continue;
    const report = readReport(part.name);
    const counts = report ? `${report.passed} passed, ${report.failed} failed` : '';
    console.log(
      `${part.name.replace('-', ' ')}: ${statuses[index] === 0 ? 'ok' : 'FAILED'} ${counts}`.trim(),
    );
    for (const title of report?.notRun ?? []) console.log(`  not run: ${title}`);
  }
  return statuses.find((status) => status !== 0) ?? 0;
}

/**
 * Starts a step's head start (work it needs that can run early, alongside the steps before it), each part into its
 * own log; returns a promise of its parts' exit statuses.
 */
function startHeadStart(step) {
  return Promise.all(
    step.headStart.map((part, index) =>
      runCommand(part, join(reportDir, `${step.name}-head-start-${index}.log`)),
    ),
  );
}

async function runStep(step) {
  // What its head start did, when it had one: a failed part is done again, and reported, by the step itself.
  if (step.headStarted) {
    const statuses = await step.headStarted;
    for (const [index, part] of step.headStart.entries()) {
      console.log(
        `\n▷ ${step.name}, started early: ${part.name}: ${statuses[index] === 0 ? 'ok' : 'FAILED'}`,
      );
    }
  }
  // A step's setup (if it needs one now) runs first, under the step's name.
  const setup = step.setup?.();
  if (setup) {
    console.log(`\n▶ ${step.name} (${setup.name}): ${setup.command} ${setup.args.join(' ')}`);
    const status = await runCommand(setup);
    if (status !== 0) return status;
  }
  if (step.parts) return runParts(step);
  console.log(`\n▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
  return runCommand(step);
}

const only = process.argv.slice(2);
const known = steps.flatMap((step) => [step.name, ...(step.parts ?? []).map((part) => part.name)]);
const unknown = only.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`No step or part named ${unknown.join(', ')}. Steps and parts: ${known.join(', ')}.`);
  process.exit(2);
}

/** The step as `npm test -- <names>` asks for it: whole when it is named, else only its parts that are, else none. */
function selected(step) {
  if (only.length === 0 || only.includes(step.name)) return step;
  const parts = step.parts?.filter((part) => only.includes(part.name)) ?? [];
  return parts.length > 0 ? { ...step, parts } : null;
}

const selectedSteps = steps.map(selected).filter((step) => step !== null);
for (const step of selectedSteps) {
  if (step.headStart) step.headStarted = startHeadStart(step);
}

let passed = 0;
let failed = 0;
const startedAll = Date.now();
for (const step of selectedSteps) {
  const startedAt = Date.now();
  const status = await runStep(step);
  for (const name of step.parts ? step.parts.map((part) => part.name) : [step.name]) {
    const report = readReport(name);
    passed += report?.passed ?? 0;
    failed += report?.failed ?? 0;
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`◀ ${step.name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  if (status !== 0) {
    console.log(`\n${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(status);
  }
}
console.log(`\nall steps ok in ${((Date.now() - startedAll) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
