import type { Page } from 'playwright-core';
import { INITIATIVE_16 } from '@aloite/domain/testing';
import { AxeChecks, PHONE, DESKTOP } from './axe-checks';
import { choose, field, settled, signIn, startWebProduct, type WebProduct } from './browser';
import { ROLES } from './pages-of-every-role';

// Issue 20: an administrator manages the municipality's bodies and users from the web app, and every change is
// in the log of administrative changes, with who made it and when.

const BODY = 'Nuorisolautakunta';
const SECRETARY = {
  name: 'Noora Nuorisosihteeri',
  username: 'noora.nuoriso',
  password: 'nuoriso-alkusalasana-1',
};
// formatInstant: 3.12.2026 klo 05.12
const INSTANT = /^\d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}$/;

let product: WebProduct;
let admin: Page;
beforeAll(async () => {
  product = await startWebProduct();
  admin = await (await product.newContext(DESKTOP, 900)).newPage();
  await signIn(admin, 'admin', 'demo-admin-2026');
});
afterAll(() => product.close());

const userRow = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

it('shows the administration only to an administrator', async () => {
  await admin.getByRole('navigation').getByRole('link', { name: 'Ylläpito' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Ylläpito' }).waitFor();
  for (const name of ['Käyttäjät', 'Toimielimet', 'Ylläpidon muutosloki'])
    expect(await admin.getByRole('main').getByRole('link', { name, exact: true }).count()).toBe(1);

  const registrar = await (await product.newContext()).newPage();
  await signIn(registrar, 'hallintojohtaja', 'demo-hallintojohtaja');
  expect(await registrar.getByRole('link', { name: 'Ylläpito' }).count()).toBe(0);
  await registrar.goto('/admin/users');
  await registrar.getByText('Roolisi ei salli tätä').waitFor();
  expect(await registrar.getByRole('table').count()).toBe(0);
});

it('creates a body and a secretary for it, who signs in and sees the body’s statement requests', async () => {
  await admin.goto('/admin/bodies');
  await settled(admin);
  await field(admin, 'name').fill(BODY);
  await field(admin, 'nameSv').fill('Ungdomsnämnden');
  await choose(admin, 'kind', 'Lautakunta');
  await admin.getByRole('button', { name: 'Lisää toimielin' }).click();
  await admin.getByText(`Toimielin ${BODY} lisättiin.`).waitFor();
  await userRow(admin, BODY)
    .getByRole('link', { name: `Kokouskalenteri: ${BODY}` })
    .waitFor();

  await admin.goto('/admin/users');
  await settled(admin);
  await field(admin, 'displayName').fill(SECRETARY.name);
  await field(admin, 'username').fill(SECRETARY.username);
  await field(admin, 'password').fill(SECRETARY.password);
  for (const choice of ['Toimielimen sihteeri', BODY]) {
    // Suomi.fi draws its own box over the input: a person clicks the label.
    await admin.locator('label', { hasText: new RegExp(`^${choice}$`) }).click();
    expect(await admin.getByRole('checkbox', { name: choice }).isChecked()).toBe(true);
  }
  await admin.getByRole('button', { name: 'Lisää käyttäjä' }).click();
  await admin.getByText(`Käyttäjä ${SECRETARY.name} lisättiin.`).waitFor();
  const row = userRow(admin, SECRETARY.username);
  await row.getByText(BODY).waitFor();
  await row.getByText('Ei koskaan').waitFor();

  // The registrar asks the new body for a statement.
  const registrar = await product.token('hallintojohtaja');
  const bodies = (await product.api.call('GET', '/api/bodies', registrar)).body as {
    id: string;
    name: string;
  }[];
  const initiativeId = await product.demoInitiativeId(INITIATIVE_16.diaryNumber);
  const requested = await product.api.call('POST', `/api/initiatives/${initiativeId}/events`, registrar, {
    type: 'REQUEST_STATEMENT',
    bodyId: bodies.find((body) => body.name === BODY)?.id,
    date: '2026-12-02',
    dueDate: '2027-01-31',
    preparers: [{ name: SECRETARY.name, title: 'Nuorisosihteeri' }],
  });
  expect(requested.status).toBe(200);

  const secretary = await (await product.newContext()).newPage();
  await signIn(secretary, SECRETARY.username, SECRETARY.password);
  const requests = secretary.getByRole('region', { name: 'Omat lausuntopyynnöt' }).first();
  await requests.getByRole('row').filter({ hasText: INITIATIVE_16.diaryNumber }).getByText(BODY).waitFor();

  // Their last sign-in is on the users page now.
  await admin.reload();
  await settled(admin);
  const signedIn = (await userRow(admin, SECRETARY.username).getByRole('cell').last().textContent()) ?? '';
  expect(signedIn).toMatch(INSTANT);
});

it('lists each change in the log with who made it and when', async () => {
  await admin.goto('/admin/log');
  await settled(admin);
  const rows = admin.getByRole('region', { name: 'Muutokset' }).first().getByRole('row');
  const texts = (await rows.allTextContents()).slice(1);
  expect(texts.slice(0, 2)).toEqual([
    expect.stringContaining(`Käyttäjä ${SECRETARY.name} lisätty`),
    expect.stringContaining(`Toimielin ${BODY} lisätty`),
  ]);
  for (const index of [1, 2]) {
    const cells = await rows.nth(index).getByRole('cell').allTextContents();
    expect(cells[0]).toMatch(INSTANT);
    expect(cells[1]).toBe('Pääkäyttäjä');
  }
  expect(texts[0]).toContain('Roolit: Toimielimen sihteeri; Toimielimet: Nuorisolautakunta');
  expect(texts[1]).toContain(`Nimi: ${BODY}; Nimi ruotsiksi: Ungdomsnämnden; Laji: Lautakunta`);
});

it('has admin pages without accessibility violations in Finnish and Swedish, at 1440 px and 360 px', async () => {
  const axe = new AxeChecks(product);
  const role = ROLES.find((candidate) => candidate.username === 'admin');
  if (!role) throw new Error('no demo administrator');
  const users = (await product.api.call('GET', '/api/users', await product.token('admin'))).body as {
    id: string;
    username: string;
  }[];
  const bodies = (await product.api.call('GET', '/api/bodies', await product.token('admin'))).body as {
    id: string;
    name: string;
  }[];
  const paths = [
    '/admin',
    '/admin/users',
    `/admin/users/${users.find((user) => user.username === SECRETARY.username)?.id}`,
    '/admin/bodies',
    `/admin/bodies/${bodies.find((body) => body.name === BODY)?.id}`,
    '/admin/log',
  ];
  const found = {};
  for (const language of ['fi', 'sv'] as const) {
    const page = await axe.tab(role, language);
    Object.assign(found, await axe.pages(page, `admin ${language}`, paths));
    await page.close();
  }
  expect(found).toEqual({});
  expect(axe.count).toBe(paths.length * 2 * [DESKTOP, PHONE].length);
});
