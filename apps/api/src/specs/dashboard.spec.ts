import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

describe('the dashboard', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
  });
  afterAll(() => api.close());

  const diaryNumbers = async (query: string): Promise<string[]> =>
    (
      (await api.request('GET', `/api/initiatives?${query}&limit=200`)).body.items as {
        diaryNumber: string;
      }[]
    )
      .map((item) => item.diaryNumber)
      .sort();

  it('counts every state as the list filters count them', async () => {
    const { body } = await api.request('GET', '/api/dashboard');
    expect(body.today).toBe('2026-05-21');
    for (const [state, count] of Object.entries(body.byState as Record<string, number>)) {
      expect((await api.request('GET', `/api/initiatives?state=${state}`)).body.total).toBe(count);
    }
    const all = (await api.request('GET', '/api/initiatives')).body.total as number;
    expect(Object.values(body.byState as Record<string, number>).reduce((sum, n) => sum + n, 0)).toBe(all);
  });

  it('lists overdue and due-soon deadlines, earliest first, matching the deadline filters', async () => {
    const { body } = await api.request('GET', '/api/dashboard');
    const deadlines = body.deadlines as {
      diaryNumber: string;
      status: string;
      dueDate: string;
      kind: string;
    }[];
    const of = (status: string) =>
      [...new Set(deadlines.filter((d) => d.status === status).map((d) => d.diaryNumber))].sort();
    expect(of('overdue')).toEqual(await diaryNumbers('deadline=overdue'));
    expect(of('dueSoon')).toEqual(await diaryNumbers('deadline=dueSoon'));
    expect(of('overdue').length + of('dueSoon').length).toBeGreaterThan(0);
    const dates = deadlines.map((deadline) => deadline.dueDate);
    expect(dates).toEqual([...dates].sort());
  });

  it('counts open statement requests per body, and how many of them are late', async () => {
    const { body } = await api.request('GET', '/api/dashboard');
    const byBody = Object.fromEntries(
      (body.openRequestsByBody as { bodyId: string; open: number; overdue: number }[]).map((row) => [
        row.bodyId,
        row,
      ]),
    );
    for (const [bodyId, row] of Object.entries(byBody)) {
      const atBody = (await api.request('GET', `/api/initiatives?bodyId=${bodyId}&limit=200`)).body.items as {
        statements: { bodyId: string; status: string; dueDate: string }[];
      }[];
      const open = atBody
        .flatMap((item) => item.statements)
        .filter((r) => r.bodyId === bodyId && r.status === 'open');
      expect(row.open).toBe(open.length);
      expect(row.overdue).toBe(open.filter((r) => r.dueDate < '2026-05-21').length);
    }
    expect(byBody[api.demo.bodyIds.employment]).toEqual(expect.objectContaining({ open: 2 }));
  });

  it('shows the oldest open initiatives, none of them finished', async () => {
    const { body } = await api.request('GET', '/api/dashboard');
    const oldest = body.oldestOpen as { submittedOn: string; state: string }[];
    expect(oldest.length).toBeGreaterThan(0);
    expect(oldest.map((item) => item.submittedOn)).toEqual(oldest.map((item) => item.submittedOn).sort());
    for (const item of oldest) expect(['closed', 'withdrawn', 'lapsed']).not.toContain(item.state);
  });

  it('gives a committee secretary the open requests of their own bodies only', async () => {
    await api.createUser('jaosto', TEST_PASSWORD, ['committeeSecretary'], [api.demo.bodyIds.employment]);
    const secretary = api.as(await api.signIn('jaosto', TEST_PASSWORD));
    const mine = (await secretary('GET', '/api/dashboard')).body.myRequests as {
      diaryNumber: string;
      bodyId: string;
      status: string;
    }[];
    expect(mine.map((request) => request.diaryNumber).sort()).toEqual(['KAJDno-2026-577', 'KAJDno-2026-726']);
    expect(new Set(mine.map((request) => request.bodyId))).toEqual(new Set([api.demo.bodyIds.employment]));
    expect(mine.map((request) => request.status)).toEqual(['dueSoon', 'dueSoon']);

    await api.createUser('rekisteri', TEST_PASSWORD, ['registrar']);
    const registrar = api.as(await api.signIn('rekisteri', TEST_PASSWORD));
    expect((await registrar('GET', '/api/dashboard')).body.myRequests).toEqual([]);
  });

  it('is for signed-in staff only', async () => {
    const response = await api.anonymous('GET', '/api/dashboard');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
