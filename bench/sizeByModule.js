// What each source module adds to an app's bundle, for the three size budgets of .size-limit.js: bundled from src
// (so no build is needed) and minified by esbuild with peers left out, like size-limit does on dist. The gzip
// figure of a whole bundle is close to size-limit's; the per-module figures are minified bytes before gzip.
//
//   node bench/sizeByModule.js            the three bundles, with every module's bytes for the largest one
//   node bench/sizeByModule.js --all      every module's bytes for each bundle

import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const peers = [
  'react',
  'react/jsx-runtime',
  'react-dom',
  '@tanstack/react-query',
  'amazon-cognito-identity-js',
];

const bundles = {
  'core + hook': "export { useResendConfirmationCode } from './src/index.ts';",
  'core + hook + ResendCodeButton':
    "export { useResendConfirmationCode, ResendCodeButton } from './src/index.ts';",
  'ResendCodeButton on the fetch client': `export { ResendCodeButton } from './src/index.ts';
export { createFetchResendClient } from './src/core/createFetchResendClient.ts';`,
};

const everyModule = process.argv.includes('--all');
const names = Object.keys(bundles);
for (const name of names) {
  const result = await build({
    stdin: { contents: bundles[name], resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: peers,
    metafile: true,
    charset: 'utf8',
    jsx: 'automatic',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  console.log(`${name}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip`);
  if (everyModule || name === names.at(-1)) {
    const [output] = Object.values(result.metafile.outputs);
    const modules = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0);
    for (const [path, input] of modules.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
      console.log(`  ${String(input.bytesInOutput).padStart(6)}  ${path}`);
    }
  }
}
