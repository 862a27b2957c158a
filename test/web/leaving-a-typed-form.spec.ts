import type { Page } from 'playwright-core';
import { accessibilityViolations, field, settled, signIn, startWebProduct, type WebProduct } from './browser';

// Issue 19, "Entered once, not retyped": a form with typed content asks before its page is left (a link, the
// back button) or reloaded; an untouched form and a saved one let the clerk go without a question.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

const FILING = '/initiatives/new';
const QUESTION = 'Poistutaanko tallentamatta?';

/** The filing form, opened from the dashboard's menu: the back button then stays in the app. */
async function openFilingForm(): Promise<Page> {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await settled(page);
  await page.getByRole('link', { name: 'Kirjaa uusi aloite' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kirjaa uusi aloite' }).waitFor();
  await settled(page);
  return page;
}

async function type(page: Page, name: string, value: string): Promise<void> {
  await field(page, name).click();
  await field(page, name).fill(value);
}

/** Reloads as the page's own script would; true if the browser asked first (the question is then answered "stay"). */
async function reloadAsks(page: Page): Promise<boolean> {
  let answer: (asked: boolean) => void = () => undefined;
  const asked = new Promise<boolean>((resolve) => (answer = resolve));
  const onDialog = (dialog: { type(): string; dismiss(): Promise<void> }) => {
    answer(dialog.type() === 'beforeunload');
    void dialog.dismiss();
  };
  const onLoad = () => answer(false);
  page.on('dialog', onDialog);
  page.on('load', onLoad);
  // Later, so that the evaluation has returned before the page goes.
  await page.evaluate(() => void setTimeout(() => window.location.reload(), 0));
  try {
    return await asked;
  } finally {
    page.off('dialog', onDialog);
    page.off('load', onLoad);
  }
}

const leaveDialog = (page: Page) => page.getByRole('dialog', { name: QUESTION });

it('asks before a typed form is left by a link or the back button, and stays on it when told to', async () => {
  const page = await openFilingForm();
  await type(page, 'title', 'Aloite, jota ei vielä tallennettu');

  await page.getByRole('link', { name: 'Aloitteet', exact: true }).click();
  await leaveDialog(page).waitFor();
  expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Jatka lomakkeen täyttämistä' }).click();
  await leaveDialog(page).waitFor({ state: 'detached' });
  expect(new URL(page.url()).pathname).toBe(FILING);
  expect(await field(page, 'title').inputValue()).toBe('Aloite, jota ei vielä tallennettu');

  await page.goBack();
  await leaveDialog(page).waitFor();
  await page.getByRole('button', { name: 'Poistu tallentamatta' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  expect(await leaveDialog(page).count()).toBe(0);
});

it('asks before a typed form is reloaded', async () => {
  const page = await openFilingForm();
  await type(page, 'text', 'Esitämme, että…');
  expect(await reloadAsks(page)).toBe(true);
  expect(await field(page, 'text').inputValue()).toBe('Esitämme, että…');
});

it('lets an untouched form go without a question', async () => {
  const page = await openFilingForm();
  expect(await reloadAsks(page)).toBe(false);
  await settled(page);
  await page.getByRole('link', { name: 'Aloitteet', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Aloitteet' }).waitFor();
  expect(await leaveDialog(page).count()).toBe(0);
});

it('asks nothing after the form is saved', async () => {
  const page = await openFilingForm();
  await type(page, 'title', 'Aloite, joka tallennetaan');
  await field(page, 'text').fill('Esitämme, että kaupunki tallentaa.');
  await field(page, 'submittedOn').fill('28.4.2026');
  await field(page, 'signatories-0-name').fill('Juha Urpilainen');
  await field(page, 'filedAt.date').fill('28.4.2026');
  await field(page, 'filedAt.section').fill('53');
  await page.getByRole('button', { name: 'Kirjaa aloite' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aloite, joka tallennetaan' }).waitFor();
  expect(await leaveDialog(page).count()).toBe(0);
  expect(await reloadAsks(page)).toBe(false);
  await page.getByRole('heading', { level: 1, name: 'Aloite, joka tallennetaan' }).waitFor();
});
