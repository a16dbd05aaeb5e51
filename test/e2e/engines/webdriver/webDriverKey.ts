// WebDriver's codes for the keys that are no character (W3C WebDriver, "Keyboard actions").
const specialKeys: Record<string, string> = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** The WebDriver key value for a key by Playwright's name (`Enter`, `Space`) or a single character. */
export function webDriverKey(key: string): string {
  const special = specialKeys[key];
  if (special !== undefined) return special;
  if ([...key].length === 1) return key;
  throw new Error(`The key "${key}" has no WebDriver code here; add it to webDriverKey.ts.`);
}
