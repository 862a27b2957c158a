import { INITIATIVE_16 } from '@aloite/domain/testing';
import { field, screenshot, signIn, startWebProduct, type WebProduct } from './browser';

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

it('lets the registrar read the annual list, download it, and record the council’s decision on it', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.getByRole('link', { name: 'Vuosiluettelo' }).click();
  await field(page, 'year').fill('2027');
  await page.getByRole('button', { name: 'Näytä' }).click();
  await page
    .getByRole('heading', { name: 'Luettelo valtuustoaloitteista, joiden käsittely on kesken 31.12.2026' })
    .waitFor();
  const row = page.getByRole('row', { name: new RegExp(`^${INITIATIVE_16.diaryNumber} `) });
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

  await page.getByText(`Todetaan loppuun käsitellyksi: ${INITIATIVE_16.diaryNumber}`).click();
  await field(page, 'meeting.date').fill('12.4.2027');
  await field(page, 'meeting.section').fill('31');
  await field(page, 'annualListId').fill('KAJDno-2027-200');
  await page.getByRole('button', { name: 'Kirjaa päätös' }).click();
  await page.getByText(/^Loppuun käsiteltiin \d+ aloitetta/).waitFor();
  await row.getByText('Loppuun käsitelty').waitFor();
  const id = await product.demoInitiativeId(INITIATIVE_16.diaryNumber);
  const initiative = await product.api.call(
    'GET',
    `/api/initiatives/${id}`,
    await product.token('hallintojohtaja'),
  );
  expect(initiative.body.closure).toEqual(
    expect.objectContaining({ kind: 'annualList', date: '2027-04-12' }),
  );
});
