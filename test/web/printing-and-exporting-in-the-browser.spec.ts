import { INITIATIVE_16, REFERRAL_DECISION } from '@aloite/domain/testing';
import { accessibilityViolations, settled, signIn, startWebProduct, type WebProduct } from './browser';

// Issue 19: an initiative's page prints without the screen's tools, offers itself as a PDF, and the list offers
// its matches as CSV and XLSX with the filters shown.

let product: WebProduct;
let initiativePath: string;
beforeAll(async () => {
  product = await startWebProduct();
  initiativePath = `/initiatives/${await product.demoInitiativeId(INITIATIVE_16.diaryNumber)}`;
});
afterAll(() => product.close());

it('prints an initiative’s details, timeline and documents without navigation, header, buttons or upload form', async () => {
  const page = await (await product.newContext(1440, 900)).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto(initiativePath);
  await settled(page);
  const navigation = page.getByRole('navigation', { name: 'Päävalikko' });
  const uploadForm = page.locator('form.upload-form');
  const screenOnly = [
    navigation,
    page.getByRole('banner'),
    uploadForm,
    page.getByRole('button', { name: 'Kirjaudu ulos' }),
    page.getByRole('link', { name: 'Tulostettava PDF' }),
  ];
  for (const tool of screenOnly) await expect(tool.isVisible()).resolves.toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  for (const tool of screenOnly) await expect(tool.isVisible()).resolves.toBe(false);
  expect(await page.locator('button:visible').count()).toBe(0);
  await expect(page.getByRole('heading', { level: 1, name: INITIATIVE_16.title }).isVisible()).resolves.toBe(
    true,
  );
  await expect(page.getByText(REFERRAL_DECISION).first().isVisible()).resolves.toBe(true);
  await expect(page.getByRole('region', { name: 'Asiakirjat' }).first().isVisible()).resolves.toBe(true);
});

it('downloads the initiative as a PDF from its page', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto(initiativePath);
  const href = await page.getByRole('link', { name: 'Tulostettava PDF' }).getAttribute('href');
  const response = await page.request.get(href ?? '');
  expect([response.status(), response.headers()['content-type']]).toEqual([200, 'application/pdf']);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

it('exports the list’s matches under the filters shown, in the reader’s language', async () => {
  const page = await (await product.newContext(360, 800)).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto('/initiatives?state=boardPreparation');
  await settled(page);
  expect(await accessibilityViolations(page)).toEqual([]);
  const href = (await page.getByRole('link', { name: 'CSV (Excel, puolipiste)' }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/api\/initiatives\/export\?/);
  expect(new URL(href, 'http://x').searchParams.getAll('state')).toEqual(['boardPreparation']);
  const csv = (await (await page.request.get(href)).text()).trimEnd().split('\r\n');
  expect(csv.length).toBeGreaterThan(1);
  for (const line of csv.slice(1)) expect(line.split(';')[2]).toBe('"Kaupunginhallituksen valmistelussa"');
  const xlsx = await page.request.get(
    (await page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href')) ?? '',
  );
  expect(xlsx.headers()['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
});

it.each([1440, 360])(
  'offers the exports in English at %i px, axe-clean, with headers in English',
  async (width) => {
    const context = await product.newContext(width, 900);
    await context.addInitScript(() => localStorage.setItem('aloite.language', 'en'));
    const page = await context.newPage();
    // The sign-in page is in English here: the session comes as a browser's would, through the API.
    const login = { username: 'hallintojohtaja', password: 'demo-hallintojohtaja' };
    expect((await page.request.post('/api/auth/login', { data: login })).status()).toBe(200);
    await page.goto(initiativePath);
    await settled(page);
    await page.getByRole('link', { name: 'Printable PDF' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto('/initiatives');
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    const href = (await page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href')) ?? '';
    const csvHref = href.replace('format=xlsx', 'format=csv');
    const header = (await (await page.request.get(csvHref)).text()).split('\r\n')[0];
    expect(header).toBe(
      '\uFEFF"Diary number";"Title";"State";"Submitted";"First signatory";"Signatories";"Bodies";"Next deadline"',
    );
  },
);
