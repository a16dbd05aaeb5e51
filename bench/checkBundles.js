#!/usr/bin/env node
// Checks the built package (`dist`, run after `npm run build`) the way an app meets it:
// - package.json `exports` and `dist` match exactly (`import` and `require`, each with its own types first),
//   styles.css a copy of the source;
// - every file holding React code starts with 'use client' (Next.js App Router), and no other file does;
// - every JS file has its source map;
// - an app importing only the hook bundles no component code, not even a component file's module-level work;
// - an app on the fetch client bundles no amazon-cognito-identity-js;
// - only the Amplify and AWS SDK v3 entries import those optional peers, and the main entry bundles neither;
// - a locale entry imports nothing but the shared i18n helper (which `npm run size` counts with the button).
// Exits non-zero on the first broken rule set, after printing every failure.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildBundle, bundles, peers, reactPeers } from './bundles.js';
import { codeBySource } from './codeBySource.js';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const failures = [];
const passes = [];

function check(rule, ok, detail = '') {
  (ok ? passes : failures).push(detail ? `${rule}: ${detail}` : rule);
}

if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const distFiles = readdirSync(dist, { recursive: true })
  .map((name) => join(dist, name))
  .filter((path) => statSync(path).isFile())
  .map((path) => relative(root, path));
// ES modules (`.js`) and their CommonJS twins (`.cjs`).
const jsFiles = distFiles.filter((path) => /\.c?js$/.test(path));

// 1. exports <-> dist
const exportedTargets = new Set();
for (const [subpath, target] of Object.entries(packageJson.exports)) {
  if (typeof target === 'string') {
    exportedTargets.add(target.replace(/^\.\//, ''));
    check(`export ${subpath} exists`, existsSync(join(root, target)), target);
    continue;
  }
  // `import` and `require`, each with its own types: `.d.ts` beside `.js`, `.d.cts` beside `.cjs`.
  const formats = Object.keys(target);
  check(`export ${subpath} has import and require`, formats.join() === 'import,require', formats.join(', '));
  for (const [format, files] of Object.entries(target)) {
    const conditions = Object.keys(files);
    check(`export ${subpath} ${format} lists types first`, conditions[0] === 'types', conditions.join(', '));
    const extension = format === 'require' ? 'cjs' : 'js';
    check(
      `export ${subpath} ${format} names .${extension} files`,
      files.default?.endsWith(`.${extension}`) &&
        files.types?.endsWith(`.d.${extension.replace('js', 'ts')}`),
      `${files.types}, ${files.default}`,
    );
    for (const [condition, path] of Object.entries(files)) {
      exportedTargets.add(path.replace(/^\.\//, ''));
      check(`export ${subpath} ${format} ${condition} exists`, existsSync(join(root, path)), path);
    }
  }
}
const entryFiles = jsFiles.filter((path) => !path.startsWith('dist/chunks/'));
for (const path of entryFiles) {
  check('every dist entry is exported', exportedTargets.has(path), path);
}
check(
  'styles.css is the source stylesheet',
  existsSync(join(dist, 'styles.css')) &&
    readFileSync(join(dist, 'styles.css'), 'utf8') ===
      readFileSync(join(root, 'src/components/styles.css'), 'utf8'),
);
check(
  'sideEffects names only CSS',
  JSON.stringify(packageJson.sideEffects) === JSON.stringify(['**/*.css']),
  JSON.stringify(packageJson.sideEffects),
);

// 2. 'use client' exactly where React code is
const clientDirective = /^(['"])use client\1;/;
for (const path of jsFiles) {
  const text = readFileSync(join(root, path), 'utf8');
  const holdsReact = /(from\s*|require\()["']react(\/jsx-runtime)?["']/.test(text);
  check(
    holdsReact ? "React code starts with 'use client'" : "code without React has no 'use client'",
    clientDirective.test(text) === holdsReact,
    path,
  );
}
for (const main of ['index.js', 'index.cjs']) {
  check(
    "the main entry (hook and button) starts with 'use client'",
    clientDirective.test(readFileSync(join(dist, main), 'utf8')),
    main,
  );
}

// 3. source maps
for (const path of jsFiles) {
  const text = readFileSync(join(root, path), 'utf8');
  // A file of nothing but import and export statements has no code to map.
  const onlyModuleSyntax = text
    .replace(/\/\/.*$/gm, '')
    .split(';')
    .every((statement) =>
      // ES module syntax, or its CommonJS form: the directive, `require` bindings and `exports` assignments.
      /^\s*((import|export)\b[\s\S]*|"use strict"|Object\.defineProperty\(exports,[^;]*|const \w+ = require\([^;]*\)|exports\.\w+ = [\w.]+)?$/.test(
        statement,
      ),
    );
  const mapped = text.includes(`//# sourceMappingURL=`) && existsSync(join(root, `${path}.map`));
  check('every JS file has a source map', mapped || onlyModuleSyntax, path);
}

// 4. what an app's bundle pulls in (bundled as size-limit does, minified, peers external)
async function bundle(spec) {
  const { text, metafile } = await buildBundle(spec);
  return { text, inputs: Object.keys(metafile.inputs) };
}

// Strings only the button and Slot hold (React's import names stay in an external import even when unused).
const componentMarkers = ['data-rcr-button', 'data-rcr-status', 'aria-live', 'data-part', 'rect(0 0 0 0)'];

const hookOnly = await bundle(bundles.hook);
check('the hook-only bundle has the hook', hookOnly.text.includes('useSyncExternalStore'));
for (const marker of componentMarkers) {
  check('importing only the hook pulls in no component code', !hookOnly.text.includes(marker), marker);
}

const withButton = await bundle({ imports: { index: ['ResendCodeButton'] }, external: peers });
check(
  'the markers are real: the button bundle has them',
  componentMarkers.every((marker) => withButton.text.includes(marker)),
);

// Module-level work in a component file (a list built at load time with `split`, a call not marked pure) survives
// tree-shaking: the hook and the button share dist/index.js, so every app importing only the hook would carry and
// run it. Traced through dist's source maps back to the source files that code came from.
const componentFolder = 'src/components/';
const hookOnlySources = [...(await codeBySource(bundles.hook)).keys()];
check(
  'importing only the hook bundles no code of src/components (no module-level work in component files)',
  !hookOnlySources.some((source) => source.startsWith(componentFolder)),
  hookOnlySources.filter((source) => source.startsWith(componentFolder)).join(', '),
);
const buttonOnly = { imports: { index: ['ResendCodeButton'] }, external: peers };
const buttonSources = [...(await codeBySource(buttonOnly)).keys()];
check(
  'the source trace is real: the button bundle holds code of src/components',
  buttonSources.some((source) => source.startsWith(componentFolder)),
);

// amazon-cognito-identity-js is installed and NOT external here: had anything imported it, it would be inlined.
const onFetch = await bundle(bundles.buttonOnFetch);
const sdkInputs = onFetch.inputs.filter((input) => input.includes('amazon-cognito-identity-js'));
check(
  'the button on the fetch client bundles no amazon-cognito-identity-js',
  sdkInputs.length === 0,
  sdkInputs[0],
);
check(
  'the button on the fetch client imports no amazon-cognito-identity-js',
  !/amazon-cognito-identity-js["']/.test(onFetch.text),
);
check('the fetch bundle speaks the wire protocol', onFetch.text.includes('application/x-amz-json-1.1'));

// Amplify v6 and the AWS SDK v3 are optional peers, each imported by its own entry only (ES and CommonJS builds).
const peerImporters = {
  'aws-amplify': ['dist/amplify.js', 'dist/amplify.cjs'],
  '@aws-sdk/client-cognito-identity-provider': ['dist/aws-sdk-v3.js', 'dist/aws-sdk-v3.cjs'],
};
for (const [peer, importers] of Object.entries(peerImporters)) {
  const importsPeer = new RegExp(`(from\\s*|require\\()["']${peer}(/[^"']*)?["']`);
  for (const path of jsFiles) {
    const imports = importsPeer.test(readFileSync(join(root, path), 'utf8'));
    check(`only its own entry imports ${peer}`, imports === importers.includes(path), path);
  }
}
// Both peers are installed and NOT external here: had the main entry imported either, it would be inlined.
const mainWithoutPeers = await bundle({
  imports: { index: ['ResendCodeButton', 'useResendConfirmationCode', 'createCognitoResendClient'] },
  external: reactPeers,
});
const awsInputs = mainWithoutPeers.inputs.filter((input) => /aws-amplify|@aws-sdk|@smithy/.test(input));
check('the main entry bundles nothing of Amplify or the AWS SDK v3', awsInputs.length === 0, awsInputs[0]);

// 5. locale entries import only the shared i18n helper
const helperChunks = new Set();
for (const path of jsFiles.filter((file) => file.startsWith('dist/locales/'))) {
  const text = readFileSync(join(root, path), 'utf8');
  const imports = [...text.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((match) => match[1]);
  for (const specifier of imports) helperChunks.add(specifier.replace(/^\.\.\//, ''));
  check(
    'a locale imports nothing but the i18n helper chunk',
    imports.every((specifier) => /^\.\.\/chunks\/buildCatalogue\.js$/.test(specifier)),
    `${path}: ${imports.join(', ')}`,
  );
}
// The hook is headless (no catalogue); the button shows English by default, so its bundle holds the helper's code
// already and an app with the button pays for the helper once, not per locale.
for (const chunk of helperChunks) {
  const chunkPath = join(dist, chunk);
  const { sources } = JSON.parse(readFileSync(`${chunkPath}.map`, 'utf8'));
  const chunkSources = sources.map((source) => relative(root, resolve(dirname(chunkPath), source)));
  check(
    'the helper a locale imports also ships with the button (so an app with the button pays for it once)',
    chunkSources.every((source) => buttonSources.includes(source)),
    `${chunk}: ${chunkSources.join(', ')}`,
  );
}

for (const pass of new Set(passes)) console.log(`ok   ${pass}`);
for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`\n${passes.length} checks passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
