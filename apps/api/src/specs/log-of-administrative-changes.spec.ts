import { versionOf } from '../testing/rule-pack-versions';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';

interface Change {
  seq: string;
  actorId: string;
  actorName: string;
  changedAt: string;
  entityKind: string;
  entityId: string;
  action: string;
  change: Record<string, unknown>;
}

describe('the log of administrative changes (issue 20)', () => {
  let api: TestApp;
  let me: { id: string; displayName: string };
  const log = async (query = '') =>
    (await api.request('GET', `/api/admin/log${query}`)).body.items as Change[];
  const rows = async () =>
    (
      (await api.database.dataSource.query(`SELECT count(*)::int AS n FROM admin_change`)) as [{ n: number }]
    )[0].n;

  beforeAll(async () => {
    api = await startTestApp();
    me = (await api.request('GET', '/api/me')).body;
  });
  afterAll(() => api.close());

  it('lists each change through the users, bodies and municipality endpoints, newest first, with who and when', async () => {
    const startedAt = Date.now();
    const body = await api.request('POST', '/api/bodies', {
      name: 'Nuorisojaosto',
      nameSv: 'Ungdomssektionen',
      kind: 'subcommittee',
    });
    expect(body.status).toBe(201);
    const renamed = await api.request('PATCH', `/api/bodies/${body.body.id}`, { name: 'Nuorisolautakunta' });
    expect(renamed.status).toBe(200);
    const user = await api.request('POST', '/api/users', {
      username: 'nuoriso.sihteeri',
      displayName: 'Nuoriso Sihteeri',
      password: 'nuoriso-salasana-1',
      roles: ['committeeSecretary'],
      bodyIds: [body.body.id],
    });
    expect(user.status).toBe(201);
    const reset = await api.request('PATCH', `/api/users/${user.body.id}`, {
      password: 'uusi-nuoriso-salasana-1',
      active: false,
    });
    expect(reset.status).toBe(200);
    const municipality = await api.request('PUT', '/api/municipality', {
      name: 'Kajaani',
      diaryPrefix: 'KAJ',
    });
    expect(municipality.status).toBe(200);
    const version = await api.request(
      'POST',
      '/api/municipality/rule-packs',
      await versionOf(api.request, 'kajaani', '2026-06-01'),
    );
    expect(version.status).toBe(201);

    const entries = await log();
    expect(
      entries.map(({ entityKind, entityId, action, change }) => ({ entityKind, entityId, action, change })),
    ).toEqual([
      {
        entityKind: 'rulePack',
        entityId: version.body.id,
        action: 'create',
        change: { validFrom: '2026-06-01', template: 'kajaani' },
      },
      {
        entityKind: 'municipality',
        entityId: api.demo.municipalityId,
        action: 'update',
        change: { name: 'Kajaani', diaryPrefix: 'KAJ', language: 'fi', secondLanguage: null },
      },
      {
        entityKind: 'user',
        entityId: user.body.id,
        action: 'update',
        change: { active: false, passwordReset: true },
      },
      {
        entityKind: 'user',
        entityId: user.body.id,
        action: 'create',
        change: {
          username: 'nuoriso.sihteeri',
          displayName: 'Nuoriso Sihteeri',
          email: null,
          roles: ['committeeSecretary'],
          bodyIds: [body.body.id],
        },
      },
      { entityKind: 'body', entityId: body.body.id, action: 'update', change: { name: 'Nuorisolautakunta' } },
      {
        entityKind: 'body',
        entityId: body.body.id,
        action: 'create',
        change: { name: 'Nuorisojaosto', nameSv: 'Ungdomssektionen', kind: 'subcommittee' },
      },
    ]);
    for (const entry of entries) {
      expect(entry).toEqual(expect.objectContaining({ actorId: me.id, actorName: me.displayName }));
      expect(Date.parse(entry.changedAt)).toBeGreaterThanOrEqual(startedAt - 1_000);
      expect(Date.parse(entry.changedAt)).toBeLessThanOrEqual(Date.now() + 1_000);
    }
    const text = (await api.request('GET', '/api/admin/log')).text;
    expect(text).not.toMatch(/salasana|argon2|passwordHash/i);
  });

  it('writes nothing for a refused change', async () => {
    const before = await rows();
    const answers = await Promise.all([
      api.request('POST', '/api/bodies', { name: 'Kaupunginvaltuusto', kind: 'council' }),
      api.request('POST', '/api/users', {
        username: 'tester',
        displayName: 'Taken',
        password: TEST_PASSWORD,
        roles: ['councilStaff'],
      }),
      api.request('PATCH', '/api/bodies/00000000-0000-4000-8000-000000000000', { name: 'Ei ole' }),
      api.request('PATCH', `/api/users/${me.id}`, { active: false }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([409, 409, 404, 400]);
    expect(await rows()).toBe(before);
  });

  it('pages newest first with the cursor it gives, and refuses a cursor it did not give or a limit out of bounds', async () => {
    const all = await log('?limit=200');
    const first = (await api.request('GET', '/api/admin/log?limit=2')).body;
    expect(first.items).toEqual(all.slice(0, 2));
    const second = (await api.request('GET', `/api/admin/log?limit=2&cursor=${first.nextCursor}`)).body;
    expect(second.items).toEqual(all.slice(2, 4));
    const last = (await api.request('GET', `/api/admin/log?limit=200&cursor=${all.at(-2)?.seq}`)).body;
    expect(last).toEqual({ items: [all.at(-1)], nextCursor: null });
    const cursors = ['abc', '-1', '0', '1e3', '99999999999999999999', `${first.nextCursor}'`].map(
      (bad) => `cursor=${encodeURIComponent(bad)}`,
    );
    const limits = ['0', '201', '-5', 'x', '1.5'].map((bad) => `limit=${bad}`);
    for (const bad of [...cursors, ...limits, 'cursor=1&cursor=2']) {
      const answer = await api.request('GET', `/api/admin/log?${bad}`);
      expect({ bad, status: answer.status, code: answer.body.code }).toEqual({
        bad,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  it('is for administrators only', async () => {
    const registrar = await api.createUser('loki.kirjaamo', TEST_PASSWORD, ['registrar']);
    expect(registrar).toBeTruthy();
    const token = await api.signIn('loki.kirjaamo', TEST_PASSWORD);
    const answer = await api.as(token)('GET', '/api/admin/log');
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await api.anonymous('GET', '/api/admin/log')).status).toBe(401);
  });

  it.each([
    ['UPDATE', `UPDATE admin_change SET actor_name = 'someone else'`],
    ['DELETE', `DELETE FROM admin_change`],
    ['TRUNCATE', `TRUNCATE admin_change`],
  ])('cannot be rewritten: the database refuses %s', async (operation, sql) => {
    const before = await api.database.dataSource.query(`SELECT * FROM admin_change ORDER BY seq`);
    expect(before.length).toBeGreaterThan(0);
    await expect(api.database.dataSource.query(sql)).rejects.toThrow(
      `admin_change is append-only: ${operation} refused`,
    );
    expect(await api.database.dataSource.query(`SELECT * FROM admin_change ORDER BY seq`)).toEqual(before);
  });

  it('shows when each account last signed in', async () => {
    await api.createUser('viimeksi', TEST_PASSWORD, ['councilStaff']);
    const lastSignIn = async () =>
      (await api.request('GET', '/api/users')).body.find(
        (user: { username: string }) => user.username === 'viimeksi',
      ).lastSignInAt as string | null;
    expect(await lastSignIn()).toBeNull();
    const before = Date.now();
    await api.signIn('viimeksi', TEST_PASSWORD);
    const first = await lastSignIn();
    expect(Date.parse(first as string)).toBeGreaterThanOrEqual(before - 1_000);
    expect(
      (await api.anonymous('POST', '/api/auth/login', { username: 'viimeksi', password: 'wrong-password-1' }))
        .status,
    ).toBe(401);
    expect(await lastSignIn()).toBe(first);
    await api.signIn('viimeksi', TEST_PASSWORD);
    expect(Date.parse((await lastSignIn()) as string)).toBeGreaterThan(Date.parse(first as string));
  });
});
