#!/usr/bin/env node
// `npm test`: every check, cheapest first, stopping at the first failure. It ends with one line
// "N passed, N failed" summed over every Vitest run. `npm test -- unit e2e` runs only the named steps.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

const steps = [
  run('lint', 'npx', 'biome', 'check', '.'),
  // No source file in src over 300 lines, no function over 100 (Biome has no such rule).
  run('lengths', 'node', 'bench/checkSourceLengths.js'),
  run('typecheck', 'npx', 'tsc', '-p', 'tsconfig.json', '--noEmit'),
  vitest('unit'),
  // React 18.3 lives in its own folder: npm cannot install it next to React 19 in the root. The step installs it
  // when it is missing, so `npm test -- react18` works on a fresh checkout too.
  {
    ...vitest('react18'),
    setup: () =>
      existsSync('tools/react18/node_modules/react')
        ? null
        : run('install React 18.3', 'npm', 'ci', '--prefix', 'tools/react18', '--no-audit', '--no-fund'),
  },
  vitest('integration'),
  vitest('e2e'),
  vitest('storybook'),
  run('storybook-build', 'npx', 'storybook', 'build', '--quiet', '-o', 'storybook-static'),
  run('build', 'npx', 'vite', 'build'),
  run('publint', 'npx', 'publint', '--strict'),
  // The default profile: every resolution mode (node10, node16 from CommonJS and from ESM, bundler) must be green.
  run('attw', 'npx', 'attw', '--pack', '--exclude-entrypoints', 'styles.css'),
  run('bundles', 'node', 'bench/checkBundles.js'),
  run('size', 'npx', 'size-limit'),
  run('bench', 'npm', 'run', 'bench'),
  // Projects as users have them, installing the packed package (test/consumers/). Their installs are cached by
  // lockfile outside the repository; a step builds dist first when it is missing (`npm test -- consumer-jest`).
  { ...run('consumer-jest', 'node', 'test/consumers/runJestConsumer.js'), setup: buildWhenMissing },
  { ...run('consumer-vitest', 'node', 'test/consumers/runVitestConsumer.js'), setup: buildWhenMissing },
  { ...run('consumer-next', 'node', 'test/consumers/runNextConsumer.js'), setup: buildWhenMissing },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const startedAll = Date.now();
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const startedAt = Date.now();
  // A step's setup (if it needs one now) runs first, under the step's name.
  let result;
  for (const part of [step.setup?.(), step].filter(Boolean)) {
    const label = part === step ? step.name : `${step.name} (${part.name})`;
    console.log(`\n▶ ${label}: ${part.command} ${part.args.join(' ')}`);
    result = spawnSync(part.command, part.args, { stdio: 'inherit', env: process.env });
    if (result.status !== 0) break;
  }
  const report = join(reportDir, `${step.name}.json`);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`◀ ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  if (result.status !== 0) {
    console.log(`\n${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nall steps ok in ${((Date.now() - startedAll) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
