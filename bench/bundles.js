// The three bundles whose size the package budgets, as an app's bundler builds them from the public entries, and
// the peers they leave out. .size-limit.js measures them on dist, bench/checkBundles.js checks what they pull in,
// bench/sizeByModule.js splits them by source module, and vite.config.ts keeps the same peers out of dist.
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

/** The peers an app on the fetch client has: React and react-query. */
export const reactPeers = ['react', 'react/jsx-runtime', 'react-dom', '@tanstack/react-query'];

/** Every peer: the app's own dependencies, never bundled into dist, nor counted in what an app pays for us. */
// The optional peers of the client entries: amazon-cognito-identity-js, Amplify v6 and the AWS SDK v3.
export const peers = [
  ...reactPeers,
  'amazon-cognito-identity-js',
  'aws-amplify',
  '@aws-sdk/client-cognito-identity-provider',
];

// Vite (rolldown), webpack (terser) and Next.js (SWC) keep non-ASCII text as UTF-8; esbuild alone escapes it to
// \uXXXX by default, which would count each Arabic, Japanese or Chinese character as six bytes.
export const charset = 'utf8';

/** Each public entry a bundle imports from: its source (vite.config.ts builds it) and its built file. */
const entries = {
  index: { src: 'src/index.ts', dist: 'dist/index.js' },
  fetch: { src: 'src/core/createFetchResendClient.ts', dist: 'dist/fetch.js' },
  core: { src: 'src/core/index.ts', dist: 'dist/core.js' },
};

/**
 * The budgeted bundles: the names an app imports, by entry (`index`, `fetch`), and the peers left out. Their
 * limits are in .size-limit.js.
 */
export const bundles = {
  hook: {
    name: 'core + hook (useResendConfirmationCode)',
    imports: { index: ['useResendConfirmationCode'] },
    external: peers,
  },
  hookAndButton: {
    name: 'core + hook + ResendCodeButton',
    imports: { index: ['useResendConfirmationCode', 'ResendCodeButton'] },
    external: peers,
  },
  buttonOnFetch: {
    // amazon-cognito-identity-js is NOT left out here: were it pulled in, its ~27 KB would break the budget.
    name: 'ResendCodeButton on the fetch client, without amazon-cognito-identity-js',
    imports: { index: ['ResendCodeButton'], fetch: ['createFetchResendClient'] },
    external: reactPeers,
  },
};

/** A bundle's imports as `[file, names]` pairs, the file relative to the repository root. */
export function importedFiles(imports, from = 'dist') {
  return Object.entries(imports).map(([entry, names]) => [entries[entry][from], names]);
}

/**
 * Bundles `imports` the way size-limit does (esbuild, minified, ESM), from the built `dist` or straight from `src`
 * (no build needed): `dist` is imported and logged, as an app would use it, `src` re-exported.
 */
export async function buildBundle({ imports, external }, from = 'dist') {
  const files = importedFiles(imports, from);
  const contents =
    from === 'src'
      ? files.map(([file, names]) => `export { ${names.join(', ')} } from './${file}';`).join('\n')
      : [
          ...files.map(([file, names]) => `import { ${names.join(', ')} } from './${file}';`),
          `console.log(${files.flatMap(([, names]) => names).join(', ')});`,
        ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: from === 'src' ? 'ts' : 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    charset,
    jsx: 'automatic',
    metafile: true,
    external,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  return { code: output.contents, text: output.text, metafile: result.metafile };
}
