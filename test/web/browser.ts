import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_USERS } from '@aloite/persistence';
import { createTestDatabase, freePort } from '@aloite/persistence/testing';
import { ROOT } from '../product/running-product';
import { ApiProcess } from '../support/api-process';

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
  api: ApiProcess;
  browser: Browser;
  /** An API session of a demo user, for setting up and checking what the browser did. */
  token(username: string): Promise<string>;
  /** The id of a demo initiative by its diary number. */
  demoInitiativeId(diaryNumber: string): Promise<string>;
  /** A fresh browser profile (its own cookies) at a window size. */
  newContext(width?: number, height?: number): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * The product as `npm start` runs it – its own process, demo data and demo users, the web build at `/` – on a
 * fresh test database, and a real headless Chromium.
 */
export async function startWebProduct(env: Record<string, string> = {}): Promise<WebProduct> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
  }
  const database = await createTestDatabase();
  const api = new ApiProcess(database.url, await freePort(), { WEB_ROOT, ...env });
  await api.start();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // The demo's own passwords: the administrator's is not `demo-admin`.
  const password = (username: string) => DEMO_USERS.find((user) => user.username === username)?.password;
  const token = async (username: string) =>
    (await api.call('POST', '/api/auth/login', null, { username, password: password(username) })).body
      .token as string;
  return {
    api,
    browser,
    token,
    async demoInitiativeId(diaryNumber) {
      const list = await api.call('GET', '/api/initiatives?limit=200', await token('valtuustosihteeri'));
      const found = (list.body.items as { id: string; diaryNumber: string }[]).find(
        (item) => item.diaryNumber === diaryNumber,
      );
      if (!found) throw new Error(`the demo data has no ${diaryNumber}`);
      return found.id;
    },
    newContext: (width = 1280, height = 900) =>
      browser.newContext({ baseURL: api.baseUrl, viewport: { width, height }, locale: 'fi-FI' }),
    async close() {
      await browser.close();
      await api.stop();
      await database.drop();
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

/** axe-core's WCAG 2.1 A and AA rules on the page as it stands: every violation, whatever its impact. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol: the app's Content-Security-Policy stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
}

/** Waits until a page of the app has loaded its data: a heading shown, no spinner left in sight. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main').waitFor();
  // A closed disclosure may hold the spinner of a query it only runs when opened.
  await page.waitForFunction(
    () =>
      document.querySelector('h1') &&
      Array.from(document.querySelectorAll('.fi-loadingSpinner')).every(
        (spinner) => !spinner.checkVisibility({ visibilityProperty: true }),
      ),
  );
}

/** A form field by its name, as the web app ids them (`field-<name>`). */
export function field(page: Page, name: string) {
  return page.locator(`[id="field-${name}"]`);
}

/** Opens one of the initiative page's actions (Toimenpiteet) and waits for its form. */
export async function openAction(page: Page, action: string): Promise<void> {
  await page
    .getByRole('region', { name: 'Toimenpiteet' })
    .first()
    .getByRole('button', { name: action })
    .click();
  await page.getByRole('heading', { level: 1, name: action }).waitFor();
}

/** Saves the open form (Tallenna) and waits until the app says it was saved. */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByText('Tallennettu').waitFor();
}
