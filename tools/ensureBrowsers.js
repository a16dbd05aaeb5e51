#!/usr/bin/env node
// The browsers the tests run in, from Debian's packages (no test tool downloads a browser here). Missing ones are
// installed with apt-get when this runs as root; otherwise it stops at once with the command to run. `npm test`
// and .ci/run both start with it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each engine's programs, and the Debian package that brings each. */
const browserPrograms = [
  { engine: 'chromium', path: '/usr/bin/chromium', debianPackage: 'chromium' },
  { engine: 'firefox', path: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
  // WebKitGTK's WebDriver server; it brings libwebkit2gtk-4.1-0, whose MiniBrowser is the browser it drives.
  { engine: 'webkit', path: '/usr/bin/WebKitWebDriver', debianPackage: 'webkit2gtk-driver' },
  {
    engine: 'webkit',
    path: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    debianPackage: 'webkit2gtk-driver',
  },
  // MiniBrowser draws into an X display even when nobody looks; the tests start a virtual one.
  { engine: 'webkit', path: '/usr/bin/Xvfb', debianPackage: 'xvfb' },
];

function missingPackages() {
  const missing = browserPrograms.filter((program) => !existsSync(program.path));
  return [...new Set(missing.map((program) => program.debianPackage))];
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const packages = missingPackages();
if (packages.length > 0) {
  const command = `apt-get install -y ${packages.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`The browser tests need Debian packages that are missing: ${packages.join(', ')}.`);
    console.error(`Install them, then run the tests again:\n\n  sudo apt-get update && sudo ${command}\n`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
  if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', ...packages])) {
    console.error(
      `Installing failed. Run it yourself, then the tests again:\n\n  apt-get update && ${command}\n`,
    );
    process.exit(1);
  }
  const stillMissing = missingPackages();
  if (stillMissing.length > 0) {
    console.error(`Still missing after the install: ${stillMissing.join(', ')}.`);
    process.exit(1);
  }
}
const versions = [
  ['chromium', ['--version']],
  ['firefox-esr', ['--version']],
];
for (const [program, args] of versions) {
  const result = spawnSync(program, args, { encoding: 'utf8' });
  console.log((result.stdout ?? '').trim() || `${program}: no version`);
}
// biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own placeholder, not a template.
const webkit = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'webkit2gtk-driver'], { encoding: 'utf8' });
console.log(`WebKitGTK WebDriver ${webkit.stdout?.trim() || '(version unknown)'}`);
