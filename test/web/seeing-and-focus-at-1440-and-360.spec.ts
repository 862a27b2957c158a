import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, type Language } from './axe-checks';
import {
  accessibilityViolations,
  field,
  screenshot,
  settled,
  startWebProduct,
  type AxeViolation,
  type WebProduct,
} from './browser';
import {
  clippedCells,
  focusedAlert,
  focusedHeading,
  focusRingContrast,
  wordsBrokenMidWord,
  type RingContrast,
} from './layout-measures';

// Issue 19, "Seeing and finding": the statement requests fit a desktop and read as cards on a phone, titles in
// lists do not break mid-word, the header leaves the page room, focus goes where a screen reader should start
// reading, and the focus ring stands out (3:1) on every background it is drawn on.

const REQUESTED = 'KAJDno-2025-1630';
const EMPLOYMENT = 'Työllisyys- ja kansainvälisyysjaosto';
const COLUMNS = ['Toimielin', 'Pyydetty', 'Määräpäivä', 'Valmistelijat', 'Lausunnon tila'];
const WITHDRAWN = 'KAJDno-2025-0811';

let product: WebProduct;
let requestedPath: string;
beforeAll(async () => {
  product = await startWebProduct();
  const id = await product.demoInitiativeId(REQUESTED);
  requestedPath = `/initiatives/${id}`;
  // A third request, from the body with the longest name, prepared by two: the widest row the table gets.
  const registrar = await product.token('hallintojohtaja');
  const bodies = (await product.api.call('GET', '/api/bodies', registrar)).body as {
    id: string;
    name: string;
  }[];
  const requested = await product.api.call('POST', `/api/initiatives/${id}/events`, registrar, {
    type: 'REQUEST_STATEMENT',
    bodyId: bodies.find((body) => body.name === EMPLOYMENT)?.id,
    date: '2026-12-01',
    dueDate: '2027-01-31',
    preparers: [
      { name: 'Risto Hämäläinen', title: 'Työllisyyspalvelujen päällikkö' },
      { name: 'Milla Tikkanen', title: 'Kehittämiskoordinaattori' },
    ],
  });
  expect(requested.status).toBe(200);
});
afterAll(() => product.close());

async function signedIn(width: number, language: Language = 'fi'): Promise<Page> {
  const context: BrowserContext = await product.newContext(width, 900);
  await context.addInitScript((chosen) => localStorage.setItem('aloite.language', chosen), language);
  const response = await context.request.post('/api/auth/login', {
    data: { username: 'hallintojohtaja', password: 'demo-hallintojohtaja' },
  });
  expect(response.status()).toBe(200);
  return context.newPage();
}

const statementsPanel = (page: Page) => page.getByRole('region', { name: 'Lausuntopyynnöt' }).first();

it('shows every statement request’s cells whole at 1440 px, and each request as a card at 360 px', async () => {
  const page = await signedIn(DESKTOP);
  await page.goto(requestedPath);
  await settled(page);
  const table = statementsPanel(page).locator('.table-scroll');
  expect(await table.locator('tbody tr').count()).toBe(3);
  expect(await clippedCells(table)).toEqual([]);

  await page.setViewportSize({ width: PHONE, height: 900 });
  const cards = statementsPanel(page).getByRole('listitem');
  await cards.first().waitFor();
  expect(await statementsPanel(page).locator('table').count()).toBe(0);
  expect(await cards.count()).toBe(3);
  for (const card of await cards.all()) {
    expect(await card.locator('dt').allInnerTexts()).toEqual(COLUMNS);
  }
  const employment = cards.filter({ hasText: EMPLOYMENT });
  await employment.getByText('Risto Hämäläinen, Milla Tikkanen').waitFor();
  const outside = await statementsPanel(page).evaluate((panel) =>
    Array.from(panel.querySelectorAll('dt, dd'))
      .filter(
        (cell) =>
          cell.getBoundingClientRect().right > window.innerWidth || cell.scrollWidth > cell.clientWidth,
      )
      .map((cell) => cell.textContent),
  );
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE);
  await screenshot(page, 'initiative-phone');
});

it('breaks no ordinary word of a title in the lists on a 360 px phone', async () => {
  const page = await signedIn(PHONE);
  const broken: Record<string, string[]> = {};
  for (const path of ['/initiatives', '/']) {
    await page.goto(path);
    await settled(page);
    expect(await page.locator('.data-table td a').count()).toBeGreaterThan(0);
    const words = await wordsBrokenMidWord(page, '.data-table td a');
    if (words.length > 0) broken[path] = words;
  }
  expect(broken).toEqual({});
});

it('keeps the desktop header within 160 px, with the pages, the language and signing out in it', async () => {
  const page = await signedIn(DESKTOP);
  await page.goto('/');
  await settled(page);
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height).toBeLessThanOrEqual(160);
  expect((await page.locator('main').boundingBox())?.y).toBeLessThanOrEqual(160);
  const inHeader = [
    page.getByRole('button', { name: /^Suomeksi \(FI\)/ }),
    page.getByRole('button', { name: 'Kirjaudu ulos' }),
    ...['Yleiskatsaus', 'Aloitteet', 'Vuosiluettelo', 'Kokoukset', 'Muistutukset', 'Kirjaa uusi aloite'].map(
      (name) => page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name, exact: true }),
    ),
  ];
  const outside: string[] = [];
  for (const control of inHeader) {
    const box = await control.boundingBox();
    if (!box || !header || box.y + box.height > header.y + header.height) outside.push(String(control));
  }
  expect(outside).toEqual([]);
  await page.getByRole('button', { name: /^Suomeksi \(FI\)/ }).click();
  await page.getByRole('menuitem', { name: 'In English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
});

it('moves focus to the new page’s heading after each navigation in the app, on a desktop and on a phone', async () => {
  const page = await signedIn(DESKTOP);
  await page.goto('/');
  await settled(page);
  const navigation = page.getByRole('navigation', { name: 'Päävalikko' });
  await navigation.getByRole('link', { name: 'Aloitteet', exact: true }).click();
  expect(await focusedHeading(page)).toBe('Aloitteet');
  await page
    .getByRole('link', { name: /^Valtuustoaloite maksuttomasta joukkoliikenteestä/ })
    .first()
    .click();
  expect(await focusedHeading(page)).toBe(
    'Valtuustoaloite maksuttomasta joukkoliikenteestä yli 70-vuotiaille',
  );
  await page
    .getByRole('region', { name: 'Toimenpiteet' })
    .first()
    .getByRole('button', { name: 'Pyydä lausunto' })
    .click();
  expect(await focusedHeading(page)).toBe('Pyydä lausunto');
  await page.goBack();
  expect(await focusedHeading(page)).toBe(
    'Valtuustoaloite maksuttomasta joukkoliikenteestä yli 70-vuotiaille',
  );

  await page.setViewportSize({ width: PHONE, height: 900 });
  await page.getByRole('button', { name: 'Valikko' }).click();
  await page.getByRole('link', { name: 'Vuosiluettelo', exact: true }).click();
  expect(await focusedHeading(page)).toMatch(/^Vuosiluettelo/);
});

it('moves focus to the alert when a save or a sign-in fails', async () => {
  const page = await signedIn(DESKTOP);
  await page.goto(`${requestedPath}/events/WITHDRAW`);
  await settled(page);
  await field(page, 'date').fill('31.2.2026');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByText('Tarkista lomakkeen tiedot').waitFor();
  expect(await focusedAlert(page)).toMatch(/^Tarkista lomakkeen tiedot/);

  await page.goto(`/initiatives/${await product.demoInitiativeId(WITHDRAWN)}/events/WITHDRAW`);
  await settled(page);
  await field(page, 'requestedBy').fill('Tero Pulkkinen');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByText('Tallennus ei onnistunut').waitFor();
  expect(await focusedAlert(page)).toMatch(/^Tallennus ei onnistunut/);

  await page.goto('/initiatives/new');
  await settled(page);
  await page.getByRole('button', { name: 'Kirjaa aloite' }).click();
  await page.getByText('Tallennus ei onnistunut').waitFor();
  expect(await focusedAlert(page)).toMatch(/^Tallennus ei onnistunut/);

  const signedOut = await (await product.newContext(DESKTOP)).newPage();
  await signedOut.goto('/');
  await signedOut.getByLabel('Käyttäjätunnus').fill('valtuustosihteeri');
  await signedOut.getByLabel('Salasana').fill('not-the-password');
  await signedOut.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await signedOut.getByText('Käyttäjätunnus tai salasana on väärin.').waitFor();
  expect(await focusedAlert(signedOut)).toBe('Käyttäjätunnus tai salasana on väärin.');
});

/** Every stop of the Tab key on the page as it stands, once round, and the focus ring at each. */
async function ringsOnEveryTabStop(page: Page): Promise<RingContrast[]> {
  const rings: RingContrast[] = [];
  const seen = new Set<string>();
  for (let presses = 0; presses < 250; presses++) {
    await page.keyboard.press('Tab');
    const path = await page.evaluate(() => {
      const steps: string[] = [];
      for (let at = document.activeElement; at && at !== document.body; at = at.parentElement)
        steps.push(`${at.tagName}${Array.from(at.parentElement?.children ?? []).indexOf(at)}`);
      return steps.join('<');
    });
    if (path === '' || seen.has(path)) break;
    seen.add(path);
    rings.push(await focusRingContrast(page));
  }
  return rings;
}

it('draws a focus ring with at least 3:1 against every background at every Tab stop, at 1440 and 360 px', async () => {
  const page = await signedIn(DESKTOP);
  const rings: RingContrast[] = [];
  for (const width of [DESKTOP, PHONE]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [
      '/',
      requestedPath,
      `${requestedPath}/events/REQUEST_STATEMENT`,
      '/initiatives/new',
    ]) {
      await page.goto(path);
      await settled(page);
      rings.push(...(await ringsOnEveryTabStop(page)));
    }
  }
  const backgrounds = new Set(rings.flatMap((ring) => ring.against.map((against) => against.background)));
  // White, the grey page and the blue of the main buttons at least.
  expect(backgrounds.size).toBeGreaterThanOrEqual(3);
  expect(rings.length).toBeGreaterThan(100);
  const faint = rings.filter(
    (ring) => ring.ring.length === 0 || ring.against.some((against) => against.ratio < 3),
  );
  expect(faint).toEqual([]);
});

it('has no axe violation on the pages it changed, in Finnish and English, at 1440 and 360 px', async () => {
  const found: Record<string, AxeViolation[]> = {};
  for (const language of ['fi', 'en'] as const) {
    const page = await signedIn(DESKTOP, language);
    for (const path of ['/', '/initiatives', requestedPath, `${requestedPath}/events/WITHDRAW`]) {
      for (const width of [DESKTOP, PHONE]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await settled(page);
        const violations = await accessibilityViolations(page);
        if (violations.length > 0) found[`${language} ${path} @${width}px`] = violations;
      }
    }
    await page.close();
  }
  expect(found).toEqual({});
});
