import { INITIATIVE_16 } from '@aloite/domain/testing';
import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  choose,
  field,
  openAction,
  save,
  settled,
  signIn,
  startWebProduct,
  type WebProduct,
} from './browser';

// Issue 19, "entered once, not retyped": the registry asks several bodies for a statement in one form, each with
// its own due date and preparers, and one save records them all; a refused request saves nothing, and the form
// says which request it was, in Finnish, at that request.

let product: WebProduct;
let path: string;
let registrarToken: string;
beforeAll(async () => {
  product = await startWebProduct();
  path = `/initiatives/${await product.demoInitiativeId(INITIATIVE_16.diaryNumber)}`;
  registrarToken = await product.token('hallintojohtaja');
});
afterAll(() => product.close());

const current = async () => (await product.api.call('GET', `/api${path}`, registrarToken)).body;

async function requestForm(): Promise<Page> {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto(path);
  await settled(page);
  await openAction(page, 'Pyydä lausunto');
  await settled(page);
  return page;
}

async function fillRequest(page: Page, index: number, body: string, dueDate: string, preparer: string) {
  await choose(page, `requests.${index}.bodyId`, body);
  await field(page, `requests.${index}.dueDate`).fill(dueDate);
  await field(page, `requests.${index}.preparers-0-name`).fill(preparer);
}

it('asks two bodies in one form, each with its due date and preparer, and lists both requests', async () => {
  const before = await current();
  const page = await requestForm();
  await field(page, 'date').fill('1.6.2026');
  await fillRequest(page, 0, 'Tekninen lautakunta', '30.6.2026', 'Teemu Tekninen');
  await page.getByRole('button', { name: 'Lisää toimielin tai viranhaltija' }).click();
  await page.getByRole('group', { name: 'Lausuntopyyntö 2' }).waitFor();
  await fillRequest(page, 1, 'Hyvinvointilautakunta', '15.7.2026', 'Hilkka Hyvinvointi');
  expect(await accessibilityViolations(page)).toEqual([]);
  await save(page);

  const statements = page.getByRole('region', { name: 'Lausuntopyynnöt' }).first();
  for (const text of ['Tekninen lautakunta', '30.6.2026', 'Hyvinvointilautakunta', '15.7.2026']) {
    await statements.getByRole('cell', { name: text, exact: true }).waitFor();
  }
  for (const preparer of ['Teemu Tekninen', 'Hilkka Hyvinvointi']) {
    await statements.getByText(preparer).first().waitFor();
  }
  const after = await current();
  // Two requests, two audit entries: each is its own REQUEST_STATEMENT.
  expect(after.version).toBe(before.version + 2);
  expect(after.statements).toHaveLength(before.statements.length + 2);
});

it('saves nothing when one body was already asked, names that request, and saves once it is removed', async () => {
  const before = await current();
  const page = await requestForm();
  await field(page, 'date').fill('1.6.2026');
  await fillRequest(page, 0, 'Kasvatus- ja opetuslautakunta', '31.7.2026', 'Kaisa Kasvatus');
  await page.getByRole('button', { name: 'Lisää toimielin tai viranhaltija' }).click();
  // The demo's own request to the subcommittee is still open.
  await fillRequest(page, 1, 'Työllisyys- ja kansainvälisyysjaosto', '31.7.2026', 'Milla Tikkanen');
  await page.getByRole('button', { name: 'Tallenna' }).click();

  const alert = page.locator('.form-alert');
  await alert.getByText('Tallennus ei onnistunut').waitFor();
  await alert.getByText(/^Lausuntopyyntö 2: Tältä toimielimeltä tai viranhaltijalta on jo avoin/).waitFor();
  await page
    .getByRole('group', { name: 'Lausuntopyyntö 2' })
    .getByText(/^Tältä toimielimeltä tai viranhaltijalta on jo avoin lausuntopyyntö/)
    .waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  expect((await current()).version).toBe(before.version);

  // Without the second request, a due date before the day of asking is named at its field.
  await page.getByRole('button', { name: 'Poista lausuntopyyntö 2' }).click();
  await page.getByRole('group', { name: 'Lausuntopyyntö 2' }).waitFor({ state: 'detached' });
  await field(page, 'requests.0.dueDate').fill('1.5.2026');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByText('Tarkista lomakkeen tiedot').waitFor();
  expect(await page.locator('[id="field-requests.0.dueDate-statusText"]').innerText()).toMatch(
    /^Päivämäärä ei voi olla ennen 1\.6\.2026/,
  );
  expect((await current()).version).toBe(before.version);

  await field(page, 'requests.0.dueDate').fill('31.7.2026');
  await save(page);
  await page
    .getByRole('region', { name: 'Lausuntopyynnöt' })
    .first()
    .getByRole('cell', { name: 'Kasvatus- ja opetuslautakunta', exact: true })
    .waitFor();
  expect((await current()).version).toBe(before.version + 1);
});
