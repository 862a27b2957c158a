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

// Issue 16 (6) in the web app: the registry asks a service-network director for a statement, records the written
// answer, and refers § 16 to a committee for measures without awaiting a reply; every form is axe-clean.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

async function act(page: Page, action: string): Promise<void> {
  await openAction(page, action);
  await settled(page);
  expect(await accessibilityViolations(page)).toEqual([]);
}

it('asks an office holder, records the written statement, and refers for measures', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto(`/initiatives/${await product.demoInitiativeId(INITIATIVE_16.diaryNumber)}`);
  await settled(page);

  await act(page, 'Pyydä lausunto');
  await field(page, 'requests.0.officeHolder.name').fill('Liisa Virtanen');
  await field(page, 'requests.0.officeHolder.title').fill('palveluverkkojohtaja');
  await field(page, 'date').fill('1.6.2026');
  await field(page, 'requests.0.dueDate').fill('30.6.2026');
  await save(page);
  await page.getByRole('cell', { name: 'Liisa Virtanen, palveluverkkojohtaja', exact: true }).waitFor();

  await act(page, 'Kirjaa viranhaltijan kirjallinen lausunto');
  await field(page, 'date').fill('20.6.2026');
  await field(page, 'responseText').fill('Palveluverkkojohtaja puoltaa aloitetta.');
  await save(page);

  await act(page, 'Lähetä toimenpiteitä varten');
  await choose(page, 'bodyId', 'Tekninen lautakunta');
  await field(page, 'date').fill('22.6.2026');
  await save(page);
  await page
    .getByRole('cell', { name: 'Lähetetty toimenpiteitä varten: Tekninen lautakunta', exact: true })
    .waitFor();
  // The subcommittee's own request is still open: neither the answer nor the referral moved § 16 on.
  await page.locator('.headline-state .state', { hasText: 'Lausunnoilla' }).waitFor();
});
