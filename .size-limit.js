// Size budgets of what an app pays for each public entry: the built `dist`, bundled and minified by esbuild,
// gzipped (level 9). Peers are the app's own dependencies and are left out, except where a check proves one is
// NOT pulled in. `npm run size` fails when a budget is exceeded; bench/checkBundles.js checks what is pulled in.

import { bundles, charset, importedFiles } from './bench/bundles.js';
import budgets from './bench/localeBudgets.json' with { type: 'json' };

// The bundles' output charset (bench/bundles.js says why).
const modifyEsbuildConfig = (config) => ({ ...config, charset });

// The budgets of the three JS entries are ceilings, to be met by what goes into which entry (a headless app on the
// hook pays for no component and no catalogue it does not show), never by shortening the code: core + hook 5.5 KB,
// + ResendCodeButton 7.5 KB, the button on the fetch client 7.8 KB (the README's size table). Today's code is above them (the README's size
// table says by how much and where the bytes go); until it meets them, the limits below are today's sizes with a
// little headroom, so that any growth fails `npm test`.
const limits = { hook: '8.25 KB', hookAndButton: '11.6 KB', buttonOnFetch: '11.9 KB' };

/** One budgeted bundle (bench/bundles.js) as size-limit takes it. */
function bundleCheck({ name, imports, external }, limit) {
  const files = importedFiles(imports);
  const importOf = (names) => `{ ${names.join(', ')} }`;
  return {
    name,
    ...(files.length === 1
      ? { path: files[0][0], import: importOf(files[0][1]) }
      : {
          path: files.map(([file]) => file),
          import: Object.fromEntries(files.map(([file, names]) => [file, importOf(names)])),
        }),
    ignore: external,
    gzip: true,
    modifyEsbuildConfig,
    limit,
  };
}

// The name a locale module exports: `pt-BR` -> `ptBR`.
const localeExportName = (tag) => tag.replace(/-(\w+)$/, (_, region) => region);

export default [
  ...Object.entries(bundles).map(([key, bundle]) => bundleCheck(bundle, limits[key])),
  {
    name: 'styles.css',
    path: 'dist/styles.css',
    gzip: true,
    modifyEsbuildConfig,
    limit: '1 KB',
  },
  // Each locale entry on its own, in bytes (shared with test/unit/i18n/localeSize.test.ts): 600 for every locale.
  ...Object.entries(budgets).map(([tag, budgetBytes]) => ({
    name: `locales/${tag} (on its own)`,
    path: `dist/locales/${tag}.js`,
    import: `{ ${localeExportName(tag)} }`,
    // The i18n helper chunk (about 0.7 KB) ships with the button, which shows English by default, so an app pays for
    // it once, not per locale; bench/checkBundles.js asserts that a locale imports nothing else.
    ignore: ['../chunks/*'],
    gzip: true,
    modifyEsbuildConfig,
    limit: `${budgetBytes} B`,
  })),
];
