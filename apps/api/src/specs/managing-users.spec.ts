import { startTestApp, type TestApp } from '../testing/test-app';

describe('an administrator manages staff accounts', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('creates a committee secretary who can then sign in, and lists accounts without secrets', async () => {
    const created = await api.request('POST', '/api/users', {
      username: 'milla.tikkanen',
      displayName: 'Milla Tikkanen',
      email: 'milla.tikkanen@kajaani.fi',
      password: 'jaosto-salasana-1',
      roles: ['committeeSecretary'],
      bodyIds: [api.demo.bodyIds.employment],
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({
        username: 'milla.tikkanen',
        email: 'milla.tikkanen@kajaani.fi',
        roles: ['committeeSecretary'],
        bodyIds: [api.demo.bodyIds.employment],
        active: true,
      }),
    );
    const token = await api.signIn('milla.tikkanen', 'jaosto-salasana-1');
    expect((await api.as(token)('GET', '/api/me')).body.displayName).toBe('Milla Tikkanen');
    const list = await api.request('GET', '/api/users');
    expect(list.body.map((user: { username: string }) => user.username)).toEqual([
      'milla.tikkanen',
      'tester',
    ]);
    expect(list.text).not.toMatch(/password|argon2/i);
  });

  it.each([
    ['a taken username (any case)', { username: 'TESTER' }, 409, 'username'],
    ['a short password', { password: 'short' }, 400, 'password'],
    ['an unknown role', { roles: ['mayor'] }, 400, 'roles'],
    ['no roles', { roles: [] }, 400, 'roles'],
    ['a secretary without bodies', { roles: ['committeeSecretary'], bodyIds: [] }, 400, 'bodyIds'],
    [
      'a body of no municipality',
      { roles: ['committeeSecretary'], bodyIds: ['00000000-0000-4000-8000-000000000000'] },
      400,
      'bodyIds',
    ],
    ['a username with spaces', { username: 'paula halonen' }, 400, 'username'],
    ['an e-mail address that is not one', { email: 'milla.kajaani.fi' }, 400, 'email'],
  ])('refuses %s', async (_case, change, status, field) => {
    const response = await api.request('POST', '/api/users', {
      username: 'new.user',
      displayName: 'New User',
      password: 'long-enough-password',
      roles: ['councilStaff'],
      ...change,
    });
    expect(response.status).toBe(status);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('changes roles and bodies, and answers 404 for unknown accounts', async () => {
    const created = await api.request('POST', '/api/users', {
      username: 'changing',
      displayName: 'Changing',
      password: 'long-enough-password',
      roles: ['councilStaff'],
    });
    const changed = await api.request('PATCH', `/api/users/${created.body.id}`, {
      roles: ['councilStaff', 'committeeSecretary'],
      bodyIds: [api.demo.bodyIds.education],
    });
    expect(changed.body).toEqual(
      expect.objectContaining({
        roles: ['councilStaff', 'committeeSecretary'],
        bodyIds: [api.demo.bodyIds.education],
      }),
    );
    expect(
      (await api.request('PATCH', '/api/users/00000000-0000-4000-8000-000000000000', { active: false }))
        .status,
    ).toBe(404);
  });
});
