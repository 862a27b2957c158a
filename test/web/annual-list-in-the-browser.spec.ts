import { finnishDate } from '@aloite/domain';
import {
  accessibilityViolations,
  field,
  screenshot,
  signIn,
  startWebProduct,
  type WebProduct,
} from './browser';

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
  await page.getByRole('link', { name: 'Vuosiluettelo', exact: true }).click();
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

it('says in the clerk’s language that a year which is not one is wrong, instead of showing this year’s list', async () => {
  for (const [language, message] of [
    ['fi', 'Vuoden on oltava kokonaisluku 1990–2200'],
    ['en', 'The year must be a whole number from 1990 to 2200'],
  ] as const) {
    const context = await product.newContext();
    const page = await context.newPage();
    await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
    await page.evaluate((chosen) => localStorage.setItem('aloite.language', chosen), language);
    for (const typed of ['abc', '20266', '-1', '2026.5']) {
      await page.goto('/annual-list');
      await page.locator('.fi-loadingSpinner').first().waitFor({ state: 'hidden' });
      await field(page, 'year').fill(typed);
      await field(page, 'year').press('Enter');
      await page.waitForURL(`**/annual-list?year=${encodeURIComponent(typed)}`);
      await page.getByText(message).waitFor();
      expect([typed, await page.locator('#list-title').count()]).toEqual([typed, 0]);
      expect(await field(page, 'year').getAttribute('aria-invalid')).toBe('true');
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  }
  const refused = await product.api.call(
    'GET',
    '/api/annual-lists/abc',
    await product.token('hallintojohtaja'),
  );
  expect([refused.status, refused.body.errors[0].field]).toEqual([400, 'year']);
});

// domain.md: CLOSE_VIA_ANNUAL_LIST from any open state except registered. After the decision above, the initiative
// it closed is on the list still (it was open on 31.12.), and closed.
const NOT_CLOSABLE = ['registered', 'closed', 'withdrawn', 'lapsed'];

it('offers no closing for an initiative on the list that is already closed', async () => {
  const token = await product.token('hallintojohtaja');
  const list = (await product.api.call('GET', `/api/annual-lists/${YEAR}`, token)).body as {
    items: { diaryNumber: string; state: string }[];
  };
  const ended = list.items.filter((item) => NOT_CLOSABLE.includes(item.state));
  const open = list.items.filter((item) => !ended.includes(item));
  expect(ended.map((item) => item.diaryNumber)).toContain(OPEN_FROM_LAST_YEAR);

  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto(`/annual-list?year=${YEAR}`);
  await page.getByRole('heading', { name: new RegExp(`^Luettelo valtuustoaloitteista`) }).waitFor();
  const closeChoice = (diaryNumber: string) =>
    page.getByRole('checkbox', { name: new RegExp(`^Todetaan loppuun käsitellyksi: ${diaryNumber} `) });
  for (const item of ended)
    expect([item.diaryNumber, await closeChoice(item.diaryNumber).count()]).toEqual([item.diaryNumber, 0]);
  for (const item of open) await closeChoice(item.diaryNumber).waitFor();
  if (open.length === 0) {
    await page.getByText('Luettelon aloitteista ei ole enää päätettävää').waitFor();
    expect(await page.getByRole('button', { name: 'Kirjaa päätös' }).count()).toBe(0);
  }
  expect(await accessibilityViolations(page)).toEqual([]);
});
