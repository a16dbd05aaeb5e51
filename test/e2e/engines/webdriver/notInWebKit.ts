/** The error for a Playwright feature that WebDriver classic has no command for. */
export function notInWebKit(feature: string): Error {
  return new Error(`${feature} is not available in WebKit over WebDriver.`);
}
