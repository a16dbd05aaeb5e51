// Which source files an app's bundle really holds code from. A bundle of `dist` is built as size-limit builds it
// (esbuild, minified, peers external), with a source map: esbuild follows dist's own source maps back to src, so
// each mapped piece of the minified bundle names the source file it came from. A file the bundle only passed
// through (every export dropped) maps nothing, even when it shares a dist chunk with code that stays.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { charset, importedFiles } from './bundles.js';

const root = resolve(import.meta.dirname, '..');
const base64Digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source map segment (base64 VLQ). */
function decodeSegment(segment) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const digit of segment) {
    const bits = base64Digits.indexOf(digit);
    value += (bits & 31) << shift;
    if (bits & 32) {
      shift += 5;
    } else {
      numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return numbers;
}

/** How many mapped segments of a source map come from each of its sources. */
export function segmentsBySource({ sources, mappings }) {
  const counts = new Map();
  let sourceIndex = 0;
  for (const line of mappings.split(';')) {
    for (const segment of line ? line.split(',') : []) {
      const [, sourceDelta] = decodeSegment(segment);
      // A segment of one number maps to no source.
      if (sourceDelta === undefined) continue;
      sourceIndex += sourceDelta;
      const source = sources[sourceIndex];
      counts.set(source, (counts.get(source) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The source files (relative to the repository root, e.g. `src/components/Slot.tsx`) a bundle of `dist` holds code
 * from, with how many mapped segments each gives. `imports` and `external` as in bench/bundles.js.
 */
export async function codeBySource({ imports, external }) {
  const files = importedFiles(imports);
  const contents = [
    ...files.map(([file, names]) => `import { ${names.join(', ')} } from './${file}';`),
    `console.log(${files.flatMap(([, names]) => names).join(', ')});`,
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    charset,
    sourcemap: 'external',
    // Only names the map's sources relative to the root; nothing is written.
    outfile: resolve(root, 'bundle.js'),
    external,
    logLevel: 'silent',
  });
  const map = result.outputFiles.find((output) => output.path.endsWith('.map'));
  return segmentsBySource(JSON.parse(map.text));
}
