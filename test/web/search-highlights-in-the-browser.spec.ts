import { accessibilityViolations, settled, signIn, startWebProduct, type WebProduct } from './browser';

// Issue 18, item 5: the list shows the passage of each initiative's text that matched the search, the matching
// words marked with <mark> by the app itself; tags a resident wrote in the text stay text and are never marked.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

const TITLE = 'Valtuustoaloite maauimalan kunnostamisesta';

it('marks the matching words of the passage in the list, and nothing a resident typed', async () => {
  const registrar = await product.token('hallintojohtaja');
  const council = (
    (await product.api.call('GET', '/api/bodies', registrar)).body as { id: string; kind: string }[]
  ).find((body) => body.kind === 'council')?.id;
  const filed = await product.api.call('POST', '/api/initiatives', registrar, {
    title: TITLE,
    text: 'Esitämme, että <mark>väärä</mark> maauimala <img src=x onerror="document.title=1"> kunnostetaan. <b>Lihava</b>',
    kind: 'councillor',
    submittedOn: '2026-01-12',
    signatories: [{ name: 'Aino Hämäläinen', firstSigner: true }],
    signatoryCount: 1,
    hasFinancialEffect: false,
    filedAt: { bodyId: council, date: '2026-01-12', section: 4 },
  });
  expect(filed.status).toBe(201);

  const page = await (await product.newContext()).newPage();
  await signIn(page, 'valtuustosihteeri', 'demo-valtuustosihteeri');
  await page.goto(`/initiatives?q=${encodeURIComponent('maauimala')}`);
  await settled(page);
  const row = page.getByRole('row').filter({ hasText: TITLE });
  await row.waitFor();
  expect(await row.locator('mark').allInnerTexts()).toEqual(['maauimala']);
  expect(await page.locator('table mark').allInnerTexts()).toEqual(['maauimala']);
  expect(await page.locator('table img, table b').count()).toBe(0);
  expect(await row.locator('.snippet').innerText()).toContain('Esitämme, että');
  expect(await page.title()).not.toBe('1');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Found by the signatory's name without diacritics, first; the list without a query shows no passage.
  await page.goto(`/initiatives?q=${encodeURIComponent('Aino Hamalainen')}`);
  await settled(page);
  await page.getByRole('row').filter({ hasText: TITLE }).waitFor();
  await page.goto('/initiatives');
  await settled(page);
  expect(await page.locator('.snippet').count()).toBe(0);
});
