import { INITIATIVE_16 } from '@aloite/domain/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, startWebProduct, type WebProduct } from './browser';
import { DESKTOP, PHONE } from './axe-checks';

// Issue 21, item 1: a resident reads the public pages in real Chromium with JavaScript off – follows the links,
// searches with the form – and every page is axe-clean (WCAG 2.1 AA) in Finnish and Swedish, says its language,
// and fits a 360 px phone as well as a 1440 px screen without scrolling sideways.

const SLUG = 'kajaani';
let product: WebProduct;
let initiativeId: string;

beforeAll(async () => {
  product = await startWebProduct();
  initiativeId = await product.demoInitiativeId(INITIATIVE_16.diaryNumber);
});
afterAll(() => product.close());

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function withoutJavaScript(width: number): Promise<Page> {
  const context = await product.browser.newContext({
    baseURL: product.api.baseUrl,
    viewport: { width, height: 900 },
    javaScriptEnabled: false,
  });
  contexts.push(context);
  return context.newPage();
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * axe-core in the page as it is, its own scripts off: Chromium then fires no timer, and axe waits on timers between
 * its checks, so they run as microtasks (which still run when the test evaluates) for the length of the check.
 */
async function violationsWithoutJavaScript(page: Page) {
  await page.evaluate(() => {
    window.setTimeout = ((run: (...args: unknown[]) => void, _delay?: number, ...args: unknown[]) => {
      void Promise.resolve().then(() => run(...args));
      return 0;
    }) as typeof window.setTimeout;
  });
  return accessibilityViolations(page);
}

it('follows § 16 from the list by its links and finds it with the search form, JavaScript off', async () => {
  const page = await withoutJavaScript(DESKTOP);
  await page.goto(`/public/${SLUG}`);
  expect(new URL(page.url()).pathname).toBe(`/public/${SLUG}/fi`);
  expect(await page.locator('html').getAttribute('lang')).toBe('fi');

  await page.getByLabel('Hakusana').fill('työllisyysbonukseen');
  await page.getByRole('button', { name: 'Hae' }).click();
  await page.waitForURL(/q=/);
  await page.getByRole('link', { name: INITIATIVE_16.title }).click();
  await heading(page).filter({ hasText: INITIATIVE_16.title }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/public/${SLUG}/fi/initiatives/${initiativeId}`);

  await page.getByRole('link', { name: 'Työllisyys- ja kansainvälisyysjaosto 20.5.2026 § 16' }).click();
  await heading(page).filter({ hasText: 'Työllisyys- ja kansainvälisyysjaosto 20.5.2026' }).waitFor();
  await page.getByRole('link', { name: /^Kokoukset vuonna 2026/ }).click();
  await heading(page).filter({ hasText: 'Työllisyys- ja kansainvälisyysjaosto' }).waitFor();
  await page.getByRole('link', { name: 'På svenska' }).click();
  expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  await page.getByRole('heading', { level: 2, name: 'Möten år 2026' }).waitFor();

  await page.getByRole('link', { name: 'Motioner', exact: true }).click();
  await page.getByLabel('Skede').selectOption({ label: 'På remiss' });
  await page.getByRole('button', { name: 'Sök' }).click();
  await page.waitForURL(/state=awaitingStatements/);
  await page.getByRole('link', { name: INITIATIVE_16.title }).waitFor();
  // The staff app's page is served for its own routes only: an address under /public or /oparl that names nothing
  // is a 404, not the app's page.
  for (const path of [`/public/${SLUG}/fi/no-such-page`, '/public/a/b/c/d/e', '/oparl/no-such-object'])
    expect([path, (await page.request.get(path)).status()]).toEqual([path, 404]);
});

const PAGES = () => [
  '',
  '?q=kirjasto&state=awaitingStatements',
  `/initiatives/${initiativeId}`,
  '/accessibility',
  '/annual-lists',
  '/annual-lists/2026',
  '/initiatives/00000000-0000-4000-8000-000000000000',
];

it.each([
  ['fi', DESKTOP],
  ['sv', DESKTOP],
  ['fi', PHONE],
  ['sv', PHONE],
])('is axe-clean in %s at %i px, says its language and does not scroll sideways', async (lang, width) => {
  const page = await withoutJavaScript(width);
  const meetingPath = await (async () => {
    await page.goto(`/public/${SLUG}/${lang}/initiatives/${initiativeId}`);
    const href = await page
      .locator(`a[href^="/public/${SLUG}/${lang}/meetings/"]`)
      .first()
      .getAttribute('href');
    return (href ?? '').slice(`/public/${SLUG}/${lang}`.length);
  })();
  const bodyPath = await (async () => {
    await page.goto(`/public/${SLUG}/${lang}${meetingPath}`);
    const href = await page
      .locator(`a[href^="/public/${SLUG}/${lang}/bodies/"]`)
      .first()
      .getAttribute('href');
    return (href ?? '').slice(`/public/${SLUG}/${lang}`.length);
  })();
  const found: Record<string, unknown> = {};
  for (const path of [...PAGES(), meetingPath, bodyPath]) {
    await page.goto(`/public/${SLUG}/${lang}${path}`);
    const violations = await violationsWithoutJavaScript(page);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const language = await page.locator('html').getAttribute('lang');
    const headings = await heading(page).count();
    if (violations.length > 0 || sideways > 0 || language !== lang || headings !== 1) {
      found[path || '/'] = { violations, sideways, language, headings };
    }
  }
  expect(found).toEqual({});
});
