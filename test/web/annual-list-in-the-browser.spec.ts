import { finnishDate } from '@aloite/domain';
import { field, screenshot, signIn, startWebProduct, type WebProduct } from './browser';

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

// The product runs on the real clock and nothing may be dated after today: the list of this year (filed by 31.12. of
// the last) is decided at a meeting held today. The demo's public-transport initiative of 24.11.2025 is on it.
const OPEN_FROM_LAST_YEAR = 'KAJDno-2025-1630';
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));

it('lets the registrar read the annual list, download it, and record the council’s decision on it', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.getByRole('link', { name: 'Vuosiluettelo' }).click();
  await field(page, 'year').fill(String(YEAR));
  await page.getByRole('button', { name: 'Näytä' }).click();
  await page
    .getByRole('heading', {
      name: `Luettelo valtuustoaloitteista, joiden käsittely on kesken 31.12.${YEAR - 1}`,
    })
    .waitFor();
  const row = page.getByRole('row', { name: new RegExp(`^${OPEN_FROM_LAST_YEAR} `) });
  await row.getByText('Lausunnoilla').waitFor();
  await screenshot(page, 'annual-list');

  for (const [format, type] of [
    ['PDF', 'application/pdf'],
    ['Word (DOCX)', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Taulukko (CSV)', 'text/csv; charset=utf-8'],
  ]) {
    const href = await page.getByRole('link', { name: format, exact: true }).getAttribute('href');
    const response = await page.request.get(href ?? '');
    expect([format, response.status(), response.headers()['content-type']]).toEqual([format, 200, type]);
  }

  await page.getByText(`Todetaan loppuun käsitellyksi: ${OPEN_FROM_LAST_YEAR}`).click();
  await field(page, 'meeting.date').fill(finnishDate(TODAY));
  await field(page, 'meeting.section').fill('31');
  await field(page, 'annualListId').fill(`KAJDno-${YEAR}-200`);
  await page.getByRole('button', { name: 'Kirjaa päätös' }).click();
  await page.getByText(/^Loppuun käsiteltiin (1 aloite|\d+ aloitetta),/).waitFor();
  await row.getByText('Loppuun käsitelty').waitFor();
  const id = await product.demoInitiativeId(OPEN_FROM_LAST_YEAR);
  const initiative = await product.api.call(
    'GET',
    `/api/initiatives/${id}`,
    await product.token('hallintojohtaja'),
  );
  expect(initiative.body.closure).toEqual(expect.objectContaining({ kind: 'annualList', date: TODAY }));
});
