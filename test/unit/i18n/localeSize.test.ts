// @vitest-environment node
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import localeBudgetBytes from '../../../bench/localeBudgets.json';

// Each locale ships in every app that imports it. Measured as `npm run size` measures the built entry, from the
// sources (no build needed): size-limit's esbuild settings (which bundle to a script, turning the import of the
// shared helper into a `require`), UTF-8 kept as app bundlers do, gzipped at level 9, less what size-limit
// subtracts for an empty project. The shared helper is counted once with the button, not per locale.
const i18nFolder = resolve(__dirname, '../../../src/i18n');
// What size-limit subtracts from a gzipped bundle that imports a left-out module (@size-limit/esbuild).
const emptyProjectWithIgnoredImportBytes = 182;

// The helper, left out under the name the built locale entry imports it by.
const sharedHelperAsBuilt: Plugin = {
  name: 'shared-helper-as-built',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/buildCatalogue$/ }, () => ({
      path: '../chunks/buildCatalogue.js',
      external: true,
    }));
  },
};

async function minifiedGzippedBytes(moduleName: string): Promise<number> {
  const result = await build({
    stdin: {
      contents: `import { ${moduleName} } from './${moduleName}'\nconsole.log(${moduleName})\n`,
      resolveDir: i18nFolder,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    minifyIdentifiers: true,
    minifySyntax: true,
    minifyWhitespace: true,
    treeShaking: true,
    charset: 'utf8',
    plugins: [sharedHelperAsBuilt],
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length - emptyProjectWithIgnoredImportBytes;
}

describe.each(Object.entries(localeBudgetBytes))('the %s locale module', (tag, budgetBytes) => {
  it(`stays within ${budgetBytes} bytes minified and gzipped`, async () => {
    const moduleName = tag.replace('-', '');
    expect(await minifiedGzippedBytes(moduleName)).toBeLessThanOrEqual(budgetBytes);
  });
});
