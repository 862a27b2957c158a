import { DEMO_USERS } from '@aloite/persistence';
// eslint-disable-next-line @nx/enforce-module-boundaries -- reuses the API's test providers rather than keep a copy
import { startTestProviders, type TestProviders } from '../../apps/api/src/testing/oidc-providers';
import { accessibilityViolations, startWebProduct, type WebProduct } from './browser';

// Issue 20: the sign-in page offers "Kirjaudu organisaation tunnuksella" when the municipality has its own
// OpenID Connect provider; through it the clerk lands in the web app signed in, and a refusal is worded.

let product: WebProduct;
let providers: TestProviders;
let admin: string;
const adminPassword = DEMO_USERS.find((user) => user.username === 'admin')?.password;
beforeAll(async () => {
  product = await startWebProduct();
  providers = await startTestProviders(`${product.api.baseUrl}/api/auth/oidc/callback`);
  admin = (
    await product.api.call('POST', '/api/auth/login', null, { username: 'admin', password: adminPassword })
  ).body.token as string;
});
afterAll(async () => {
  await providers?.close();
  await product?.close();
});

it('offers no organisation sign-in until the municipality has a provider', async () => {
  const page = await (await product.newContext()).newPage();
  await page.goto('/');
  await page.getByLabel('Käyttäjätunnus').waitFor();
  expect(await page.getByRole('link', { name: 'Kirjaudu organisaation tunnuksella' }).count()).toBe(0);
});

it('signs a clerk in through the provider into the web app, roles from the groups', async () => {
  const configured = await product.api.call('PUT', '/api/municipality/sign-in', admin, {
    passwordsAllowed: true,
    provider: {
      issuer: providers.realIssuer,
      clientId: providers.clientId,
      clientSecret: providers.clientSecret,
      groupMappings: [{ group: 'kirjaamo', roles: ['registrar'] }],
    },
  });
  expect(configured.status).toBe(200);
  await providers.account('kaisa-sub', {
    preferred_username: 'kaisa',
    name: 'Kaisa Kirjaaja',
    groups: ['kirjaamo'],
  });
  const page = await (await product.newContext()).newPage();
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Kirjaudu organisaation tunnuksella' });
  await link.waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await link.click();
  await page.getByRole('heading', { name: 'Sign in at the test provider' }).waitFor();
  // The person signs in at the provider's own page (the test provider takes who in the address).
  const atProvider = new URL(page.url());
  atProvider.searchParams.set('sub', 'kaisa-sub');
  await page.goto(atProvider.href);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  await page.getByText('Kaisa Kirjaaja').first().waitFor();
});

it('words a refused organisation sign-in on the sign-in page, in Finnish and Swedish', async () => {
  await providers.account('olli-sub', { preferred_username: 'olli', groups: ['muut'] });
  const context = await product.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Kirjaudu organisaation tunnuksella' }).click();
  await page.getByRole('heading', { name: 'Sign in at the test provider' }).waitFor();
  const atProvider = new URL(page.url());
  atProvider.searchParams.set('sub', 'olli-sub');
  await page.goto(atProvider.href);
  await page.getByText('Tunnuksellasi ei ole tässä palvelussa roolia').waitFor();
  expect(new URL(page.url()).searchParams.get('signInError')).toBe('OIDC_NO_ROLE');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Valitse kieli' }).click();
  await page.getByRole('menuitem', { name: 'På svenska' }).click();
  await page.getByText('Ditt konto har ingen roll i tjänsten').waitFor();
  await page.getByRole('link', { name: 'Logga in med organisationens konto' }).waitFor();
});
