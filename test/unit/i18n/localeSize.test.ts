// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify, transformWithOxc } from 'vite';
import { localeModuleNames } from './allLocales';

// Each locale ships in every app that imports it: keep one well under a kilobyte, minified and gzipped, on its own
// (the shared helpers it imports are counted once, not per locale).
const budgetBytes = 1024;

async function minifiedGzippedBytes(moduleName: string): Promise<number> {
  const file = resolve(__dirname, `../../../src/i18n/${moduleName}.ts`);
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file);
  const minified = await minify(`${moduleName}.js`, code, { module: true });
  return gzipSync(Buffer.from(minified.code), { level: 9 }).length;
}

describe.each(localeModuleNames)('the %s locale module', (moduleName) => {
  it(`stays under ${budgetBytes} bytes minified and gzipped`, async () => {
    expect(await minifiedGzippedBytes(moduleName)).toBeLessThan(budgetBytes);
  });
});
