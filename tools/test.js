#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest, stopping at the first failure. Ends with one line
// "N passed, N failed" summed over every Vitest run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reportDir = join('node_modules', '.cache', 'rcr-test-reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const vitest = (name, args) => ({
  name,
  command: 'npx',
  args: [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reportDir, `${name}.json`)}`,
  ],
});

const steps = [
  { name: 'lint', command: 'npx', args: ['biome', 'check', '.'] },
  { name: 'typecheck', command: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  vitest('unit', ['--project', 'unit']),
  vitest('integration', ['--project', 'integration']),
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const startedAt = Date.now();
  console.log(`\n▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const run = spawnSync(step.command, step.args, { stdio: 'inherit', env: process.env });
  const report = join(reportDir, `${step.name}.json`);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
  }
  console.log(
    `◀ ${step.name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  if (run.status !== 0) {
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(run.status ?? 1);
  }
}
console.log(`${passed} passed, ${failed} failed`);
