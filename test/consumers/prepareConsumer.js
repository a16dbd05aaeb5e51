// Gets a consumer project (test/consumers/<name>) ready the way a user's project would be: its own dependencies from
// its own lockfile, this package installed from the tarball `npm pack` makes of the current build, and the files the
// README shows written from the README itself. It runs in a copy outside the repository, so that nothing resolves
// from the repository's own node_modules (as Node would, walking up the folders). Used by each consumer's run script.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const consumersDir = import.meta.dirname;
const packDir = join(root, 'node_modules', '.cache', 'rcr-consumers');
// Kept between runs: its node_modules is the install cache.
const workspacesDir = join(tmpdir(), 'react-cognito-resend-consumers');
// What a run makes, never copied from the repository.
const generated = new Set(['node_modules', '.next', 'readme']);

/**
 * Where `npm test` (tools/test.js) reads a step's test counts (`numPassedTests`, `numFailedTests`, as Jest's and
 * Vitest's JSON reports have them) for its final "N passed, N failed" line.
 */
export function testReportFile(stepName) {
  const directory = join(root, 'node_modules', '.cache', 'rcr-test-reports');
  mkdirSync(directory, { recursive: true });
  return join(directory, `${stepName}.json`);
}

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

/** What `npm pack` packs (package.json, README.md, dist/, src/), fingerprinted by names, sizes and modification times. */
function packedFilesFingerprint() {
  const hash = createHash('sha256');
  for (const base of ['package.json', 'README.md', 'dist', 'src']) {
    const files = statSync(join(root, base)).isDirectory()
      ? readdirSync(join(root, base), { recursive: true }).map((file) => join(base, file))
      : [base];
    for (const file of files.sort()) {
      const stats = statSync(join(root, file));
      if (stats.isFile()) hash.update(`${file} ${stats.size} ${stats.mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

// The tarball in `directory`, if one is there.
function tarballIn(directory) {
  const packed = existsSync(directory) && readdirSync(directory).find((file) => file.endsWith('.tgz'));
  return packed ? join(directory, packed) : null;
}

/**
 * Packs the current build (`dist`, run after `vite build`) as npm would publish it, once per build: the consumers of
 * one `npm test` share the tarball. They run side by side, so each packs into a folder of its own and moves it into
 * place; when another got there first, its tarball is the same. Returns its path.
 */
function packPackage(fingerprint) {
  const destination = join(packDir, fingerprint);
  const packed = tarballIn(destination);
  if (packed) return packed;
  mkdirSync(packDir, { recursive: true });
  // Earlier builds' tarballs go; a folder another consumer is packing into right now is this build's, and stays.
  for (const entry of readdirSync(packDir)) {
    if (!entry.startsWith(fingerprint)) rmSync(join(packDir, entry), { recursive: true, force: true });
  }
  const staging = join(packDir, `${fingerprint}.${process.pid}`);
  mkdirSync(staging, { recursive: true });
  const result = spawnSync('npm', ['pack', '--json', '--pack-destination', staging], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  try {
    renameSync(staging, destination);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  const tarball = tarballIn(destination);
  if (tarball === null) throw new Error(`npm pack left no tarball in ${destination}.`);
  return tarball;
}

/** Installs the tarball into the consumer as a user would, unless this very build is installed there already. */
function installPackage(directory, tarball, fingerprint) {
  const marker = join(directory, 'node_modules', '.rcr-package-from');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint) {
    console.log('  react-cognito-resend: this build is installed already');
    return;
  }
  // `--no-save`: the consumer's own lockfile stays what its install cache is keyed by.
  timed('npm install <tarball>', () =>
    runOrThrow('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], directory),
  );
  writeFileSync(marker, fingerprint);
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
 * Installs the dependencies of the copy of test/consumers/<name> (cached by lockfile), with no build needed: what
 * `npm test` starts early, while the other steps run, since on a fresh machine the install mostly waits on the
 * registry (test/consumers/installConsumerDependencies.js).
 */
export function installConsumerDependencies(name) {
  installDependencies(syncWorkspace(name));
}

/**
 * Prepares a copy of test/consumers/<name> outside the repository: README files, dependencies (cached by lockfile),
 * and the packed package installed with `npm install <tarball>` as a user would. Returns the copy's folder.
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
  const fingerprint = packedFilesFingerprint();
  const tarball = timed('npm pack', () => packPackage(fingerprint));
  installPackage(directory, tarball, fingerprint);
  return directory;
}
