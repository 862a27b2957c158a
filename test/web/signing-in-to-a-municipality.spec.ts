import type { BrowserContext, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- runs setup as an operator does, as the product specs do
import { runSetup } from '../../apps/api/src/testing/setup-command';
import { accessibilityViolations, choose, startWebProduct, type WebProduct } from './browser';

// Issue 20: a deployment of several municipalities asks on its sign-in page which one, a municipality's own
// address (/kirjaudu/kajaani) signs in to it, and an administrator's reset takes the user to a new password
// before anything else. In Finnish and Swedish, axe-clean.

let product: WebProduct;

beforeAll(async () => {
  product = await startWebProduct();
  // While Kajaani is the deployment's only municipality, its administrator resets a secretary's password.
  const admin = await product.token('admin');
  const users = (await product.api.call('GET', '/api/users', admin)).body as {
    id: string;
    username: string;
  }[];
  const secretary = users.find((user) => user.username === 'jaostosihteeri')?.id;
  const reset = await product.api.call('PATCH', `/api/users/${secretary}`, admin, {
    password: 'nollattu-salasana-1',
  });
  expect(reset.status).toBe(200);
  const setup = await runSetup(
    [
      '--municipality',
      'Beetala',
      '--template',
      'espoo',
      '--prefix',
      'BEETAdno',
      '--admin',
      'hallintojohtaja',
    ],
    { DATABASE_URL: product.api.databaseUrl, ALOITE_ADMIN_PASSWORD: 'beetalan-johtaja-1' },
  );
  expect(setup).toEqual(expect.objectContaining({ code: 0 }));
}, 180_000);
afterAll(() => product.close());

async function contextIn(language: 'fi' | 'sv'): Promise<BrowserContext> {
  const context = await product.newContext();
  await context.addInitScript((chosen) => localStorage.setItem('aloite.language', chosen), language);
  return context;
}

async function signIn(page: Page, username: string, password: string, button: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: button, exact: true }).click();
}

it.each([
  ['fi', 'Kunta', 'Kirjaudu', 'Kirjaudu ulos'],
  ['sv', 'Kommun', 'Logga in', 'Logga ut'],
] as const)(
  'asks which municipality in %s, and signs the same username in to the one chosen',
  async (language, label, submit, signOut) => {
    const page = await (await contextIn(language)).newPage();
    await page.goto('/');
    await page.getByText(label, { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await signIn(page, 'hallintojohtaja', 'beetalan-johtaja-1', submit);
    await page.locator('[role="alert"], .fi-inline-alert').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await choose(page, 'municipality', 'Beetala');
    await page.getByRole('button', { name: submit, exact: true }).click();
    await page.getByRole('button', { name: signOut }).waitFor();
    // The header names the municipality once its details have loaded.
    await page.locator('.brand-sub', { hasText: 'Beetala' }).waitFor();
  },
);

it('signs in to the municipality its address names, without asking', async () => {
  const page = await (await contextIn('fi')).newPage();
  await page.goto('/kirjaudu/kajaani');
  await page.getByText('Kajaani', { exact: true }).waitFor();
  expect(await page.locator('[id="field-municipality_button"]').count()).toBe(0);
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja', 'Kirjaudu');
  await page.getByRole('heading', { level: 1, name: 'Yleiskatsaus' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  await page.locator('.brand-sub', { hasText: 'Kajaani' }).waitFor();
});

it.each([
  ['fi', 'Vaihda salasana', 'Nykyinen salasana', 'Uusi salasana', 'Yleiskatsaus'],
  ['sv', 'Byt lösenord', 'Nuvarande lösenord', 'Nytt lösenord', 'Översikt'],
] as const)(
  'takes a user whose password an administrator reset to a new password first, then on to the app (%s)',
  async (language, title, current, next, dashboard) => {
    const [reset, chosen] =
      language === 'fi'
        ? ['nollattu-salasana-1', 'jaoston-oma-salasana']
        : ['jaoston-oma-salasana', 'jaoston-toinen-salasana'];
    if (language === 'sv') {
      // Reset again, now from Kajaani's own address.
      const admin = await product.api.call('POST', '/api/auth/login', null, {
        username: 'admin',
        password: 'demo-admin-2026',
        municipality: 'kajaani',
      });
      const users = (await product.api.call('GET', '/api/users', admin.body.token)).body as {
        id: string;
        username: string;
      }[];
      const id = users.find((user) => user.username === 'jaostosihteeri')?.id;
      await product.api.call('PATCH', `/api/users/${id}`, admin.body.token, { password: reset });
    }
    const page = await (await contextIn(language)).newPage();
    await page.goto('/kirjaudu/kajaani');
    await signIn(page, 'jaostosihteeri', reset, language === 'fi' ? 'Kirjaudu' : 'Logga in');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel(current).fill(reset);
    await page.getByLabel(next).fill('password1234');
    await page.getByRole('button', { name: title, exact: true }).click();
    await page.locator('.fi-text-input--error, [aria-invalid="true"]').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel(next).fill(chosen);
    await page.getByRole('button', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: dashboard }).waitFor();
  },
);

it('lets a user change their own password from the app, by their name in the header', async () => {
  const page = await (await contextIn('fi')).newPage();
  await page.goto('/kirjaudu/kajaani');
  await signIn(page, 'lautakuntasihteeri', 'demo-lautakuntasihteeri', 'Kirjaudu');
  await page.getByRole('link', { name: /: vaihda salasana$/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Vaihda salasana' }).waitFor();
  await page.getByLabel('Nykyinen salasana').fill('demo-lautakuntasihteeri');
  await page.getByLabel('Uusi salasana').fill('lautakunnan-oma-salasana');
  await page.getByRole('button', { name: 'Vaihda salasana', exact: true }).click();
  await page.getByText('Salasana on vaihdettu. Muut istuntosi on päätetty.').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  const signedIn = await product.api.call('POST', '/api/auth/login', null, {
    username: 'lautakuntasihteeri',
    password: 'lautakunnan-oma-salasana',
    municipality: 'kajaani',
  });
  expect(signedIn.status).toBe(200);
});

it('shows another municipality’s administrator none of Kajaani’s users or bodies, even by their addresses', async () => {
  const kajaani = (
    await product.api.call('POST', '/api/auth/login', null, {
      username: 'admin',
      password: 'demo-admin-2026',
      municipality: 'kajaani',
    })
  ).body.token as string;
  const before = {
    users: (await product.api.call('GET', '/api/users', kajaani)).body as {
      id: string;
      username: string;
      displayName: string;
    }[],
    bodies: (await product.api.call('GET', '/api/bodies', kajaani)).body as { id: string; name: string }[],
  };
  const [user, body] = [before.users[0], before.bodies[0]];
  expect([user?.displayName, body?.name]).toEqual([expect.any(String), expect.any(String)]);
  const page = await (await contextIn('fi')).newPage();
  await page.goto('/kirjaudu/beetala');
  await signIn(page, 'hallintojohtaja', 'beetalan-johtaja-1', 'Kirjaudu');
  await page.locator('.brand-sub', { hasText: 'Beetala' }).waitFor();

  await page.goto(`/admin/users/${user?.id}`);
  await page.getByText('Käyttäjää ei löytynyt.').waitFor();
  await page.goto(`/admin/bodies/${body?.id}`);
  await page.getByText('Toimielintä ei löytynyt.').waitFor();
  await page.goto('/admin/users');
  await page.getByRole('table').first().waitFor();
  const listed = await page.getByRole('main').innerText();
  // Beetala has a hallintojohtaja too; Kajaani's other demo users are Kajaani's alone.
  const kajaaniOnly = before.users.filter((one) => one.username.includes('sihteeri'));
  expect(kajaaniOnly).toHaveLength(3);
  for (const one of kajaaniOnly) expect(listed).not.toContain(one.username);

  expect((await product.api.call('GET', '/api/users', kajaani)).body).toEqual(before.users);
  expect((await product.api.call('GET', '/api/bodies', kajaani)).body).toEqual(before.bodies);
});
