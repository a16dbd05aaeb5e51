import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser test files that take longest in every engine (the two-tab trials and the abuse suite, about a minute
 * each), in the order they start.
 */
const longestFiles = ['test/e2e/resendCrossTabTrials.test.ts', 'test/e2e/resendAbuse.test.ts'];

/**
 * Starts the longest browser test files first, so that the two workers end together. Vitest orders files by the
 * durations it recorded in an earlier run; a fresh clone (CI) has none, and there Vitest starts the largest files
 * first: the trials, a short file, ended last, alone, and the Chromium run took 165 s instead of 138 s.
 */
export class LongestFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const index = longestFiles.findIndex((name) => file.moduleId.endsWith(name));
      return index === -1 ? longestFiles.length : index;
    };
    // Array#sort is stable: the other files keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
