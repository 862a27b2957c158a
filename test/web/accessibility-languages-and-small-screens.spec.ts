import { EVENT_TYPES } from '@aloite/domain';
import { INITIATIVE_16 } from '@aloite/domain/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { settled, signIn, startWebProduct, type WebProduct } from './browser';

// What axe-core cannot see (axe itself runs on every page and state in axe-on-every-page-and-state.spec.ts): the
// language switch, keyboard-only use and a 360 px phone.

let product: WebProduct;
let initiativePath: string;

beforeAll(async () => {
  product = await startWebProduct();
  initiativePath = `/initiatives/${await product.demoInitiativeId(INITIATIVE_16.diaryNumber)}`;
});
afterAll(() => product.close());

async function contextIn(language: 'fi' | 'en', width = 1280): Promise<BrowserContext> {
  const context = await product.newContext(width, 900);
  await context.addInitScript((chosen) => localStorage.setItem('aloite.language', chosen), language);
  return context;
}

async function signInAs(context: BrowserContext, username: string, password: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(response.status()).toBe(200);
  return page;
}

const PAGES = () => [
  '/',
  '/initiatives',
  '/initiatives?state=awaitingStatements&deadline=overdue',
  '/initiatives/new',
  '/annual-list?year=2027',
  '/reminders',
  '/password',
  initiativePath,
  ...EVENT_TYPES.map((type) => `${initiativePath}/events/${type}`),
  '/no-such-page',
];

it('switches language from the menu, and every label follows', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'valtuustosihteeri', 'demo-valtuustosihteeri');
  await page.getByRole('heading', { level: 1, name: 'Yleiskatsaus' }).waitFor();
  await page.getByRole('button', { name: 'Valitse kieli' }).click();
  await page.getByRole('menuitem', { name: 'På svenska' }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  expect(await page.getByText('På remiss').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Välj språk' }).click();
  await page.getByRole('menuitem', { name: 'In English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  expect(await page.getByText('Awaiting statements').count()).toBeGreaterThan(0);
});

it('works with the keyboard alone: skip link, sign-in, navigation and an action', async () => {
  const page = await (await product.newContext()).newPage();
  await page.goto('/');
  await page.locator('input[name="username"]').waitFor();
  const focusedName = () =>
    page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
  while ((await focusedName()) !== 'username') await page.keyboard.press('Tab');
  await page.keyboard.type('hallintojohtaja');
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo-hallintojohtaja');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Yleiskatsaus' }).waitFor();

  // The first Tab reaches the skip link, which moves focus past the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Siirry sisältöön');
  const focusRing = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  );
  expect(focusRing).not.toBe('none');

  // Tab to the list in the navigation and open it with Enter.
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let presses = 0; (await focusedText()) !== 'Aloitteet' && presses < 30; presses++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Aloitteet' }).waitFor();

  // Tab to § 16 in the list, open it, and reach its first action.
  for (let presses = 0; (await focusedText()) !== INITIATIVE_16.title && presses < 80; presses++)
    await page.keyboard.press('Tab');
  expect(await focusedText()).toBe(INITIATIVE_16.title);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: INITIATIVE_16.title }).waitFor();
  for (let presses = 0; (await focusedText()) !== 'Pyydä lausunto' && presses < 40; presses++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Pyydä lausunto' }).waitFor();
});

it('fits a 360 px wide phone: no page scrolls sideways, the menu opens', async () => {
  const page = await signInAs(await contextIn('fi', 360), 'hallintojohtaja', 'demo-hallintojohtaja');
  const overflowing: string[] = [];
  for (const path of PAGES()) {
    await page.goto(path);
    await settled(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) overflowing.push(`${path}: ${width} px`);
  }
  expect(overflowing).toEqual([]);
  await page.goto('/');
  await settled(page);
  await page.getByRole('button', { name: 'Valikko' }).click();
  await page.getByRole('link', { name: 'Aloitteet', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Aloitteet' }).waitFor();
});
