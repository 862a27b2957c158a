import { startTestApp, type TestApp } from '../testing/test-app';

// Domain § 6.3: nothing is recorded as done before the initiative was filed or after today (Helsinki); a due date
// lies ahead, but not before its request. A WITHDRAW dated 2062 would keep the initiative on every annual list
// until then and make every decision including it fail.

const TODAY = '2026-05-21';

describe('event dates between the filing and today', () => {
  let api: TestApp;
  let council: string;

  beforeAll(async () => {
    api = await startTestApp(TODAY);
    council = api.demo.bodyIds.council;
  });
  afterAll(() => api.close());

  const filing = (submittedOn: string, filedAtDate = submittedOn) => ({
    title: 'Päivämäärätesti',
    text: 'Teksti.',
    kind: 'councillor',
    submittedOn,
    signatories: [{ name: 'Testi Valtuutettu', party: 'KESK' }],
    signatoryCount: 1,
    hasFinancialEffect: false,
    filedAt: { bodyId: council, date: filedAtDate, section: 1 },
  });

  async function file(submittedOn = '2026-03-02'): Promise<string> {
    const response = await api.request('POST', '/api/initiatives', filing(submittedOn));
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  const apply = (id: string, event: Record<string, unknown>) =>
    api.request('POST', `/api/initiatives/${id}/events`, event);
  const refer = (id: string, date: string) =>
    apply(id, { type: 'REFER_TO_BOARD', meeting: { bodyId: council, date, section: 2 } });

  async function expectRefused(id: string, event: Record<string, unknown>, field: string, words: RegExp) {
    const before = await api.auditRows(id);
    const response = await apply(id, event);
    expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(response.body.errors).toEqual([expect.objectContaining({ field, rule: 'dateRange' })]);
    expect(response.body.errors[0].message).toMatch(words);
    expect(await api.auditRows(id)).toBe(before);
  }

  it('refuses a withdrawal dated in 2062 or tomorrow, naming the days allowed, and changes nothing', async () => {
    const id = await file();
    const words = /between 2\.3\.2026 \(the day the initiative was filed\) and today, 21\.5\.2026/;
    await expectRefused(id, { type: 'WITHDRAW', date: '2062-01-01', requestedBy: 'X' }, 'date', words);
    await expectRefused(id, { type: 'WITHDRAW', date: '2026-05-22', requestedBy: 'X' }, 'date', words);
    expect((await api.request('GET', `/api/initiatives/${id}`)).body.state).toBe('registered');
    expect((await apply(id, { type: 'WITHDRAW', date: TODAY, requestedBy: 'X' })).status).toBe(200);
  });

  it('refuses a meeting after today or before the filing, in every event that carries one', async () => {
    const id = await file();
    await expectRefused(
      id,
      { type: 'REFER_TO_BOARD', meeting: { bodyId: council, date: '2026-03-01', section: 2 } },
      'meeting.date',
      /2\.3\.2026/,
    );
    expect((await refer(id, '2026-03-02')).status).toBe(200);
    const board = api.demo.bodyIds.board;
    await expectRefused(
      id,
      {
        type: 'RECORD_BOARD_DECISION',
        meeting: { bodyId: board, date: '2026-06-01', section: 1 },
        proposal: 'p',
        decision: 'd',
        decisionType: 'tabled',
        outcome: 'tabled',
      },
      'meeting.date',
      /today, 21\.5\.2026/,
    );
  });

  it('lets a due date lie ahead, but not before the request', async () => {
    const id = await file();
    expect((await refer(id, '2026-03-02')).status).toBe(200);
    const request = { type: 'REQUEST_STATEMENT', bodyId: api.demo.bodyIds.education, preparers: [] };
    await expectRefused(
      id,
      { ...request, date: '2026-05-01', dueDate: '2026-04-30' },
      'dueDate',
      /not be before 1\.5\.2026 \(the day the statement was requested\)/,
    );
    await expectRefused(id, { ...request, date: '2026-05-22', dueDate: '2026-06-30' }, 'date', /21\.5\.2026/);
    expect((await apply(id, { ...request, date: '2026-05-01', dueDate: '2027-06-30' })).status).toBe(200);
  });

  it.each([
    ['handed in tomorrow', '2026-05-22', '2026-05-22', 'submittedOn'],
    ['recorded by a council meeting tomorrow', '2026-05-20', '2026-05-22', 'filedAt.date'],
    ['recorded before it was handed in', '2026-05-20', '2026-05-19', 'filedAt.date'],
  ])('refuses filing an initiative %s', async (_, submittedOn, filedAtDate, field) => {
    const response = await api.request('POST', '/api/initiatives', filing(submittedOn, filedAtDate));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, rule: 'dateRange' })]),
    );
  });

  it('refuses the annual list’s decision dated after today, and closes nothing', async () => {
    const id = await file('2025-06-02');
    expect((await refer(id, '2025-06-02')).status).toBe(200);
    const decision = (date: string) => ({
      meeting: { bodyId: council, date, section: 40 },
      annualListId: 'KAJDno-2026-100',
      close: [id],
      keep: [],
    });
    const refused = await api.request('POST', '/api/annual-lists/2026/decision', decision('2026-06-15'));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'meeting.date', rule: 'dateRange' }),
    ]);
    expect(await api.auditRows(id)).toBe(2);
    const accepted = await api.request('POST', '/api/annual-lists/2026/decision', decision('2026-05-20'));
    expect([accepted.status, accepted.body.closed]).toEqual([200, [id]]);
  });
});
