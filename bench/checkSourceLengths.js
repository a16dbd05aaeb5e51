#!/usr/bin/env node
// Keeps src/ readable where Biome has no rule for it: no source file longer than 300 lines and no function longer
// than 100 lines (a function's lines run from its first to its last, so an outer function counts the inner ones it
// holds). Parsed with the TypeScript-aware parser Vite ships (oxc), so strings, comments and regular expressions
// never confuse the count. Exits non-zero after printing every file and function over its limit.
//
//   node bench/checkSourceLengths.js [folder]     the folder defaults to src
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';

/** The longest a source file may be, in lines. */
export const maxFileLines = 300;
/** The longest a function may be, in lines. */
export const maxFunctionLines = 100;

const functionTypes = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** The name a reader would look for: the function's own, or that of what it is assigned to. */
function nameOf(node, parent) {
  if (node.id?.name) return node.id.name;
  if (parent?.type === 'VariableDeclarator') return parent.id?.name ?? '(anonymous)';
  if (parent?.type === 'Property' || parent?.type === 'MethodDefinition')
    return parent.key?.name ?? '(computed)';
  return '(anonymous)';
}

/** Every function in a parsed program, with the node it hangs from. */
function* functionsIn(node, parent) {
  if (functionTypes.has(node.type)) yield { node, parent };
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && typeof child.type === 'string')
        yield* functionsIn(child, node);
    }
  }
}

/** The 1-based line of an offset into `text`. */
function lineAt(text, offset) {
  let line = 1;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line += 1;
  }
  return line;
}

/** Every `.ts` and `.tsx` source under a folder (declaration files left out). */
function sourceFiles(folder) {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name));
}

/** What is over its limit in one file: a list of readable findings, empty when the file is fine. */
export function lengthFindings(path, text) {
  const findings = [];
  const fileLines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (fileLines > maxFileLines) findings.push(`${path}: ${fileLines} lines (at most ${maxFileLines})`);
  const { program, errors } = parseSync(path, text, { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length > 0) findings.push(`${path}: cannot be parsed (${errors[0].message})`);
  for (const { node, parent } of functionsIn(program, undefined)) {
    const firstLine = lineAt(text, node.start);
    const lines = lineAt(text, node.end) - firstLine + 1;
    if (lines > maxFunctionLines) {
      findings.push(
        `${path}:${firstLine}: ${nameOf(node, parent)} is ${lines} lines (at most ${maxFunctionLines})`,
      );
    }
  }
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const folder = resolve(root, process.argv[2] ?? 'src');
  const files = sourceFiles(folder);
  const findings = files.flatMap((path) => lengthFindings(relative(root, path), readFileSync(path, 'utf8')));
  for (const finding of findings) console.log(`FAIL ${finding}`);
  console.log(
    `${files.length} files checked: ${findings.length} over the limits (files ${maxFileLines} lines, functions ${maxFunctionLines})`,
  );
  process.exit(findings.length === 0 ? 0 : 1);
}
