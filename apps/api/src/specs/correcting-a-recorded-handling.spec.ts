import { initiativeStages } from '../testing/initiative-stages';
import { replayEveryInitiative } from '../testing/replay-every-initiative';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 16, item 5 and domain § 8.5 (oikaisu): a wrong §, date or text of a recorded handling is corrected with a
// reason; the original stays in the audit log; the timeline shows the corrected value and that it was corrected;
// replay of the log still lands on the stored state.

describe('correcting a recorded handling (issue 16, domain § 8.5)', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;
  let council: string;
  let employment: string;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    stages = initiativeStages(api);
    ({ council, employment } = api.demo.bodyIds);
  });
  afterAll(() => api.close());

  const initiative = async (id: string) => (await api.request('GET', `/api/initiatives/${id}`)).body;
  const correct = (id: string, seq: number, body: object, headers?: Record<string, string>) =>
    api.request('POST', `/api/initiatives/${id}/handlings/${seq}/corrections`, body, headers);
  const written = async (id: string) => {
    const [row] = (await api.database.dataSource.query(
      `SELECT (SELECT count(*) FROM initiative_event WHERE initiative_id = $1)::int AS events,
              (SELECT count(*) FROM handling_correction WHERE initiative_id = $1)::int AS corrections,
              (SELECT json_agg(json_build_object('seq', event_seq, 'date', date, 'section', section) ORDER BY event_seq)
                 FROM handling WHERE initiative_id = $1) AS handlings`,
      [id],
    )) as { events: number; corrections: number; handlings: unknown }[];
    return row;
  };
  /** Filed, referred, proposed by the board, closed by the council "on 18.5.2026 § 45": audit seq 4. */
  const closedByTheCouncil = async () => {
    const id = await stages.beforeTheCouncil();
    await stages.apply(id, {
      type: 'RECORD_COUNCIL_DECISION',
      meeting: { bodyId: council, date: '2026-05-18', section: 45 },
      decision: 'Valtuusto totesi aloitteen loppuun käsitellyksi.',
      decisionType: 'asProposed',
      outcome: 'closed',
      resolutions: [],
    });
    return id;
  };
  const reason = 'Pöytäkirjan mukaan asia käsiteltiin 11.5.2026 § 46.';

  it('corrects the council’s closing § and date: the timeline marks it, the closure moves, the log keeps the original', async () => {
    const id = await closedByTheCouncil();
    const corrected = await correct(
      id,
      4,
      { changes: { section: 46, date: '2026-05-11' }, reason },
      { 'If-Match': '"4"' },
    );
    expect(corrected.status).toBe(200);
    expect(corrected.body.version).toBe(5);
    const handling = corrected.body.handlings.find((candidate: { seq: number }) => candidate.seq === 4);
    expect(handling).toMatchObject({ section: 46, date: '2026-05-11', bodyId: council });
    expect(handling.corrections).toEqual([
      {
        seq: 5,
        changes: { section: { before: 45, after: 46 }, date: { before: '2026-05-18', after: '2026-05-11' } },
        reason,
        actor: expect.any(String),
        at: expect.any(String),
      },
    ]);
    expect(corrected.body.state).toBe('closed');
    expect(corrected.body.closure).toMatchObject({
      date: '2026-05-11',
      meeting: { bodyId: council, date: '2026-05-11', section: 46 },
    });
    expect(corrected.body.endedOn).toBe('2026-05-11');
    expect((await initiative(id)).handlings).toEqual(corrected.body.handlings);

    const log = (await api.request('GET', `/api/initiatives/${id}/events`)).body;
    expect(log[3]).toMatchObject({
      seq: 4,
      type: 'RECORD_COUNCIL_DECISION',
      payload: { meeting: { date: '2026-05-18', section: 45 } },
    });
    expect(log[4]).toMatchObject({
      seq: 5,
      type: 'CORRECT_HANDLING',
      fromState: 'closed',
      toState: 'closed',
      payload: { type: 'CORRECT_HANDLING', seq: 4, changes: handling.corrections[0].changes, reason },
    });
    expect((await written(id)).handlings).toContainEqual({ seq: 4, date: '2026-05-18', section: 45 });

    const minutes = await api.request('GET', `/api/initiatives/${id}/handlings/4/minutes`);
    expect(minutes.body.text).toContain(', 11.05.2026, § 46');
    expect(minutes.body.text).not.toContain('18.05.2026');
  });

  it('lets the secretary of the body that handled it correct its statement: the request is received on the corrected day', async () => {
    const id = await stages.referred();
    await stages.apply(id, {
      type: 'REQUEST_STATEMENT',
      bodyId: employment,
      date: '2026-05-05',
      dueDate: '2026-06-30',
      preparers: [],
    });
    await stages.apply(id, {
      type: 'RECORD_STATEMENT',
      bodyId: employment,
      meeting: { bodyId: employment, date: '2026-05-20', section: 16 },
      presenter: 'Milla Tikkanen',
      proposal: 'Jaosto antaa vastineen.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      responseText: 'Vastine.',
    });
    await api.createUser('employment-secretary', TEST_PASSWORD, ['committeeSecretary'], [employment]);
    await api.createUser(
      'education-secretary',
      TEST_PASSWORD,
      ['committeeSecretary'],
      [api.demo.bodyIds.education],
    );
    const other = api.as(await api.signIn('education-secretary', TEST_PASSWORD));
    const own = api.as(await api.signIn('employment-secretary', TEST_PASSWORD));
    const changes = { date: '2026-05-19', responseText: 'Vastine korjattuna.' };
    const path = `/api/initiatives/${id}/handlings/4/corrections`;

    const refused = await other('POST', path, { changes, reason: 'Kokous pidettiin 19.5.' });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(await written(id)).toMatchObject({ events: 4, corrections: 0 });

    const corrected = await own('POST', path, { changes, reason: 'Kokous pidettiin 19.5.' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.statements[0]).toMatchObject({ status: 'received', resolvedOn: '2026-05-19' });
    expect(corrected.body.handlings.at(-1)).toMatchObject({
      date: '2026-05-19',
      responseText: 'Vastine korjattuna.',
    });
    // The request rows mirror the context, for the list's body filter: the corrected day there too.
    const requests = (await api.database.dataSource.query(
      `SELECT resolved_on::text AS "resolvedOn" FROM statement_request WHERE initiative_id = $1`,
      [id],
    )) as { resolvedOn: string }[];
    expect(requests).toEqual([{ resolvedOn: '2026-05-19' }]);
  });

  it('refuses a correction without a reason, on a stale version, or of a handling that does not exist, writing nothing', async () => {
    const id = await closedByTheCouncil();
    const before = await written(id);
    const changes = { section: 46 };

    for (const body of [{ changes }, { changes, reason: '' }, { changes, reason: '   ' }]) {
      const refused = await correct(id, 4, body);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['reason']);
    }
    const stale = await correct(id, 4, { changes, reason }, { 'If-Match': '"3"' });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    for (const seq of [1, 99, 5]) {
      const missing = await correct(id, seq, { changes, reason });
      expect([seq, missing.status, missing.body.code]).toEqual([seq, 404, 'NOT_FOUND']);
    }
    const ahead = await correct(id, 4, { changes: { date: '2026-05-22' }, reason });
    expect([ahead.status, ahead.body.errors?.[0]?.field]).toEqual([400, 'changes.date']);
    const unrecorded = await correct(id, 4, { changes: { responseText: 'Vastine.' }, reason });
    expect([unrecorded.status, unrecorded.body.errors?.[0]?.field]).toEqual([400, 'changes.responseText']);
    const unchanged = await correct(id, 4, { changes: { section: 45 }, reason });
    expect([unchanged.status, unchanged.body.errors?.[0]?.field]).toEqual([400, 'changes']);
    expect(await written(id)).toEqual(before);
    expect((await initiative(id)).version).toBe(4);
  });

  it('refuses a correction after which the log would no longer hold: a statement dated before it was asked for', async () => {
    const id = await stages.referred();
    await stages.apply(id, {
      type: 'REQUEST_STATEMENT',
      bodyId: employment,
      date: '2026-05-06',
      dueDate: '2026-06-30',
      preparers: [],
    });
    await stages.apply(id, {
      type: 'RECORD_STATEMENT',
      bodyId: employment,
      meeting: { bodyId: employment, date: '2026-05-20', section: 17 },
      presenter: 'Milla Tikkanen',
      proposal: 'Jaosto antaa vastineen.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      responseText: 'Vastine.',
    });
    const before = await written(id);
    const refused = await correct(id, 4, { changes: { date: '2026-05-05' }, reason });
    expect([refused.status, refused.body.code]).toEqual([422, 'CORRECTION_CONTRADICTS_LOG']);
    expect(await written(id)).toEqual(before);
  });

  it('replays every initiative in the database, the corrected ones included, to exactly its stored state', async () => {
    const initiatives = await replayEveryInitiative(api);
    const corrected = (await api.database.dataSource.query(
      `SELECT DISTINCT initiative_id AS id FROM handling_correction`,
    )) as { id: string }[];
    expect(corrected.length).toBeGreaterThanOrEqual(2);
    for (const { replayed, stored, version, auditRows } of initiatives) {
      expect(replayed).toEqual(stored);
      expect(version).toBe(auditRows);
    }
  });
});
