// Gets a consumer project (test/consumers/<name>) ready the way a user's project would be: its own dependencies from
// its own lockfile, this package installed from the tarball `npm pack` makes of the current build, and the files the
// README shows written from the README itself. It runs in a copy outside the repository, so that nothing resolves
// from the repository's own node_modules (as Node would, walking up the folders). Used by each consumer's run script.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const consumersDir = import.meta.dirname;
const packDir = join(root, 'node_modules', '.cache', 'rcr-consumers');
// Kept between runs: its node_modules is the install cache.
const workspacesDir = join(tmpdir(), 'react-cognito-resend-consumers');
// What a run makes, never copied from the repository.
const generated = new Set(['node_modules', '.next', 'readme']);

/** Runs a command, inheriting the output; throws when it fails. */
export function runOrThrow(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
  }
}

/** Measures `work`, printing how long it took under `label`. */
export function timed(label, work) {
  const startedAt = Date.now();
  const result = work();
  console.log(`  ${label}: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return result;
}

// A code block preceded by `<!-- consumer: <path> [<path> ...] -->`: paths relative to test/consumers.
const consumerBlock = /<!-- consumer: (?<paths>[^>]+?) -->\s*```\w*\n(?<code>[\s\S]*?)```/g;

/** Writes every README block marked for this consumer into its workspace; returns the paths written. */
function writeReadmeFiles(name, workspace) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const written = [];
  for (const match of readme.matchAll(consumerBlock)) {
    for (const path of match.groups.paths.split(/\s+/)) {
      if (!path.startsWith(`${name}/`)) continue;
      const file = join(workspace, path.slice(name.length + 1));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, match.groups.code);
      written.push(path);
    }
  }
  return written;
}

/**
 * Installs the consumer's own dependencies with `npm ci`, unless node_modules was installed from this very lockfile
 * (and Node version) already: the warm path of `npm test` skips the install.
 */
function installDependencies(directory) {
  const lock = readFileSync(join(directory, 'package-lock.json'));
  const fingerprint = createHash('sha256').update(lock).update(process.version).digest('hex');
  const marker = join(directory, 'node_modules', '.rcr-installed-from');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint) {
    console.log('  dependencies: node_modules matches package-lock.json, install skipped');
    return;
  }
  timed('npm ci', () => runOrThrow('npm', ['ci', '--no-audit', '--no-fund'], directory));
  writeFileSync(marker, fingerprint);
}

/** Packs the current build (`dist`, run after `vite build`) as npm would publish it; returns the tarball's path. */
function packPackage() {
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const result = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [{ filename }] = JSON.parse(result.stdout);
  return join(packDir, filename);
}

/** Makes the workspace a copy of test/consumers/<name>, keeping only its caches from the last run. */
function syncWorkspace(name) {
  const workspace = join(workspacesDir, name);
  mkdirSync(workspace, { recursive: true });
  // node_modules is the install cache; Next.js' build cache (.next/cache) makes the next build faster.
  for (const entry of readdirSync(workspace)) {
    if (entry !== 'node_modules' && entry !== '.next')
      rmSync(join(workspace, entry), { recursive: true, force: true });
  }
  const source = join(consumersDir, name);
  for (const entry of readdirSync(source)) {
    if (!generated.has(entry)) cpSync(join(source, entry), join(workspace, entry), { recursive: true });
  }
  return workspace;
}

/**
 * Prepares a copy of test/consumers/<name> outside the repository: README files, dependencies (cached by lockfile),
 * and the packed package installed with `npm install <tarball>` as a user would (`--no-save`, so the consumer's
 * lockfile stays the cache key). Returns the copy's folder.
 */
export function prepareConsumer(name) {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npx vite build` first.');
  }
  const directory = syncWorkspace(name);
  console.log(`  workspace: ${directory}`);
  const written = writeReadmeFiles(name, directory);
  console.log(`  from the README: ${written.length === 0 ? 'nothing' : written.join(', ')}`);
  installDependencies(directory);
  const tarball = timed('npm pack', packPackage);
  timed('npm install <tarball>', () =>
    runOrThrow('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], directory),
  );
  return directory;
}
