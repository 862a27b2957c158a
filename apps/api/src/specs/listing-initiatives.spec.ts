import { startTestApp, type TestApp } from '../testing/test-app';

describe('listing initiatives with filters, paging and sorting', () => {
  let api: TestApp;
  const diaryNumbers = async (query: string) => {
    const response = await api.request('GET', `/api/initiatives?${query}`);
    expect(response.status).toBe(200);
    return response.body.items.map((item: { diaryNumber: string }) => item.diaryNumber);
  };

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
  });
  afterAll(() => api.close());

  it('lists by filing date by default, with the total', async () => {
    const response = await api.request('GET', '/api/initiatives');
    expect(response.body.total).toBe(8);
    expect(response.body.totalExact).toBe(true);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items[0]).toEqual(
      expect.objectContaining({ diaryNumber: 'KAJDno-2025-0811', firstSigner: 'Tero Pulkkinen' }),
    );
  });

  it('summarises each initiative without its text, and its statement requests without preparers', async () => {
    const response = await api.request('GET', '/api/initiatives?q=opiskelu');
    const [item] = response.body.items as Record<string, unknown>[];
    expect(item).not.toHaveProperty('text');
    expect(item?.statements).toEqual([
      {
        bodyId: api.demo.bodyIds.employment,
        officeHolder: null,
        kind: 'statement',
        replyExpected: true,
        status: 'open',
        requestedOn: expect.any(String),
        dueDate: expect.any(String),
        postponements: 0,
        resolvedOn: null,
      },
    ]);
    expect(item?.deadlines).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'statement', status: expect.any(String) })]),
    );
  });

  it('filters by state, repeatable', async () => {
    expect(await diaryNumbers('state=awaitingStatements')).toEqual([
      'KAJDno-2025-1630',
      'KAJDno-2026-577',
      'KAJDno-2026-726',
    ]);
    expect(await diaryNumbers('state=closed&state=withdrawn')).toEqual([
      'KAJDno-2025-0811',
      'KAJDno-2025-1412',
    ]);
  });

  it('searches title and text in Finnish, stemming inflected words', async () => {
    expect(await diaryNumbers('q=opiskelu')).toEqual(['KAJDno-2026-577']);
    expect(await diaryNumbers('q=koirapuisto')).toEqual(['KAJDno-2025-1412']);
    expect(await diaryNumbers('q=tinderistä')).toEqual(['KAJDno-2026-726']);
  });

  it('filters by body (a handling or a request there), year, signatory and deadline', async () => {
    expect(await diaryNumbers(`bodyId=${api.demo.bodyIds.employment}`)).toEqual([
      'KAJDno-2026-577',
      'KAJDno-2026-726',
    ]);
    expect(await diaryNumbers(`bodyId=${api.demo.bodyIds.technical}`)).toEqual([
      'KAJDno-2025-1412',
      'KAJDno-2025-1630',
    ]);
    expect(await diaryNumbers('year=2025')).toEqual([
      'KAJDno-2025-0811',
      'KAJDno-2025-1412',
      'KAJDno-2025-1630',
    ]);
    expect(await diaryNumbers('signatory=urpila')).toEqual(['KAJDno-2026-577', 'KAJDno-2026-726']);
    expect(await diaryNumbers('signatory=%25')).toEqual([]);
    expect(await diaryNumbers('deadline=overdue')).toEqual(['KAJDno-2025-1630']);
    expect(await diaryNumbers('deadline=dueSoon')).toEqual(['KAJDno-2026-577', 'KAJDno-2026-726']);
  });

  it('pages with a cursor in every sort order without losing or repeating any', async () => {
    for (const sort of ['filedAt', '-filedAt', 'dueDate']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await api.request(
          'GET',
          `/api/initiatives?limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(response.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...response.body.items.map((item: { diaryNumber: string }) => item.diaryNumber));
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(await diaryNumbers(`limit=200&sort=${sort}`));
      expect(new Set(seen).size).toBe(8);
    }
    // Both seed initiatives are due 31.5.; the id breaks the tie.
    const byDueDate = await diaryNumbers('sort=dueDate');
    expect(byDueDate[0]).toBe('KAJDno-2025-1630');
    expect(byDueDate.slice(1, 3).sort()).toEqual(['KAJDno-2026-577', 'KAJDno-2026-726']);
    expect((await diaryNumbers('sort=-filedAt'))[0]).toBe('KAJDno-2026-1388');
  });

  /** A cursor as the API writes one, with fields changed as a tamperer would. */
  const tamperedCursor = (fields: Record<string, unknown>) =>
    Buffer.from(
      JSON.stringify({ key: '2026-05-04', id: '6f1c2a58-0f5e-4e5b-9d55-0c6f1b7a1e21', ...fields }),
    ).toString('base64url');

  it.each([
    ['state=open', 'state'],
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=1e309', 'limit'],
    ['year=abc', 'year'],
    ['year=2.5', 'year'],
    ['deadline=late', 'deadline'],
    ['sort=title', 'sort'],
    ['bodyId=42', 'bodyId'],
    ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ...['2026-02-30', '0000-01-01', '2026-13-01', '99999-01-01', 12, null].map((key) => [
      `cursor=${tamperedCursor({ key })}`,
      'cursor',
    ]),
    [`cursor=${tamperedCursor({ id: 'not-a-uuid' })}`, 'cursor'],
    [`cursor=${Buffer.from('[1,2]').toString('base64url')}`, 'cursor'],
    [`cursor=${Buffer.from('null').toString('base64url')}`, 'cursor'],
    ['unknown=1', 'unknown'],
    ['q=%00', 'q'],
  ])('answers 400 for %s', async (query, field) => {
    const response = await api.request('GET', `/api/initiatives?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });
});
