import { SESSION_RECHECK_MS } from '../auth/recent-sessions';
import { MAX_PENDING_ATTEMPTS } from '@aloite/persistence';
import { PROVIDER_RECHECK_MS } from '../auth/oidc/oidc-providers';
import { startTestProviders, type TestProviders } from '../testing/oidc-providers';
import { ProviderBrowser } from '../testing/provider-browser';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 20: staff sign in through their municipality's OpenID Connect provider, roles from their groups.
describe('signing in through the municipality’s OpenID Connect provider', () => {
  let api: TestApp;
  let providers: TestProviders;
  let secretariesBody: string;

  const configure = (issuer: string, extra: object = {}) =>
    api.request('PUT', '/api/municipality/sign-in', {
      passwordsAllowed: true,
      provider: {
        issuer,
        clientId: providers.clientId,
        clientSecret: providers.clientSecret,
        groupMappings: [
          { group: 'aloite-registrars', roles: ['registrar'] },
          { group: 'aloite-secretaries', roles: ['committeeSecretary'], bodyIds: [secretariesBody] },
        ],
      },
      ...extra,
    });
  const count = async (sql: string) => ((await api.database.dataSource.query(sql)) as [{ n: number }])[0].n;
  const sessions = () => count('SELECT count(*)::int AS n FROM user_session');
  const accounts = () => count('SELECT count(*)::int AS n FROM user_account');
  const me = (session: string | null) =>
    api.anonymous('GET', '/api/me', undefined, { cookie: `aloite_session=${session}` });
  const settle = () => new Promise((resolve) => setTimeout(resolve, SESSION_RECHECK_MS + 50));

  beforeAll(async () => {
    api = await startTestApp();
    providers = await startTestProviders(`${api.baseUrl}/api/auth/oidc/callback`);
    secretariesBody = api.demo.bodyIds.employment;
  });
  afterAll(async () => {
    await providers.close();
    await api.close();
  });

  describe('with a real provider', () => {
    beforeAll(async () => {
      expect((await configure(providers.realIssuer)).status).toBe(200);
    });

    it('creates the account at its first sign-in with the roles its groups give, and lands signed in', async () => {
      await providers.account('alice-sub', {
        preferred_username: 'alice.aaltonen',
        name: 'Alice Aaltonen',
        email: 'alice.aaltonen@kajaani.fi',
        groups: ['aloite-registrars', 'some-other-group'],
      });
      const signedIn = await new ProviderBrowser(api).signIn('alice-sub');
      expect(signedIn.location).toBe('/');
      expect((await me(signedIn.session)).body).toEqual(
        expect.objectContaining({
          username: 'alice.aaltonen',
          displayName: 'Alice Aaltonen',
          roles: ['registrar'],
          bodyIds: [],
          municipalityId: api.demo.municipalityId,
        }),
      );
      const [stored] = (await api.database.dataSource.query(
        `SELECT oidc_issuer, oidc_subject, password_hash FROM user_account WHERE username = 'alice.aaltonen'`,
      )) as [{ oidc_issuer: string; oidc_subject: string; password_hash: string | null }];
      expect(stored).toEqual({
        oidc_issuer: providers.realIssuer,
        oidc_subject: 'alice-sub',
        password_hash: null,
      });
    });

    it('changes the roles and bodies at the next sign-in when the groups change, on the same account', async () => {
      await providers.account('bob-sub', { preferred_username: 'bob.berg', groups: ['aloite-registrars'] });
      const first = await new ProviderBrowser(api).signIn('bob-sub');
      const before = (await me(first.session)).body;
      await providers.account('bob-sub', { preferred_username: 'bob.berg', groups: ['aloite-secretaries'] });
      const accountsBefore = await accounts();
      const second = await new ProviderBrowser(api).signIn('bob-sub');
      const after = (await me(second.session)).body;
      expect(after.id).toBe(before.id);
      expect(after.roles).toEqual(['committeeSecretary']);
      expect(after.bodyIds).toEqual([secretariesBody]);
      expect(await accounts()).toBe(accountsBefore);
    });

    it('refuses an account none of whose groups gives a role, creating nothing', async () => {
      await providers.account('carl-sub', { preferred_username: 'carl', groups: ['everyone'] });
      const [accountsBefore, sessionsBefore] = [await accounts(), await sessions()];
      const refused = await new ProviderBrowser(api).signIn('carl-sub');
      expect(refused).toEqual({ location: '/?signInError=OIDC_NO_ROLE', session: null });
      expect([await accounts(), await sessions()]).toEqual([accountsBefore, sessionsBefore]);
    });

    it('refuses a replayed state: the provider’s answer works once', async () => {
      await providers.account('dora-sub', { preferred_username: 'dora', groups: ['aloite-registrars'] });
      const browser = new ProviderBrowser(api);
      const callback = await browser.atProvider(await browser.start(), 'dora-sub');
      expect((await browser.callback(callback)).location).toBe('/');
      const sessionsBefore = await sessions();
      expect(await browser.callback(callback)).toEqual({
        location: '/?signInError=OIDC_STATE_INVALID',
        session: null,
      });
      expect(await sessions()).toBe(sessionsBefore);
    });

    it('refuses a state it never gave and an answer without one', async () => {
      const forged = new URL(`${api.baseUrl}/api/auth/oidc/callback?code=x&state=forged`);
      expect((await new ProviderBrowser(api).callback(forged)).location).toBe(
        '/?signInError=OIDC_STATE_INVALID',
      );
      forged.searchParams.delete('state');
      expect((await new ProviderBrowser(api).callback(forged)).location).toBe(
        '/?signInError=OIDC_STATE_INVALID',
      );
    });

    it.each([
      ['a code whose PKCE challenge is not the one this sign-in holds the verifier of', 'other'],
      ['a code asked for without any PKCE challenge', 'none'],
    ])('refuses %s, with no session', async (_case, challenge) => {
      await providers.account('erik-sub', { preferred_username: 'erik', groups: ['aloite-registrars'] });
      const browser = new ProviderBrowser(api);
      const authorization = await browser.start();
      if (challenge === 'other') {
        authorization.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
      } else {
        authorization.searchParams.delete('code_challenge');
        authorization.searchParams.delete('code_challenge_method');
      }
      const sessionsBefore = await sessions();
      const refused = await browser.callback(await browser.atProvider(authorization, 'erik-sub'));
      expect(refused).toEqual({ location: '/?signInError=OIDC_PROVIDER_REFUSED', session: null });
      expect(await sessions()).toBe(sessionsBefore);
    });

    it('ends the sessions of an account disabled at the provider when they are next checked, and refuses it', async () => {
      await providers.account('fanny-sub', { preferred_username: 'fanny', groups: ['aloite-registrars'] });
      const { session } = await new ProviderBrowser(api).signIn('fanny-sub');
      // Checked again after PROVIDER_RECHECK_MS: the provider still vouches, the session goes on.
      api.clock.advance(PROVIDER_RECHECK_MS + 1000);
      await settle();
      expect((await me(session)).status).toBe(200);
      await providers.account('fanny-sub', { preferred_username: 'fanny', enabled: false });
      await settle();
      expect((await me(session)).status).toBe(200);
      api.clock.advance(PROVIDER_RECHECK_MS + 1000);
      await settle();
      expect((await me(session)).status).toBe(401);
      expect(await new ProviderBrowser(api).signIn('fanny-sub')).toEqual({
        location: '/?signInError=OIDC_PROVIDER_REFUSED',
        session: null,
      });
    });

    it('asks the provider once when many requests of a session come at once, so its rotated token stays good', async () => {
      await providers.account('hilma-sub', { preferred_username: 'hilma', groups: ['aloite-registrars'] });
      const { session } = await new ProviderBrowser(api).signIn('hilma-sub');
      for (let check = 0; check < 2; check++) {
        api.clock.advance(PROVIDER_RECHECK_MS + 1000);
        await settle();
        const answers = await Promise.all(Array.from({ length: 6 }, () => me(session)));
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
      }
    });

    it('bounds the sign-ins anyone may leave pending, saving no more past the bound', async () => {
      await api.database.dataSource.query(
        `INSERT INTO oidc_sign_in_attempt (state_hash, municipality_id, nonce, code_verifier, expires_at)
         SELECT 'flood-' || n, $1, 'n', 'v', now() + interval '1 year' FROM generate_series(1, $2) AS n`,
        [api.demo.municipalityId, MAX_PENDING_ATTEMPTS],
      );
      const pending = () => count('SELECT count(*)::int AS n FROM oidc_sign_in_attempt');
      const before = await pending();
      const start = await fetch(
        `${api.baseUrl}/api/auth/oidc/start?municipality=${api.demo.municipalityId}`,
        {
          redirect: 'manual',
        },
      );
      expect([start.status, start.headers.get('location')]).toEqual([302, '/?signInError=SERVER_BUSY']);
      expect(await pending()).toBe(before);
      await api.database.dataSource.query(`DELETE FROM oidc_sign_in_attempt WHERE state_hash LIKE 'flood-%'`);
    });

    it('ends the sessions of an account removed at the provider', async () => {
      await providers.account('gus-sub', { preferred_username: 'gus', groups: ['aloite-registrars'] });
      const { session } = await new ProviderBrowser(api).signIn('gus-sub');
      await providers.account('gus-sub', { removed: true });
      api.clock.advance(PROVIDER_RECHECK_MS + 1000);
      await settle();
      expect((await me(session)).status).toBe(401);
    });
  });

  describe('with a provider whose ID tokens are wrong', () => {
    beforeAll(async () => {
      expect((await configure(providers.faultyIssuer)).status).toBe(200);
    });
    afterEach(() => providers.fault('none'));

    it('accepts its ID token when nothing is wrong with it (so each refusal below is the fault’s)', async () => {
      await providers.fault('none');
      const signedIn = await new ProviderBrowser(api).signIn('anyone');
      expect(signedIn.location).toBe('/');
      expect((await me(signedIn.session)).body.roles).toEqual(['registrar']);
    });

    it.each([
      ['another issuer', 'issuer'],
      ['another audience', 'audience'],
      ['an expired ID token', 'expired'],
      ['a signature by a key that is not the provider’s', 'signature'],
      ['a nonce that is not this sign-in’s', 'nonce'],
    ] as const)('refuses %s, with no session', async (_case, fault) => {
      await providers.fault(fault);
      const sessionsBefore = await sessions();
      expect(await new ProviderBrowser(api).signIn('anyone')).toEqual({
        location: '/?signInError=OIDC_ID_TOKEN_INVALID',
        session: null,
      });
      expect(await sessions()).toBe(sessionsBefore);
    });
  });
});
