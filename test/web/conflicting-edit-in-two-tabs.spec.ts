import { INITIATIVE_16 } from '@aloite/domain/testing';
import { choose, field, signIn, startWebProduct, type WebProduct } from './browser';

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

async function initiative16Path(): Promise<string> {
  const list = await product.api.request('GET', '/api/initiatives?limit=200');
  const found = (list.body.items as { id: string; diaryNumber: string }[]).find(
    (item) => item.diaryNumber === INITIATIVE_16.diaryNumber,
  );
  if (!found) throw new Error('the demo data has no § 16');
  return `/initiatives/${found.id}`;
}

it('offers the second tab to reload when the first saved in between, keeping what was typed', async () => {
  const context = await product.newContext();
  const first = await context.newPage();
  await signIn(first, 'hallintojohtaja', 'demo-hallintojohtaja');
  const second = await context.newPage();
  const path = await initiative16Path();
  for (const tab of [first, second]) {
    await tab.goto(`${path}/events/REQUEST_STATEMENT`);
    await tab.getByRole('heading', { level: 1, name: 'Pyydä lausunto' }).waitFor();
  }

  await choose(first, 'bodyId', 'Tekninen lautakunta');
  await field(first, 'dueDate').fill('30.6.2026');
  await field(first, 'preparers-0-name').fill('Teemu Tekninen');
  await first.getByRole('button', { name: 'Tallenna' }).click();
  await first.getByText('Tallennettu').waitFor();

  await choose(second, 'bodyId', 'Hyvinvointilautakunta');
  await field(second, 'dueDate').fill('15.7.2026');
  await field(second, 'preparers-0-name').fill('Hilkka Hyvinvointi');
  await field(second, 'preparers-0-title').fill('Hyvinvointijohtaja');
  await second.getByRole('button', { name: 'Tallenna' }).click();
  await second.getByText('Joku muu muutti aloitetta').waitFor();
  expect(await field(second, 'preparers-0-name').inputValue()).toBe('Hilkka Hyvinvointi');
  expect(await field(second, 'preparers-0-title').inputValue()).toBe('Hyvinvointijohtaja');
  expect(await field(second, 'dueDate').inputValue()).toBe('15.7.2026');
  // The rejected save wrote nothing: still one request more than the demo's own.
  const before = await product.api.request('GET', `/api${path}`);
  expect(before.body.statements).toHaveLength(2);

  await second.getByRole('button', { name: 'Lataa uusin tilanne' }).click();
  await second.getByText('Joku muu muutti aloitetta').waitFor({ state: 'detached' });
  expect(await field(second, 'preparers-0-name').inputValue()).toBe('Hilkka Hyvinvointi');
  await second.getByRole('button', { name: 'Tallenna' }).click();
  await second.getByText('Tallennettu').waitFor();

  const statements = second.getByRole('region', { name: 'Lausuntopyynnöt' }).first();
  for (const body of [
    'Työllisyys- ja kansainvälisyysjaosto',
    'Tekninen lautakunta',
    'Hyvinvointilautakunta',
  ]) {
    await statements.getByRole('cell', { name: body, exact: true }).waitFor();
  }
  const after = await product.api.request('GET', `/api${path}`);
  expect(after.body.version).toBe(before.body.version + 1);
});

it('shows the API’s field errors at their fields and saves nothing', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  const path = await initiative16Path();
  const before = await product.api.request('GET', `/api${path}`);
  await page.goto(`${path}/events/WITHDRAW`);
  await field(page, 'date').fill('31.2.2026');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByText('Tarkista lomakkeen tiedot').waitFor();
  const dateError = await page.locator('[id="field-date-statusText"]').innerText();
  expect(dateError).toMatch(/date/);
  const requesterError = await page.locator('[id="field-requestedBy-statusText"]').innerText();
  expect(requesterError.length).toBeGreaterThan(0);
  const after = await product.api.request('GET', `/api${path}`);
  expect(after.body.version).toBe(before.body.version);
});
