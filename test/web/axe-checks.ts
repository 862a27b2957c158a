import type { BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, settled, type AxeViolation, type WebProduct } from './browser';
import type { RoleUnderTest } from './pages-of-every-role';

export const DESKTOP = 1440;
export const PHONE = 360;
const HEIGHT = 900;

export type Language = 'fi' | 'sv' | 'en';

/**
 * axe-core runs, collected: each check is one page or state at one width, and what it found is kept under a label
 * that says where (role, language, width, page or state), so one failing expectation lists every place at once.
 */
export class AxeChecks {
  count = 0;
  private readonly contexts = new Map<string, Promise<BrowserContext>>();

  constructor(private readonly product: WebProduct) {}

  /** One signed-in browser profile per role, shared by every test that needs that role. */
  signedIn(role: RoleUnderTest): Promise<BrowserContext> {
    let context = this.contexts.get(role.username);
    if (!context) {
      context = this.signIn(role);
      this.contexts.set(role.username, context);
    }
    return context;
  }

  private async signIn(role: RoleUnderTest): Promise<BrowserContext> {
    const context = await this.product.newContext(DESKTOP, HEIGHT);
    const response = await context.request.post('/api/auth/login', {
      data: { username: role.username, password: role.password },
    });
    if (response.status() !== 200)
      throw new Error(`${role.username} could not sign in: ${response.status()}`);
    return context;
  }

  /** A tab of the role's profile in a language (the app remembers the choice in the browser's storage). */
  async tab(role: RoleUnderTest, language: Language = 'fi'): Promise<Page> {
    const page = await (await this.signedIn(role)).newPage();
    await page.addInitScript((chosen) => localStorage.setItem('aloite.language', chosen), language);
    return page;
  }

  /** Each page, loaded once at the first width, then resized to the others. */
  async pages(page: Page, where: string, paths: string[]): Promise<Found> {
    const found: Found = {};
    for (const path of paths) {
      await page.setViewportSize({ width: DESKTOP, height: HEIGHT });
      await page.goto(path);
      await settled(page);
      Object.assign(found, await this.state(page, `${where} ${path}`));
    }
    return found;
  }

  /**
   * A state at each width: `produce` brings it about (again) after the window is resized; without it the page is
   * checked as it stands, resized.
   */
  async state(
    page: Page,
    where: string,
    widths = [DESKTOP, PHONE],
    produce?: () => Promise<void>,
  ): Promise<Found> {
    const found: Found = {};
    const before = page.viewportSize();
    for (const width of widths) {
      await page.setViewportSize({ width, height: HEIGHT });
      if (produce) await produce();
      await afterLayout(page);
      const violations = await accessibilityViolations(page);
      this.count++;
      if (violations.length > 0) found[`${where} @${width}px`] = violations;
    }
    // The spec goes on at the width it had: a phone's cards are not the desktop's table.
    if (before) await page.setViewportSize(before);
    return found;
  }
}

export type Found = Record<string, AxeViolation[]>;

/** Two animation frames: what a resize or a click changed is laid out and painted. */
async function afterLayout(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}
