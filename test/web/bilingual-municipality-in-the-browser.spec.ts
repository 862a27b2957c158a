import { finnishDate } from '@aloite/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations, field, settled, signIn, startWebProduct, type WebProduct } from './browser';

// Issue 17: a bilingual municipality (here the demo's Kajaani made Finnish with Swedish, on Espoo's rules) files an
// initiative in Swedish, writes its minutes paragraph in Swedish and offers the annual list in either language and
// both. The Swedish words are domain.md § 7's: fullmäktigemotion, stadsstyrelse, diarienummer.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const TITLE = 'Fullmäktigemotion om simundervisning för alla andraklassare';

async function makeBilingual(): Promise<void> {
  const admin = await product.token('admin');
  const current = (await product.api.call('GET', '/api/municipality', admin)).body;
  // Espoo's rules owe one signer's initiative a written answer: a deadline kind the web app must name.
  const updated = await product.api.call('PUT', '/api/municipality', admin, {
    name: current.name,
    diaryPrefix: current.diaryPrefix,
    secondLanguage: 'sv',
    rulePack: 'espoo',
  });
  expect([updated.status, updated.body.language, updated.body.secondLanguage]).toEqual([200, 'fi', 'sv']);
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

it('asks a Finnish-only municipality for no language', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  for (const path of ['/initiatives/new', `/annual-list?year=${YEAR}`]) {
    await page.goto(path);
    await settled(page);
    expect([path, await page.getByRole('radio').count()]).toEqual([path, 0]);
  }
});

describe('a bilingual municipality', () => {
  beforeAll(makeBilingual);

  it('files a Swedish initiative, shows its language and deadline, and writes its referral in Swedish', async () => {
    const page = await (await product.newContext()).newPage();
    await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
    await page.goto('/initiatives/new');
    await settled(page);
    const language = page.getByRole('group', { name: /^Aloitteen kieli/ });
    expect(await language.getByRole('radio', { name: 'Suomi', exact: true }).isChecked()).toBe(true);
    await field(page, 'title').fill(TITLE);
    await field(page, 'text').fill('Alla andraklassare ska få simundervisning under skoltid.');
    await language.getByText('Ruotsi', { exact: true }).click();
    expect(await language.getByRole('radio', { name: 'Ruotsi', exact: true }).isChecked()).toBe(true);
    await field(page, 'submittedOn').fill(finnishDate(TODAY));
    await field(page, 'signatories-0-name').fill('Anna Lindqvist');
    await field(page, 'filedAt.date').fill(finnishDate(TODAY));
    await field(page, 'filedAt.section').fill('88');
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Kirjaa aloite' }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const details = page.getByRole('region', { name: 'Perustiedot' }).first();
    await details.locator('dt', { hasText: 'Aloitteen kieli' }).waitFor();
    expect(await details.locator('div', { hasText: 'Aloitteen kieli' }).locator('dd').innerText()).toBe(
      'Ruotsi',
    );
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('sv');
    const deadlines = page.getByRole('region', { name: 'Määräajat' }).first();
    await deadlines.getByText('Kirjallisen vastauksen määräaika').waitFor();
    const id = page.url().split('/').pop() ?? '';
    const registrar = await product.token('hallintojohtaja');
    expect((await product.api.call('GET', `/api/initiatives/${id}`, registrar)).body.language).toBe('sv');

    // The council refers it; the clerk takes the referral's paragraph in Swedish.
    const council = (await product.api.call('GET', '/api/bodies', registrar)).body.find(
      (body: { kind: string }) => body.kind === 'council',
    ).id as string;
    const referred = await product.api.call('POST', `/api/initiatives/${id}/events`, registrar, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: council, date: TODAY, section: 89 },
    });
    expect(referred.status).toBe(200);
    await page.reload();
    const referral = page.getByRole('region', { name: 'Käsittelyt' }).first().getByRole('listitem').first();
    await referral.getByRole('button', { name: 'Pöytäkirjateksti' }).click();
    const minutes = referral.locator('textarea');
    await page.waitForFunction(
      (area) => (area as HTMLTextAreaElement | null)?.value.includes('Päätös'),
      await minutes.elementHandle(),
    );
    const paragraphLanguage = referral.getByRole('group', { name: /^Pöytäkirjatekstin kieli/ });
    expect(await paragraphLanguage.getByRole('radio', { name: 'Suomi', exact: true }).isChecked()).toBe(true);
    await paragraphLanguage.getByText('Ruotsi', { exact: true }).click();
    await referral.getByText(/Fullmäktigemotionen remitterades till stadsstyrelsen/).waitFor();
    const swedish = await minutes.inputValue();
    expect(swedish).toContain('Beslut');
    expect(swedish).not.toContain('Päätös');
    expect(await minutes.getAttribute('lang')).toBe('sv');
    await expectAxeClean(page);

    // The list names the initiative's next deadline by its kind.
    await page.goto(`/initiatives?q=${encodeURIComponent('simundervisning')}`);
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('Kirjallisen vastauksen määräaika').waitFor();
  });

  it('offers the annual list in Finnish, Swedish and both', async () => {
    const page = await (await product.newContext()).newPage();
    await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
    await page.goto(`/annual-list?year=${YEAR}`);
    await settled(page);
    const csv = page.getByRole('link', { name: 'Taulukko (CSV)', exact: true });
    const language = page.getByRole('group', { name: /^Asiakirjan kieli/ });
    expect(await language.getByRole('radio', { name: 'Suomi', exact: true }).isChecked()).toBe(true);
    expect(await csv.getAttribute('href')).toContain('language=fi');
    await expectAxeClean(page);

    const download = async () => {
      const response = await page.request.get((await csv.getAttribute('href')) ?? '');
      expect([response.status(), response.headers()['content-type']]).toEqual([
        200,
        'text/csv; charset=utf-8',
      ]);
      expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
      return (await response.text()).split('\r\n')[0];
    };
    await language.getByText('Ruotsi', { exact: true }).click();
    expect(await csv.getAttribute('href')).toContain('language=sv');
    const swedish = await download();
    expect(swedish).toContain('"Diarienummer"');
    expect(swedish).not.toContain('Diaarinumero');
    for (const format of ['PDF', 'Word (DOCX)']) {
      const href = await page.getByRole('link', { name: format, exact: true }).getAttribute('href');
      expect(href).toContain('language=sv');
      expect((await page.request.get(href ?? '')).status()).toBe(200);
    }

    await language.getByText('Suomi ja ruotsi', { exact: true }).click();
    expect(await csv.getAttribute('href')).toContain('language=both');
    expect(await download()).toContain('"Diaarinumero / Diarienummer"');
    await expectAxeClean(page);
  });
});
