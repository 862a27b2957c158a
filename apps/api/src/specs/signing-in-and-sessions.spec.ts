import { hashToken } from '../auth/passwords';
import { SESSION_RECHECK_MS } from '../auth/recent-sessions';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('signing in, sessions and signing out', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    await api.createUser('paula', 'paula-password-1', ['registrar']);
  });
  afterAll(() => api.close());

  it('returns an opaque token in the body and an HttpOnly, SameSite=Strict cookie', async () => {
    const response = await api.anonymous('POST', '/api/auth/login', {
      username: 'paula',
      password: 'paula-password-1',
    });
    expect(response.status).toBe(200);
    expect(response.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.body.user).toEqual(expect.objectContaining({ username: 'paula', roles: ['registrar'] }));
    expect(response.body.user.passwordHash).toBeUndefined();
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`aloite_session=${response.body.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('accepts the session by bearer token and by cookie, case-insensitive usernames', async () => {
    const token = await api.signIn('PAULA', 'paula-password-1');
    expect((await api.as(token)('GET', '/api/me')).body.username).toBe('paula');
    const byCookie = await api.anonymous('GET', '/api/me', undefined, {
      cookie: `other=1; aloite_session=${token}`,
    });
    expect(byCookie.status).toBe(200);
    expect(byCookie.body.roles).toEqual(['registrar']);
  });

  it('stores only a hash of the token', async () => {
    const token = await api.signIn('paula', 'paula-password-1');
    const stored = await api.database.dataSource.query('SELECT token_hash FROM user_session');
    expect(JSON.stringify(stored)).not.toContain(token);
    const hashes = await api.database.dataSource.query('SELECT password_hash FROM user_account');
    expect(JSON.stringify(hashes)).not.toContain('paula-password-1');
    expect(JSON.stringify(hashes)).toContain('$argon2id$');
  });

  it.each([
    ['no session', {}],
    ['a malformed bearer', { authorization: 'Bearer not a token' }],
    ['another scheme', { authorization: 'Basic cGF1bGE6eA==' }],
    ['an unknown token', { authorization: `Bearer ${'A'.repeat(43)}` }],
    ['a malformed cookie', { cookie: 'aloite_session=%00%zz' }],
  ])('answers 401 problem+json for %s', async (_case, headers) => {
    const response = await api.anonymous('GET', '/api/initiatives', undefined, headers);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('ends the session on logout', async () => {
    const token = await api.signIn('paula', 'paula-password-1');
    const logout = await api.as(token)('POST', '/api/auth/logout');
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/aloite_session=;.*Max-Age=0/);
    expect((await api.as(token)('GET', '/api/me')).status).toBe(401);
  });

  it('refuses, within a second, a session that another API process ended in the database', async () => {
    const token = await api.signIn('paula', 'paula-password-1');
    expect((await api.as(token)('GET', '/api/me')).status).toBe(200);
    await api.database.dataSource.query(`UPDATE user_session SET revoked_at = now() WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    await new Promise((resolve) => setTimeout(resolve, SESSION_RECHECK_MS + 50));
    expect((await api.as(token)('GET', '/api/me')).status).toBe(401);
  });

  it('expires a session after 12 hours', async () => {
    const token = await api.signIn('paula', 'paula-password-1');
    api.clock.advance(11 * 3_600_000);
    expect((await api.as(token)('GET', '/api/me')).status).toBe(200);
    api.clock.advance(1 * 3_600_000 + 1000);
    expect((await api.as(token)('GET', '/api/me')).status).toBe(401);
    // Back to the day the other tests' sessions live in.
    api.clock.advance(-(12 * 3_600_000 + 1000));
  });

  it('refuses a deactivated account and ends its sessions; a password reset ends sessions too', async () => {
    const id = await api.createUser('leaving', 'leaving-password-1', ['councilStaff']);
    const token = await api.signIn('leaving', 'leaving-password-1');
    const reset = await api.request('PATCH', `/api/users/${id}`, { password: 'leaving-password-2' });
    expect(reset.status).toBe(200);
    expect((await api.as(token)('GET', '/api/me')).status).toBe(401);
    const again = await api.signIn('leaving', 'leaving-password-2');
    expect((await api.request('PATCH', `/api/users/${id}`, { active: false })).body.active).toBe(false);
    expect((await api.as(again)('GET', '/api/me')).status).toBe(401);
    const refused = await api.anonymous('POST', '/api/auth/login', {
      username: 'leaving',
      password: 'leaving-password-2',
    });
    expect(refused.status).toBe(401);
  });

  it('leaves health, the API documents and sign-in open, and closes everything else', async () => {
    expect((await api.anonymous('GET', '/api/health')).status).toBe(200);
    expect((await api.anonymous('GET', '/api/openapi.json')).status).toBe(200);
    expect((await api.anonymous('GET', '/api/docs')).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/api/me'],
      ['GET', '/api/bodies'],
      ['POST', '/api/bodies'],
      ['GET', '/api/municipality'],
      ['PUT', '/api/municipality'],
      ['GET', '/api/users'],
      ['POST', '/api/users'],
      ['GET', '/api/initiatives'],
      ['POST', '/api/initiatives'],
      ['GET', `/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}`],
      ['POST', `/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}/events`],
      ['GET', `/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}/events`],
      ['POST', '/api/auth/logout'],
    ] as const) {
      expect([
        method,
        path,
        (await api.anonymous(method, path, method === 'GET' ? undefined : {})).status,
      ]).toEqual([method, path, 401]);
    }
  });

  it('keeps an administrator from locking themselves out', async () => {
    const me = (await api.request('GET', '/api/me')).body;
    const response = await api.request('PATCH', `/api/users/${me.id}`, { active: false });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'active', message: 'you cannot remove your own administrator access', rule: 'ownAdminAccess' },
    ]);
  });
});
