import type { E2EMouse } from '../E2EBrowser';
import type { WebDriverPage } from './WebDriverPage';

/**
 * A page's own mouse through WebDriver actions. WebDriver keeps a pointer's position and pressed button between
 * action commands; each page has a pointer of its own id, so a button held down in one tab stays down while the
 * mouse of another tab clicks, as with Playwright's page.mouse (one shared id would let the other tab's click
 * release it).
 */
export class WebDriverMouse implements E2EMouse {
  private readonly page: WebDriverPage;

  constructor(page: WebDriverPage) {
    this.page = page;
  }

  async click(x: number, y: number): Promise<void> {
    await this.perform([
      pointerMove(x, y),
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  async move(x: number, y: number): Promise<void> {
    await this.perform([pointerMove(x, y)]);
  }

  async down(): Promise<void> {
    await this.perform([{ type: 'pointerDown', button: 0 }]);
  }

  async up(): Promise<void> {
    await this.perform([{ type: 'pointerUp', button: 0 }]);
  }

  private perform(actions: object[]): Promise<void> {
    return this.page.performActions({
      type: 'pointer',
      id: `mouse-${this.page.window}`,
      parameters: { pointerType: 'mouse' },
      actions,
    });
  }
}

// WebDriver wants whole CSS pixels; Playwright's centres may be fractional.
function pointerMove(x: number, y: number): object {
  return { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 };
}
