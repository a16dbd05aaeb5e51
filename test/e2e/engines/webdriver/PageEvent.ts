/**
 * What the test page's first script (test/e2e/app/index.html) keeps for the tests, since WebDriver classic reports
 * neither uncaught errors nor console messages.
 */
export type PageEvent =
  | { kind: 'console'; type: string; text: string }
  | { kind: 'pageerror'; name: string; message: string; stack: string };
