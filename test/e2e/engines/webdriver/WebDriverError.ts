/** An error a WebDriver server answered with (W3C WebDriver's `{ value: { error, message } }`). */
export class WebDriverError extends Error {
  /** The WebDriver error code, such as `no such window` or `javascript error`. */
  readonly code: string;

  constructor(code: string, message: string, command: string) {
    super(`${command}: ${code}: ${message}`);
    this.name = 'WebDriverError';
    this.code = code;
  }
}
