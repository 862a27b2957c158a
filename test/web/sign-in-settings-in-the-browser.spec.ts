import type { Page } from 'playwright-core';
import { AxeChecks, DESKTOP, PHONE } from './axe-checks';
import { field, settled, signIn, startWebProduct, type WebProduct } from './browser';
import { ROLES } from './pages-of-every-role';

// Issue 20: the administrator keeps from the web app how the municipality's staff sign in: whether passwords
// remain, the OpenID Connect provider (its secret never shown) and which roles and bodies its groups give.

const ISSUER = 'https://login.microsoftonline.com/kajaani-tenant/v2.0';
const SECRET = 'salainen-avain-joka-ei-nay';
const GROUP = '6f1c2d3e-0000-4000-8000-000000000001';
const EMPLOYMENT = 'Työllisyys- ja kansainvälisyysjaosto';

let product: WebProduct;
let admin: Page;
beforeAll(async () => {
  product = await startWebProduct();
  admin = await (await product.newContext(DESKTOP, 900)).newPage();
  await signIn(admin, 'admin', 'demo-admin-2026');
});
afterAll(() => product.close());

async function stored() {
  return (await product.api.call('GET', '/api/municipality/sign-in', await product.token('admin'))).body as {
    passwordsAllowed: boolean;
    provider: null | {
      issuer: string;
      clientId: string;
      groupsClaim: string;
      groupMappings: { group: string; roles: string[]; bodyIds: string[] }[];
    };
  };
}

async function openPage() {
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'Kirjautuminen' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Kirjautuminen' }).waitFor();
  await settled(admin);
}

const label = (text: string) => admin.locator('label', { hasText: new RegExp(`^${text}$`) });
const submit = () => admin.getByRole('button', { name: 'Tallenna kirjautumisen asetukset' }).click();
const focusedAlert = () => admin.evaluate(() => document.activeElement?.className ?? '');

it('is not offered to a registrar, and opened directly says the role forbids it', async () => {
  const registrar = await (await product.newContext()).newPage();
  await signIn(registrar, 'hallintojohtaja', 'demo-hallintojohtaja');
  expect(await registrar.getByRole('link', { name: 'Kirjautuminen' }).count()).toBe(0);
  await registrar.goto('/admin/sign-in');
  await registrar.getByText('Roolisi ei salli tätä').waitFor();
  expect(await registrar.getByRole('checkbox').count()).toBe(0);
  await registrar.close();
});

it('refuses in words to switch passwords off without a provider', async () => {
  await openPage();
  await admin.getByText('Kunnalla ei ole omaa kirjautumispalvelua').waitFor();
  await label('Henkilökunta voi kirjautua myös salasanalla').click();
  await submit();
  await admin
    .locator('[id="field-passwordsAllowed-statusText"]')
    .getByText('Ilman organisaation kirjautumispalvelua salasanoja ei voi poistaa käytöstä')
    .waitFor();
  expect(await focusedAlert()).toContain('form-alert');
  expect((await stored()).passwordsAllowed).toBe(true);
});

it('words a plain http issuer at its field and saves nothing', async () => {
  await openPage();
  await admin.getByRole('button', { name: 'Lisää kirjautumispalvelu' }).click();
  await field(admin, 'provider.issuer').fill('http://login.example.fi');
  await field(admin, 'provider.clientId').fill('aloite-kajaani');
  await field(admin, 'provider.clientSecret').fill(SECRET);
  await submit();
  await admin
    .locator('[id="field-provider.issuer-statusText"]')
    .getByText('Anna kirjautumispalvelun osoite muodossa https://')
    .waitFor();
  expect(await focusedAlert()).toContain('form-alert');
  expect((await stored()).provider).toBeNull();
});

it('configures a provider with a group of secretaries, and shows it after a reload without its secret', async () => {
  await openPage();
  await admin.getByRole('button', { name: 'Lisää kirjautumispalvelu' }).click();
  await field(admin, 'provider.issuer').fill(ISSUER);
  await field(admin, 'provider.clientId').fill('aloite-kajaani');
  await field(admin, 'provider.clientSecret').fill(SECRET);
  await admin.getByRole('button', { name: 'Lisää ryhmä' }).click();
  await field(admin, 'provider.groupMappings.0.group').fill(GROUP);
  // Suomi.fi draws its own box over the input: a person clicks the label.
  await label('Toimielimen sihteeri').click();
  await label(EMPLOYMENT).click();
  await submit();
  await admin.getByText('Kirjautumisen asetukset tallennettiin.').waitFor();

  const saved = await stored();
  const employment = (
    (await product.api.call('GET', '/api/bodies', await product.token('admin'))).body as {
      id: string;
      name: string;
    }[]
  ).find((body) => body.name === EMPLOYMENT)?.id;
  expect(saved.provider).toEqual({
    issuer: ISSUER,
    clientId: 'aloite-kajaani',
    groupsClaim: 'groups',
    groupMappings: [{ group: GROUP, roles: ['committeeSecretary'], bodyIds: [employment] }],
  });

  await admin.reload();
  await admin.getByRole('heading', { level: 1, name: 'Kirjautuminen' }).waitFor();
  await settled(admin);
  expect(await field(admin, 'provider.issuer').inputValue()).toBe(ISSUER);
  expect(await field(admin, 'provider.clientId').inputValue()).toBe('aloite-kajaani');
  expect(await field(admin, 'provider.clientSecret').inputValue()).toBe('');
  await admin.getByText('Salaisuus on tallennettu, eikä sitä näytetä.').waitFor();
  expect(await admin.content()).not.toContain(SECRET);
  expect(await field(admin, 'provider.groupMappings.0.group').inputValue()).toBe(GROUP);
  expect(await admin.getByRole('checkbox', { name: 'Toimielimen sihteeri' }).isChecked()).toBe(true);
  expect(await admin.getByRole('checkbox', { name: EMPLOYMENT }).isChecked()).toBe(true);
});

it('has the page without accessibility violations in Finnish and Swedish, at 1440 px and 360 px', async () => {
  const axe = new AxeChecks(product);
  const role = ROLES.find((candidate) => candidate.username === 'admin');
  if (!role) throw new Error('no demo administrator');
  const found = {};
  for (const language of ['fi', 'sv'] as const) {
    const page = await axe.tab(role, language);
    Object.assign(found, await axe.pages(page, `sign-in ${language}`, ['/admin/sign-in']));
    await page.close();
  }
  expect(found).toEqual({});
  expect(axe.count).toBe(2 * [DESKTOP, PHONE].length);
});

it('removes the provider, keeping passwords', async () => {
  await openPage();
  await admin.getByRole('button', { name: 'Poista kirjautumispalvelu' }).click();
  await submit();
  await admin.getByText('Kirjautumisen asetukset tallennettiin.').waitFor();
  expect(await stored()).toEqual({ passwordsAllowed: true, provider: null });
});
