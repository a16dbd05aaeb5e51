// @vitest-environment node

import { lengthFindings, maxFileLines, maxFunctionLines } from '../../../bench/checkSourceLengths.js';
import { segmentsBySource } from '../../../bench/codeBySource.js';

function functionOfLines(name: string, bodyLines: number): string {
  // Braces in strings and regular expressions must not end the function early.
  const body = Array.from({ length: bodyLines }, (_, index) => `  const part${index} = '}' + /[{]/.source;`);
  return [`export function ${name}() {`, ...body, '}'].join('\n');
}

describe('the source length check', () => {
  it(`flags a function longer than ${maxFunctionLines} lines, by name and line`, () => {
    const text = `${functionOfLines('short', 3)}\n${functionOfLines('tooLong', maxFunctionLines - 1)}\n`;

    expect(lengthFindings('src/example.ts', text)).toEqual([
      `src/example.ts:6: tooLong is ${maxFunctionLines + 1} lines (at most ${maxFunctionLines})`,
    ]);
  });

  it('accepts a function of exactly the limit, and names arrow functions by their variable', () => {
    const arrow = functionOfLines('unused', maxFunctionLines - 2).replace(
      'export function unused() {',
      'export const render = () => {',
    );
    expect(lengthFindings('src/example.ts', functionOfLines('atLimit', maxFunctionLines - 2))).toEqual([]);
    expect(
      lengthFindings('src/example.tsx', `${arrow}\nconst longer = () => {\n${'  void 0;\n'.repeat(120)}};\n`),
    ).toEqual([`src/example.tsx:${maxFunctionLines + 1}: longer is 122 lines (at most ${maxFunctionLines})`]);
  });

  it(`flags a file longer than ${maxFileLines} lines`, () => {
    const text = 'export const a = 1;\n'.repeat(maxFileLines + 1);

    expect(lengthFindings('src/long.ts', text)).toEqual([
      `src/long.ts: ${maxFileLines + 1} lines (at most ${maxFileLines})`,
    ]);
  });
});

describe('the source trace of a bundle', () => {
  it('counts the mapped segments of each source, skipping segments that map to none', () => {
    // Base64 VLQ deltas of [column, source, line, column]: "AAAA" maps to source 0, "CCAA" moves one source on,
    // "ADAA" one back, and "E" holds a column alone.
    const map = { sources: ['src/a.ts', 'src/b.ts'], mappings: 'AAAA,CCAA,E;ADAA' };

    expect(segmentsBySource(map)).toEqual(
      new Map([
        ['src/a.ts', 2],
        ['src/b.ts', 1],
      ]),
    );
  });
});
