// Size budgets of what an app pays for each public entry: the built `dist`, bundled and minified by esbuild,
// gzipped (level 9). Peers are the app's own dependencies and are left out, except where a check proves one is
// NOT pulled in. `npm run size` fails when a budget is exceeded; bench/checkBundles.js checks what is pulled in.

import budgets from './bench/localeBudgets.json' with { type: 'json' };

const reactPeers = ['react', 'react/jsx-runtime', 'react-dom', '@tanstack/react-query'];
const peers = [...reactPeers, 'amazon-cognito-identity-js'];

// Vite (rolldown), webpack (terser) and Next.js (SWC) keep non-ASCII text as UTF-8; esbuild alone escapes it to
// \uXXXX by default, which would count each Arabic, Japanese or Chinese character as six bytes.
const modifyEsbuildConfig = (config) => ({ ...config, charset: 'utf8' });

// Each locale entry on its own, in bytes (shared with test/unit/i18n/localeSize.test.ts): 600 for every locale.
const localeBudgetBytes = budgets;

// The targets of the three JS entries are 3 KB (core + hook), 4.5 KB (+ button) and 4 KB (button on the fetch
// client); the README explains why today's code is above them. The limits below are today's sizes with a little
// headroom, so that `npm test` fails on any growth; the README's size table shows sizes, limits and targets.

// The name a locale module exports: `pt-BR` -> `ptBR`.
const localeExportName = (tag) => tag.replace(/-(\w+)$/, (_, region) => region);

export default [
  {
    name: 'core + hook (useResendConfirmationCode)',
    path: 'dist/index.js',
    import: '{ useResendConfirmationCode }',
    ignore: peers,
    gzip: true,
    modifyEsbuildConfig,
    limit: '6 KB',
  },
  {
    name: 'core + hook + ResendCodeButton',
    path: 'dist/index.js',
    import: '{ useResendConfirmationCode, ResendCodeButton }',
    ignore: peers,
    gzip: true,
    modifyEsbuildConfig,
    limit: '7.2 KB',
  },
  {
    // amazon-cognito-identity-js is NOT ignored here: were it pulled in, its ~27 KB would break the budget.
    name: 'ResendCodeButton on the fetch client, without amazon-cognito-identity-js',
    path: ['dist/index.js', 'dist/fetch.js'],
    import: {
      'dist/index.js': '{ ResendCodeButton }',
      'dist/fetch.js': '{ createFetchResendClient }',
    },
    ignore: reactPeers,
    gzip: true,
    modifyEsbuildConfig,
    limit: '7.5 KB',
  },
  {
    name: 'styles.css',
    path: 'dist/styles.css',
    gzip: true,
    modifyEsbuildConfig,
    limit: '1 KB',
  },
  ...Object.entries(localeBudgetBytes).map(([tag, budgetBytes]) => ({
    name: `locales/${tag} (on its own)`,
    path: `dist/locales/${tag}.js`,
    import: `{ ${localeExportName(tag)} }`,
    // The i18n helper chunk is shared with the hook (the English default imports it too), so an app pays for it
    // once, not per locale; bench/checkBundles.js asserts that a locale imports nothing else.
    ignore: ['../chunks/*'],
    gzip: true,
    modifyEsbuildConfig,
    limit: `${budgetBytes} B`,
  })),
];
