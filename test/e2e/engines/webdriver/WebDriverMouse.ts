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
  /** Where this pointer is, once it has moved: WebDriver keeps it there between commands. */
  private position: { x: number; y: number } | null = null;

  constructor(page: WebDriverPage) {
    this.page = page;
  }

  async click(x: number, y: number): Promise<void> {
    await this.perform([
      ...this.moveTo(x, y),
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  async move(x: number, y: number): Promise<void> {
    const moves = this.moveTo(x, y);
    if (moves.length > 0) await this.perform(moves);
  }

  async down(): Promise<void> {
    await this.perform([{ type: 'pointerDown', button: 0 }]);
  }

  async up(): Promise<void> {
    await this.perform([{ type: 'pointerUp', button: 0 }]);
  }

  // A move to where the pointer already is is left out: a click with a move took WebKit 33 to 54 ms against 15 ms
  // without, on a busy machine, and 200 clicks on one spot overran a test's minute. WebDriver wants whole CSS
  // pixels; Playwright's centres may be fractional.
  private moveTo(x: number, y: number): object[] {
    const target = { x: Math.round(x), y: Math.round(y) };
    if (this.position !== null && this.position.x === target.x && this.position.y === target.y) return [];
    this.position = target;
    return [{ type: 'pointerMove', x: target.x, y: target.y, origin: 'viewport', duration: 0 }];
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
