// @vitest-environment node
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import localeBudgetBytes from '../../../bench/localeBudgets.json';

// Each locale ships in every app that imports it. Measured as `npm run size` measures the built entry: imported on
// its own, bundled and minified by esbuild (UTF-8 kept, as app bundlers do), gzipped at level 9. The shared helper
// it imports is counted once with the hook, not per locale.
const i18nFolder = resolve(__dirname, '../../../src/i18n');
// What an empty `import { x } from '...'; console.log(x)` costs, as size-limit subtracts it.
const importWrapperBytes = 46;

async function minifiedGzippedBytes(moduleName: string): Promise<number> {
  const result = await build({
    stdin: {
      contents: `import { ${moduleName} } from './${moduleName}'; console.log(${moduleName});`,
      resolveDir: i18nFolder,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    external: ['./buildCatalogue'],
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length - importWrapperBytes;
}

describe.each(Object.entries(localeBudgetBytes))('the %s locale module', (tag, budgetBytes) => {
  it(`stays within ${budgetBytes} bytes minified and gzipped`, async () => {
    const moduleName = tag.replace('-', '');
    expect(await minifiedGzippedBytes(moduleName)).toBeLessThanOrEqual(budgetBytes);
  });
});
