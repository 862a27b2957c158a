import { INITIATIVE_16 } from '@aloite/domain/testing';
import { choose, field, save, signIn, startWebProduct, type WebProduct } from './browser';

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

let initiativePath: string;
let registrarToken: string;
beforeAll(async () => {
  initiativePath = `/initiatives/${await product.demoInitiativeId(INITIATIVE_16.diaryNumber)}`;
  registrarToken = await product.token('hallintojohtaja');
});
const current = async () => (await product.api.call('GET', `/api${initiativePath}`, registrarToken)).body;

it('offers the second tab to reload when the first saved in between, keeping what was typed', async () => {
  const context = await product.newContext();
  const first = await context.newPage();
  await signIn(first, 'hallintojohtaja', 'demo-hallintojohtaja');
  const second = await context.newPage();
  const path = initiativePath;
  for (const tab of [first, second]) {
    await tab.goto(`${path}/events/REQUEST_STATEMENT`);
    await tab.getByRole('heading', { level: 1, name: 'Pyydä lausunto' }).waitFor();
  }

  await choose(first, 'requests.0.bodyId', 'Tekninen lautakunta');
  await field(first, 'date').fill('1.6.2026');
  await field(first, 'requests.0.dueDate').fill('30.6.2026');
  await field(first, 'requests.0.preparers-0-name').fill('Teemu Tekninen');
  await save(first);

  await choose(second, 'requests.0.bodyId', 'Hyvinvointilautakunta');
  await field(second, 'date').fill('1.6.2026');
  await field(second, 'requests.0.dueDate').fill('15.7.2026');
  await field(second, 'requests.0.preparers-0-name').fill('Hilkka Hyvinvointi');
  await field(second, 'requests.0.preparers-0-title').fill('Hyvinvointijohtaja');
  await second.getByRole('button', { name: 'Tallenna' }).click();
  await second.getByText('Joku muu muutti aloitetta').waitFor();
  expect(await field(second, 'requests.0.preparers-0-name').inputValue()).toBe('Hilkka Hyvinvointi');
  expect(await field(second, 'requests.0.preparers-0-title').inputValue()).toBe('Hyvinvointijohtaja');
  expect(await field(second, 'requests.0.dueDate').inputValue()).toBe('15.7.2026');
  // The rejected save wrote nothing: still one request more than the demo's own.
  const before = await current();
  expect(before.statements).toHaveLength(2);

  await second.getByRole('button', { name: 'Lataa uusin tilanne' }).click();
  await second.getByText('Joku muu muutti aloitetta').waitFor({ state: 'detached' });
  expect(await field(second, 'requests.0.preparers-0-name').inputValue()).toBe('Hilkka Hyvinvointi');
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
  const after = await current();
  expect(after.version).toBe(before.version + 1);
});

it('shows the API’s field errors at their fields, in Finnish, and saves nothing', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  const path = initiativePath;
  const before = await current();
  await page.goto(`${path}/events/WITHDRAW`);
  await field(page, 'date').fill('31.2.2026');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByText('Tarkista lomakkeen tiedot').waitFor();
  // The API's rules, worded in the clerk's language at the fields they concern.
  expect(await page.locator('[id="field-date-statusText"]').innerText()).toMatch(
    /^Anna päivämäärä muodossa p\.k\.vvvv/,
  );
  expect(await page.locator('[id="field-requestedBy-statusText"]').innerText()).toBe('Täytä tämä kenttä.');
  expect(await field(page, 'date').getAttribute('aria-invalid')).toBe('true');
  const after = await current();
  expect(after.version).toBe(before.version);
});
