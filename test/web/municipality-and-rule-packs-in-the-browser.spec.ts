import { INITIATIVE_16 } from '@aloite/domain/testing';
import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  choose,
  field,
  settled,
  signIn,
  startWebProduct,
  type WebProduct,
} from './browser';

// Issue 20: the administrator keeps the municipality and its rule-pack versions from the web app: edits the
// municipality, previews a new version (which open initiatives it changes, and how), saves it and sees it listed
// from its day; a refused rule is worded at its field; no other role is offered the pages.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

const ADMIN = ['admin', 'demo-admin-2026'] as const;

async function openAsAdmin(link: string, heading: string): Promise<Page> {
  const page = await (await product.newContext()).newPage();
  await signIn(page, ...ADMIN);
  await page.getByRole('link', { name: 'Kunta ja säännöt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kunnan tiedot' }).waitFor();
  if (link) {
    await page.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  await settled(page);
  return page;
}

async function municipality() {
  return (await product.api.call('GET', '/api/municipality', await product.token('admin'))).body;
}

it('lets the administrator rename the municipality and change its prefix, and words a refused language', async () => {
  const page = await openAsAdmin('', '');
  expect(await field(page, 'name').inputValue()).toBe('Kajaani');

  // The same language twice is refused at the field, in Finnish, and nothing is saved.
  await choose(page, 'secondLanguage', 'Suomi');
  await page.getByRole('button', { name: 'Tallenna kunnan tiedot' }).click();
  await page
    .locator('[id="field-secondLanguage-statusText"]')
    .getByText('Toisen kielen pitää olla eri')
    .waitFor();
  expect((await municipality()).secondLanguage).toBeNull();

  await choose(page, 'secondLanguage', 'Ei toista kieltä');
  await field(page, 'name').fill('Kajaanin kaupunki');
  await field(page, 'diaryPrefix').fill('KAJ');
  await page.getByRole('button', { name: 'Tallenna kunnan tiedot' }).click();
  await page.getByText('Kunnan tiedot tallennettiin.').waitFor();
  const saved = await municipality();
  expect([saved.name, saved.diaryPrefix, saved.secondLanguage]).toEqual(['Kajaanin kaupunki', 'KAJ', null]);
  await page.locator('.brand-sub').getByText('Kajaanin kaupunki').waitFor();
});

it('previews a new version of the rules, shows the initiatives it changes, saves it and lists it from its day', async () => {
  const page = await openAsAdmin('Käsittelysääntöjen versiot', 'Käsittelysääntöjen versiot');
  const versions = page.getByRole('region', { name: 'Versiot' }).first();
  // The demo has one version, Kajaani's rules from the start, in force today.
  expect(await versions.getByRole('row').count()).toBe(2);
  await versions.getByText('Voimassa tänään').waitFor();

  // Prefilled from the version in force: Kajaani's annual list falls due on 31.3.
  expect(await field(page, 'annualList.dueMonth').inputValue()).toBe('3');
  expect(await field(page, 'annualList.dueDay').inputValue()).toBe('31');

  // From 1.1.2025, a council deadline of six months for councillors' and groups' initiatives.
  await field(page, 'validFrom').fill('1.1.2025');
  await page.getByRole('button', { name: 'Lisää määräaikasääntö' }).click();
  await field(page, 'deadlines.0.months').fill('6');
  await page.getByRole('button', { name: 'Esikatsele vaikutukset' }).click();

  const preview = page.getByRole('region', { name: 'Vaikutukset avoimiin aloitteisiin' }).first();
  await preview.waitFor();
  // § 16, a councillor's initiative handed in 31.3.2026 and still open: no council deadline today; six months
  // from its filing under the new version, the month's last day as 31.9. does not exist.
  const row16 = preview.getByRole('row').filter({ hasText: INITIATIVE_16.diaryNumber });
  expect(await row16.innerText()).toMatch(/Ei määräaikaa\s+Valtuuston käsittelyn määräaika 30\.9\.2026/);
  expect(await page.getByText(/^Versio koskisi \d+ avointa aloitetta\.$/).count()).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Tallenna ja ota käyttöön' }).click();
  await page.getByText('Uusi sääntöversio tallennettiin, voimassa 1.1.2025 alkaen.').waitFor();
  const added = versions.getByRole('row').filter({ hasText: '1.1.2025' });
  await added.getByText('Voimassa tänään').waitFor();
  expect(await added.innerText()).toContain('Käsittelyn määräajat');
  expect(await versions.getByText('Voimassa tänään').count()).toBe(1);
  const stored = await product.api.call('GET', '/api/municipality/rule-packs', await product.token('admin'));
  expect(stored.body.map((version: { rules: { validFrom: string } }) => version.rules.validFrom)).toContain(
    '2025-01-01',
  );
});

it('shows a rule out of its range worded at its field, and saves nothing', async () => {
  const page = await openAsAdmin('Käsittelysääntöjen versiot', 'Käsittelysääntöjen versiot');
  const before = await product.api.call('GET', '/api/municipality/rule-packs', await product.token('admin'));
  await field(page, 'validFrom').fill('1.1.2030');
  await field(page, 'annualList.dueMonth').fill('13');
  await page.getByRole('button', { name: 'Tallenna ja ota käyttöön' }).click();
  await page
    .locator('[id="field-annualList.dueMonth-statusText"]')
    .getByText('Kirjoita luku väliltä 1–12.')
    .waitFor();
  await page
    .locator('.form-alert')
    .getByText(/1 kentässä|kentässä on virhe/)
    .waitFor();
  const after = await product.api.call('GET', '/api/municipality/rule-packs', await product.token('admin'));
  expect(after.body).toEqual(before.body);
  expect(await accessibilityViolations(page)).toEqual([]);
});

it.each(['fi', 'sv'] as const)(
  'is axe-clean in %s at 1440 and 360 px, and nothing scrolls sideways',
  async (language) => {
    for (const width of [1440, 360]) {
      const context = await product.newContext(width, 900);
      await context.request.post('/api/auth/login', { data: { username: ADMIN[0], password: ADMIN[1] } });
      const page = await context.newPage();
      await page.addInitScript((chosen) => localStorage.setItem('aloite.language', chosen), language);
      for (const path of ['/admin/municipality', '/admin/rule-packs']) {
        await page.goto(path);
        await settled(page);
        await page.locator('form').waitFor();
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect({ path, width, violations: await accessibilityViolations(page), scrollWidth }).toEqual({
          path,
          width,
          violations: [],
          scrollWidth: width,
        });
      }
      await context.close();
    }
  },
);

it('is not offered to the registrar, and opened by address says it is the role that forbids it', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await settled(page);
  expect(await page.getByRole('link', { name: 'Kunta ja säännöt' }).count()).toBe(0);
  for (const path of ['/admin/municipality', '/admin/rule-packs']) {
    await page.goto(path);
    await page.getByText('Roolisi ei salli toimenpidettä ”Muokkaa kunnan tietoja”').waitFor();
    expect(await page.locator('form').count()).toBe(0);
  }
});
