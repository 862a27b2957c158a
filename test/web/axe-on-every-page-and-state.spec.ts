import { INITIATIVE_16 } from '@aloite/domain/testing';
import type { Page } from 'playwright-core';
import { AxeChecks, DESKTOP, PHONE, type Found, type Language } from './axe-checks';
import { choose, field, settled, startWebProduct, type WebProduct } from './browser';
import { demoTargets, PAGES_OF_ROUTE, ROLES, routerPaths, type DemoTargets } from './pages-of-every-role';

// WCAG 2.1 A and AA as axe-core checks them – no violation of any impact – on every page each role reaches and in
// the states a page only shows after something happened: field errors, a refusal, a conflict, an open menu. Each
// at a desktop and a phone width. One product, one browser, one signed-in profile per role.

const [REGISTRAR, SECRETARY, , ADMIN] = ROLES;
const WITHDRAWN = 'KAJDno-2025-0811';
// A busy 2-core machine takes a few seconds a check; a role's pages are some forty of them.
const PAGES_TIMEOUT_MS = 300_000;
const STATES_TIMEOUT_MS = 120_000;

let product: WebProduct;
let axe: AxeChecks;
const targets = new Map<string, DemoTargets>();
beforeAll(async () => {
  product = await startWebProduct();
  axe = new AxeChecks(product);
  for (const role of ROLES) targets.set(role.username, await demoTargets(product, role));
});
afterAll(async () => {
  console.log(`axe checks (page or state × width × language): ${axe.count}`);
  await product.close();
});

const registrarTargets = () => targets.get(REGISTRAR.username) as DemoTargets;

it('has a row for every route of the web app’s router, and no row for a route it lacks', () => {
  expect(Object.keys(PAGES_OF_ROUTE).sort()).toEqual(routerPaths().sort());
});

it.each(ROLES.map((role) => [role.username, role] as const))(
  'every page %s reaches has no violation, in Finnish',
  async (_, role) => {
    const demo = targets.get(role.username) as DemoTargets;
    const paths = Object.values(PAGES_OF_ROUTE).flatMap((pagesOf) => pagesOf(role, demo));
    const page = await axe.tab(role);
    expect(await axe.pages(page, role.username, paths)).toEqual({});
    await page.close();
  },
  PAGES_TIMEOUT_MS,
);

it.each(['sv', 'en'] as const)(
  'the pages with most text have none in %s either',
  async (language) => {
    const demo = registrarTargets();
    const page = await axe.tab(REGISTRAR, language);
    const paths = [
      '/',
      `/initiatives/${demo.answered}`,
      '/initiatives/new',
      `/initiatives/${demo.forEvent('RECORD_BOARD_DECISION')}/events/RECORD_BOARD_DECISION`,
      '/annual-list?year=2027',
      `/meetings/${demo.seedMeeting}`,
    ];
    expect(await axe.pages(page, `${REGISTRAR.username} ${language}`, paths)).toEqual({});
    await page.close();
  },
  PAGES_TIMEOUT_MS,
);

it.each(['fi', 'sv', 'en'] as const)(
  'the sign-in page, a refused sign-in and its open language menu have none in %s',
  async (language: Language) => {
    const context = await product.newContext(DESKTOP);
    await context.addInitScript((chosen) => localStorage.setItem('aloite.language', chosen), language);
    const page = await context.newPage();
    const where = `signed out ${language}`;
    const found: Found = await axe.state(page, `${where} sign-in`, undefined, async () => {
      await page.goto('/');
      await page.locator('input[name="username"]').waitFor();
    });
    await page.locator('input[name="username"]').fill(REGISTRAR.username);
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    await page.locator('.fi-inline-alert').waitFor();
    Object.assign(found, await axe.state(page, `${where} refused sign-in`));
    Object.assign(
      found,
      await axe.state(page, `${where} language menu open`, undefined, () => openLanguageMenu(page)),
    );
    expect(found).toEqual({});
    await context.close();
  },
  STATES_TIMEOUT_MS,
);

async function openLanguageMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.fi-language-menu button').first().click();
  await page.getByRole('menuitem').first().waitFor();
}

it(
  'open menus and disclosures have none: language menu, phone navigation, dropdown, date picker, expanders',
  async () => {
    const demo = registrarTargets();
    const page = await axe.tab(REGISTRAR);
    await page.goto(`/initiatives/${demo.answered}`);
    await settled(page);
    const found: Found = await axe.state(page, 'language menu open', undefined, () => openLanguageMenu(page));
    await page.keyboard.press('Escape');
    Object.assign(
      found,
      await axe.state(page, 'phone navigation open', [PHONE], async () => {
        await page.getByRole('button', { name: 'Valikko' }).click();
        await page.getByRole('link', { name: 'Aloitteet', exact: true }).waitFor();
      }),
    );
    await page.setViewportSize({ width: DESKTOP, height: 900 });
    await page.getByRole('button', { name: 'Aloitteen teksti' }).click();
    await page.getByRole('button', { name: 'Pöytäkirjateksti' }).first().click();
    await page.getByRole('button', { name: 'Kopioi pöytäkirjateksti' }).first().waitFor();
    Object.assign(found, await axe.state(page, 'initiative text and minutes text open'));

    await page.goto(`/initiatives/${demo.forEvent('REQUEST_STATEMENT')}/events/REQUEST_STATEMENT`);
    await settled(page);
    Object.assign(
      found,
      await axe.state(page, 'dropdown open', undefined, async () => {
        await page.keyboard.press('Escape');
        await page.locator('[id="field-requests.0.bodyId_button"]').click();
        await page.getByRole('option').first().waitFor();
      }),
    );
    Object.assign(
      found,
      await axe.state(page, 'date picker open', undefined, async () => {
        await page.keyboard.press('Escape');
        await page
          .getByRole('button', { name: /^Valitse päivämäärä/ })
          .first()
          .click();
        await page.getByRole('dialog').waitFor();
      }),
    );
    expect(found).toEqual({});
    await page.close();
  },
  STATES_TIMEOUT_MS,
);

it(
  'field errors and their summary have none, on an event form and on the filing form',
  async () => {
    const demo = registrarTargets();
    const page = await axe.tab(REGISTRAR);
    await page.goto(`/initiatives/${demo.forEvent('WITHDRAW')}/events/WITHDRAW`);
    await settled(page);
    await field(page, 'date').fill('31.2.2026');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Tarkista lomakkeen tiedot').waitFor();
    const found = await axe.state(page, 'event form with field errors');

    await page.goto('/initiatives/new');
    await settled(page);
    await page.getByRole('button', { name: 'Kirjaa aloite' }).click();
    await page.getByText('Tallennus ei onnistunut').waitFor();
    Object.assign(found, await axe.state(page, 'filing form with field errors'));
    expect(found).toEqual({});
    await page.close();
  },
  STATES_TIMEOUT_MS,
);

it(
  'refusals by the API have none: an event the state does not allow, a document that is not what it says',
  async () => {
    const page = await axe.tab(REGISTRAR);
    await page.goto(`/initiatives/${await product.demoInitiativeId(WITHDRAWN)}/events/WITHDRAW`);
    await settled(page);
    await field(page, 'requestedBy').fill('Tero Pulkkinen');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Tallennus ei onnistunut').waitFor();
    const found = await axe.state(page, 'event refused (422)');

    const secretary = await axe.tab(SECRETARY);
    await secretary.goto(`/initiatives/${await product.demoInitiativeId(INITIATIVE_16.diaryNumber)}`);
    await settled(secretary);
    const documents = secretary.getByRole('region', { name: 'Asiakirjat' }).first();
    await documents.locator('#field-file').setInputFiles({
      name: 'vastine.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]),
    });
    await documents.getByRole('button', { name: 'Lisää asiakirja' }).click();
    await documents.getByText(/^Tiedosto ei ole PDF-, Word-/).waitFor();
    Object.assign(found, await axe.state(secretary, 'document refused'));
    expect(found).toEqual({});
    await Promise.all([page.close(), secretary.close()]);
  },
  STATES_TIMEOUT_MS,
);

it(
  'a conflicting save (409) in a second tab, and the saved page after reloading, have none',
  async () => {
    const path = `/initiatives/${registrarTargets().open}/events/REQUEST_STATEMENT`;
    const [first, second] = [await axe.tab(REGISTRAR), await axe.tab(REGISTRAR)];
    for (const tab of [first, second]) {
      await tab.goto(path);
      await settled(tab);
    }
    await requestStatement(first, 'Tekninen lautakunta', 'Teemu Tekninen');
    await first.getByText('Tallennettu').waitFor();
    await requestStatement(second, 'Hyvinvointilautakunta', 'Hilkka Hyvinvointi');
    await second.getByText('Joku muu muutti aloitetta').waitFor();
    const found = await axe.state(second, 'conflict (409)');
    await second.getByRole('button', { name: 'Lataa uusin tilanne' }).click();
    await second.getByRole('button', { name: 'Tallenna' }).click();
    await second.getByText('Tallennettu').waitFor();
    Object.assign(found, await axe.state(second, 'saved after reloading'));
    expect(found).toEqual({});
    await Promise.all([first.close(), second.close()]);
  },
  STATES_TIMEOUT_MS,
);

async function requestStatement(page: Page, body: string, preparer: string): Promise<void> {
  await choose(page, 'requests.0.bodyId', body);
  await field(page, 'date').fill('1.6.2026');
  await field(page, 'requests.0.dueDate').fill('30.6.2026');
  await field(page, 'requests.0.preparers-0-name').fill(preparer);
  await page.getByRole('button', { name: 'Tallenna' }).click();
}

it(
  'the administrator’s read log of a document, open, has none',
  async () => {
    const registrar = await axe.tab(REGISTRAR);
    const initiative = await product.demoInitiativeId(INITIATIVE_16.diaryNumber);
    const upload = await registrar.request.post(`/api/initiatives/${initiative}/attachments`, {
      headers: { origin: product.api.baseUrl },
      multipart: {
        file: { name: 'luonnos.txt', mimeType: 'text/plain', buffer: Buffer.from('Luonnos.\n') },
        publicity: 'notYetPublic',
      },
    });
    expect(upload.status()).toBe(201);
    await registrar.close();
    const page = await axe.tab(ADMIN);
    await page.goto(`/initiatives/${initiative}`);
    await settled(page);
    await page.getByRole('button', { name: 'Lukuloki' }).first().click();
    await page.getByText('Kukaan ei ole avannut asiakirjaa.').waitFor();
    const found = await axe.state(page, 'read log open');
    expect(found).toEqual({});
    await page.close();
  },
  STATES_TIMEOUT_MS,
);
