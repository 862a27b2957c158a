import { municipalityFromTemplate, type NewMunicipality } from '../testing/municipality-from-template';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 20: an administrator sets the municipality's OpenID Connect provider, its group mapping and whether local
// passwords remain. The client secret stays on the server; another municipality's administrator sees none of it.
describe('how a municipality’s staff sign in', () => {
  let api: TestApp;
  let turku: NewMunicipality;
  let committee: string;
  const SECRET = 'kajaanin-asiakassalaisuus-123';
  const provider = (extra: object = {}) => ({
    issuer: 'https://login.microsoftonline.com/kajaani-tenant/v2.0',
    clientId: 'kajaani-client',
    clientSecret: SECRET,
    groupsClaim: 'groups',
    groupMappings: [
      { group: 'g-kirjaamo', roles: ['registrar'] },
      { group: 'g-sihteerit', roles: ['committeeSecretary'], bodyIds: [committee] },
    ],
    ...extra,
  });
  const stored = async () =>
    JSON.stringify(await api.database.dataSource.query('SELECT * FROM municipality_sign_in ORDER BY 1'));

  beforeAll(async () => {
    api = await startTestApp();
    committee = api.demo.bodyIds.employment;
    turku = await municipalityFromTemplate(api, 'turku', ['--municipality', 'Turku', '--template', 'turku']);
  });
  afterAll(() => api.close());

  it('passwords only, until an administrator sets a provider', async () => {
    const read = await api.request('GET', '/api/municipality/sign-in');
    expect(read.body).toEqual({ passwordsAllowed: true, provider: null });
    const options = await api.anonymous(
      'GET',
      `/api/auth/sign-in-options?municipality=${api.demo.municipalityId}`,
    );
    expect(options.body).toEqual({
      municipalityId: api.demo.municipalityId,
      organizationSignIn: false,
      passwordsAllowed: true,
    });
  });

  it('keeps the client secret on the server: no answer ever carries it', async () => {
    const saved = await api.request('PUT', '/api/municipality/sign-in', {
      passwordsAllowed: true,
      provider: provider(),
    });
    expect(saved.status).toBe(200);
    const read = await api.request('GET', '/api/municipality/sign-in');
    expect(read.body).toEqual({
      passwordsAllowed: true,
      provider: {
        issuer: 'https://login.microsoftonline.com/kajaani-tenant/v2.0',
        clientId: 'kajaani-client',
        groupsClaim: 'groups',
        groupMappings: [
          { group: 'g-kirjaamo', roles: ['registrar'], bodyIds: [] },
          { group: 'g-sihteerit', roles: ['committeeSecretary'], bodyIds: [committee] },
        ],
      },
    });
    const options = await api.anonymous(
      'GET',
      `/api/auth/sign-in-options?municipality=${api.demo.municipalityId}`,
    );
    for (const answer of [saved, read, options]) expect(answer.text).not.toContain(SECRET);
    expect(options.body).toEqual(expect.objectContaining({ organizationSignIn: true }));
    expect(options.text).not.toContain('microsoftonline');
    expect(await stored()).toContain(SECRET);
  });

  it('keeps the stored secret when a change leaves it out for the same issuer and client', async () => {
    const { clientSecret: _left, ...withoutSecret } = provider({ groupsClaim: 'roles' });
    const saved = await api.request('PUT', '/api/municipality/sign-in', {
      passwordsAllowed: true,
      provider: withoutSecret,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.provider.groupsClaim).toBe('roles');
    expect(await stored()).toContain(SECRET);
  });

  const mapping = (groupMappings: object[]) => ({ provider: provider({ groupMappings }) });
  it.each<[string, () => object, string]>([
    [
      'an issuer that is not https',
      () => ({ provider: provider({ issuer: 'http://login.example.fi/' }) }),
      'issuerUrl',
    ],
    ['an issuer that is no address', () => ({ provider: provider({ issuer: 'kajaani' }) }), 'issuerUrl'],
    [
      'a new issuer without its secret',
      () => ({ provider: provider({ issuer: 'https://sso.kajaani.fi/realms/x', clientSecret: undefined }) }),
      'clientSecretNeeded',
    ],
    ['passwords off without a provider', () => ({ passwordsAllowed: false, provider: null }), 'noSignInLeft'],
    [
      'a secretary group without a body',
      () => mapping([{ group: 'g', roles: ['committeeSecretary'] }]),
      'secretaryWithoutBody',
    ],
    [
      'a body of another municipality',
      () => mapping([{ group: 'g', roles: ['registrar'], bodyIds: [turku.council] }]),
      'noSuchBody',
    ],
    ['a role that does not exist', () => mapping([{ group: 'g', roles: ['king'] }]), 'isIn'],
    ['a group without roles', () => mapping([{ group: 'g', roles: [] }]), 'invalid'],
  ])('refuses %s, changing nothing', async (_case, change, rule) => {
    const before = await stored();
    const refused = await api.request('PUT', '/api/municipality/sign-in', {
      passwordsAllowed: true,
      ...change(),
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    expect(refused.body.errors.map((error: { rule: string }) => error.rule)).toContain(rule);
    expect(await stored()).toBe(before);
  });

  it('lets only an administrator read or change it', async () => {
    await api.createUser('kirjaaja', TEST_PASSWORD, ['registrar']);
    const registrar = api.as(await api.signIn('kirjaaja', TEST_PASSWORD));
    const before = await stored();
    expect((await registrar('GET', '/api/municipality/sign-in')).status).toBe(403);
    const change = await registrar('PUT', '/api/municipality/sign-in', {
      passwordsAllowed: true,
      provider: null,
    });
    expect(change.status).toBe(403);
    expect(await stored()).toBe(before);
  });

  it('shows and changes another municipality’s administrator only their own', async () => {
    const before = await stored();
    expect((await turku.admin('GET', '/api/municipality/sign-in')).body).toEqual({
      passwordsAllowed: true,
      provider: null,
    });
    const saved = await turku.admin('PUT', '/api/municipality/sign-in', {
      passwordsAllowed: true,
      provider: {
        issuer: 'https://sso.turku.fi/',
        clientId: 'turku',
        clientSecret: 'turun-salaisuus',
        groupMappings: [],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.text).not.toContain('kajaani');
    const kajaani = await api.request('GET', '/api/municipality/sign-in');
    expect(kajaani.body.provider.issuer).toBe('https://login.microsoftonline.com/kajaani-tenant/v2.0');
    expect(kajaani.text).not.toContain('turku');
    const rows = (await api.database.dataSource.query(
      `SELECT municipality_id, issuer FROM municipality_sign_in ORDER BY issuer`,
    )) as { municipality_id: string; issuer: string }[];
    expect(rows.map((row) => row.issuer)).toEqual([
      'https://login.microsoftonline.com/kajaani-tenant/v2.0',
      'https://sso.turku.fi/',
    ]);
    expect(before).toContain('kajaani-tenant');
  });

  it('refuses password sign-in once passwords are switched off, and only after the password proved right', async () => {
    await api.createUser('salasanaton', TEST_PASSWORD, ['councilStaff']);
    expect(
      (
        await api.request('PUT', '/api/municipality/sign-in', {
          passwordsAllowed: false,
          provider: provider(),
        })
      ).status,
    ).toBe(200);
    const refused = await api.anonymous('POST', '/api/auth/login', {
      username: 'salasanaton',
      password: TEST_PASSWORD,
      municipality: 'kajaani',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('PASSWORDS_NOT_ALLOWED');
    expect(refused.headers.get('set-cookie')).toBeNull();
    const wrong = await api.anonymous('POST', '/api/auth/login', {
      username: 'salasanaton',
      password: 'wrong-password-1',
      municipality: 'kajaani',
    });
    expect(wrong.body.code).toBe('UNAUTHENTICATED');
    // Another municipality's passwords are its own business.
    expect(
      (
        await api.anonymous('POST', '/api/auth/login', {
          username: turku.usernames.registrar,
          password: TEST_PASSWORD,
          municipality: turku.slug,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api.request('PUT', '/api/municipality/sign-in', {
          passwordsAllowed: true,
          provider: provider(),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api.anonymous('POST', '/api/auth/login', {
          username: 'salasanaton',
          password: TEST_PASSWORD,
          municipality: 'kajaani',
        })
      ).status,
    ).toBe(200);
  });

  it('names no municipality it does not know, and sends the browser back to the sign-in page', async () => {
    for (const municipality of ['00000000-0000-4000-8000-000000000000', 'no-such-town', 'Kajaani!', '']) {
      const options = await api.anonymous('GET', `/api/auth/sign-in-options?municipality=${municipality}`);
      expect([options.status, options.body.code]).toEqual([404, 'NOT_FOUND']);
      const start = await fetch(`${api.baseUrl}/api/auth/oidc/start?municipality=${municipality}`, {
        redirect: 'manual',
      });
      expect([start.status, start.headers.get('location')]).toEqual([302, '/?signInError=NOT_FOUND']);
    }
    // The municipality's address name, as in its sign-in address, names it as its id does.
    const named = await api.anonymous('GET', '/api/auth/sign-in-options?municipality=kajaani');
    expect([named.status, named.body.municipalityId]).toEqual([200, api.demo.municipalityId]);
  });
});
