// What each source module adds to an app's bundle, for the three size budgets of .size-limit.js: bundled from src
// (so no build is needed) and minified by esbuild with peers left out, like size-limit does on dist. The gzip
// figure of a whole bundle is close to size-limit's; the per-module figures are minified bytes before gzip.
//
//   node bench/sizeByModule.js            the three bundles, with every module's bytes for the largest one
//   node bench/sizeByModule.js --all      every module's bytes for each bundle
//
// Then the hook bundle's two largest parts, each bundled on its own: what they weigh against its budget.

import { gzipSync } from 'node:zlib';
import { buildBundle, bundles } from './bundles.js';

const everyModule = process.argv.includes('--all');
const all = Object.values(bundles);
for (const bundle of all) {
  const { code, metafile } = await buildBundle(bundle, 'src');
  console.log(`${bundle.name}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip`);
  if (everyModule || bundle === all.at(-1)) {
    const [output] = Object.values(metafile.outputs);
    const modules = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0);
    for (const [path, input] of modules.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
      console.log(`  ${String(input.bytesInOutput).padStart(6)}  ${path}`);
    }
  }
}

/** The hook bundle's two largest parts, by what the core entry exports for them. */
const parts = {
  'the cross-tab cooldown store (getCooldownStore)': ['getCooldownStore'],
  'sending through amazon-cognito-identity-js, errors mapped (createCognitoResendClient, performResend)': [
    'createCognitoResendClient',
    'performResend',
  ],
};
for (const [name, names] of Object.entries(parts)) {
  const { code } = await buildBundle({ imports: { core: names }, external: bundles.hook.external }, 'src');
  console.log(`${name}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip`);
}
