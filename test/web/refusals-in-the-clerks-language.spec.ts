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

// Issue 19, "Messages in the clerk's language": a refusal is worded in Finnish with what to do next, a role is
// not offered a page it cannot use, and the error summary counts fields.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

/** Every field that shows an error under it. */
async function markedFields(page: Page): Promise<string[]> {
  const marked = await page
    .locator('[id^="field-"][id$="-statusText"]')
    .evaluateAll((nodes) => nodes.filter((node) => node.textContent?.trim()).map((node) => node.id));
  return marked.map((id) => id.replace(/^field-|-statusText$/g, ''));
}

it('offers a committee secretary no filing form, and says the role forbids it when opened by address', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'jaostosihteeri', 'demo-jaostosihteeri');
  await settled(page);
  expect(await page.getByRole('link', { name: 'Kirjaa uusi aloite' }).count()).toBe(0);

  await page.goto('/initiatives/new');
  await page.getByText('Roolisi ei salli toimenpidettä ”Kirjaa aloite”').waitFor();
  await page.getByText('Este on roolisi, ei aloitteen tila').waitFor();
  expect(await page.locator('form').count()).toBe(0);
  expect(await field(page, 'title').count()).toBe(0);
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('words a statement dated before its request in Finnish, with the day it may be dated from', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'jaostosihteeri', 'demo-jaostosihteeri');
  const id = await product.demoInitiativeId(INITIATIVE_16.diaryNumber);
  await page.goto(`/initiatives/${id}/events/RECORD_STATEMENT`);
  await page.getByRole('heading', { level: 1, name: 'Kirjaa lausunto' }).waitFor();
  // Domain § 16: handed in 31.3.2026, the statement asked on 8.4.2026; a meeting between the two.
  await field(page, 'meeting.date').fill('1.4.2026');
  await field(page, 'meeting.section').fill('16');
  await field(page, 'presenter').fill('Milla Tikkanen');
  await field(page, 'proposal').fill('Jaosto antaa lausunnon.');
  await choose(page, 'decisionType', 'Ehdotuksen mukaan');
  await field(page, 'decision').fill('Jaosto antaa lausunnon.');
  await field(page, 'responseText').fill('Vastine.');
  await page.getByRole('button', { name: 'Tallenna' }).click();

  const alert = page.locator('.form-alert');
  await alert.getByText('Lausunto ei voi olla päivätty ennen kuin sitä pyydettiin').waitFor();
  expect(await alert.innerText()).toContain('Korjaa päivämäärä: 8.4.2026 tai myöhempi.');
  expect(await alert.innerText()).not.toMatch(/RECORD_STATEMENT|awaitingStatements|possible now/);
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('counts the fields in error, marks the signatory’s name and not the optional count', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto('/initiatives/new');
  await page.getByRole('heading', { level: 1, name: 'Kirjaa uusi aloite' }).waitFor();
  await page.getByRole('button', { name: 'Kirjaa aloite' }).click();

  await page.getByText('Tarkista lomakkeen tiedot').or(page.getByText('kentässä on virhe')).first().waitFor();
  // The form's required fields left empty: title, text, handed in, the first signatory's name, and the council
  // meeting's date and section.
  const marked = await markedFields(page);
  expect(marked.sort()).toEqual(
    ['title', 'text', 'submittedOn', 'signatories-0-name', 'filedAt.date', 'filedAt.section'].sort(),
  );
  expect(await page.locator('.form-alert').innerText()).toContain('6 kentässä on virhe');
  expect(await accessibilityViolations(page)).toEqual([]);
});
