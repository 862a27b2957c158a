import { accessibilityViolations, settled, signIn, startWebProduct, type WebProduct } from './browser';

// Issue 19: "My tasks" for the registrar, each task a link to where it is done; the secretary's requests stay first
// for secretaries.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

async function total(state: string): Promise<number> {
  const token = await product.token('valtuustosihteeri');
  return (await product.api.call('GET', `/api/initiatives?state=${state}`, token)).body.total as number;
}

it('gives the registrar their tasks first, each linked to the form where it is done', async () => {
  const page = await (await product.newContext(1440, 900)).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  const tasks = page.getByRole('region', { name: 'Omat tehtävät' });
  await tasks.waitFor();
  expect(await page.locator('main').getByRole('heading', { level: 2 }).first().innerText()).toBe(
    'Omat tehtävät',
  );

  const registered = await total('registered');
  const toRefer = tasks.getByRole('region', {
    name: `Lähetettävä hallituksen valmisteltavaksi: ${registered} ${registered === 1 ? 'aloite' : 'aloitetta'}`,
  });
  const preparing = await total('boardPreparation');
  const boardDecisions = tasks.getByRole('region', {
    name: `Hallituksen päätettävänä: ${preparing} ${preparing === 1 ? 'aloite' : 'aloitetta'}`,
  });
  const overdue = tasks.getByRole('region', { name: /^Myöhässä: \d+ lausuntopyyntö/ });
  await overdue
    .getByRole('listitem')
    .filter({ hasText: 'KAJDno-2025-1630' })
    .filter({ hasText: 'Tekninen lautakunta, määräaika 31.3.2026' })
    .waitFor();
  await tasks.getByRole('link', { name: /^Vuosiluettelo \d{4} esitettävä valtuustolle/ }).waitFor();
  await settled(page);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });

  await toRefer.getByRole('link').first().click();
  await page.waitForURL(/\/initiatives\/[^/]+\/events\/REFER_TO_BOARD$/);
  await page.goBack();
  await boardDecisions.getByRole('link').first().click();
  await page.waitForURL(/\/initiatives\/[^/]+\/events\/RECORD_BOARD_DECISION$/);
  await page.goBack();
  await tasks.getByRole('link', { name: /^Vuosiluettelo/ }).click();
  await page.waitForURL(/\/annual-list\?year=\d{4}$/);
});

it('keeps the committee secretary’s requests first, without the registry’s tasks', async () => {
  const page = await (await product.newContext(1440, 900)).newPage();
  await signIn(page, 'jaostosihteeri', 'demo-jaostosihteeri');
  await page.getByRole('region', { name: 'Omat lausuntopyynnöt' }).first().waitFor();
  expect(await page.locator('main').getByRole('heading', { level: 2 }).first().innerText()).toBe(
    'Omat lausuntopyynnöt',
  );
  expect(await page.getByRole('region', { name: 'Omat tehtävät' }).count()).toBe(0);
});
