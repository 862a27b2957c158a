import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../apps/api/src/testing/test-app';

export const ROOT = join(__dirname, '..', '..');
export const WEB_ROOT = join(ROOT, 'dist', 'apps', 'web');
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// What these machines need (stack notes): no sandbox as root, no GPU, nothing that calls home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface WebProduct {
  api: TestApp;
  browser: Browser;
  /** A fresh browser profile (its own cookies) at a window size. */
  newContext(width?: number, height?: number): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The API with the demo data and demo users serving the web build, and a real headless Chromium. */
export async function startWebProduct(today = '2026-05-21'): Promise<WebProduct> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
  }
  const api = await startTestApp(today, { webRoot: WEB_ROOT, demoUsers: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    api,
    browser,
    newContext: (width = 1280, height = 900) =>
      browser.newContext({ baseURL: api.baseUrl, viewport: { width, height }, locale: 'fi-FI' }),
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
}

/** Picks an option of the Suomi.fi dropdown of a form field (`field-<name>`). */
export async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator(`[id="field-${field}_button"]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A and AA rules on the page as it stands: the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol: the app's Content-Security-Policy stays on.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A form field by its name, as the web app ids them (`field-<name>`). */
export function field(page: Page, name: string) {
  return page.locator(`[id="field-${name}"]`);
}
