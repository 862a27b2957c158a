import { PREPARERS, PRESENTER_TIKKANEN, STATEMENT_17 } from '@aloite/domain/testing';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 19: each refusal carries a stable code and what its message names, so that the web app words it in the
// clerk's language. The oracle is the demo's § 17 (domain.md § 16–17): handed in 28.4.2026, its statement asked
// from the employment subcommittee on 4.5.2026; today is 21.5.2026.

describe('every refusal names its code and parameters', () => {
  let api: TestApp;
  let id: string;
  let employment: string;
  const event = (body: Record<string, unknown>, as = api.request) =>
    as('POST', `/api/initiatives/${id}/events`, body);
  const statement = (date: string) => ({
    type: 'RECORD_STATEMENT',
    bodyId: employment,
    meeting: { bodyId: employment, date, section: 17 },
    preparers: [PREPARERS.tikkanen],
    presenter: PRESENTER_TIKKANEN,
    proposal: STATEMENT_17.proposal,
    decisionType: 'asProposed',
    decision: STATEMENT_17.proposal,
    responseText: 'Vastine.',
  });
  const filing = (changes: Record<string, unknown>) => ({
    title: 'Valtuustoaloite kirjaston aukioloajoista',
    text: 'Esitän, että pääkirjasto on auki myös sunnuntaisin.',
    kind: 'councillor',
    submittedOn: '2026-05-18',
    signatories: [{ name: 'Aila Esimerkki' }],
    signatoryCount: 1,
    hasFinancialEffect: false,
    filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-05-18', section: 61 },
    ...changes,
  });

  beforeAll(async () => {
    api = await startTestApp();
    id = api.demo.initiativeIds['KAJDno-2026-726'] as string;
    employment = api.demo.bodyIds.employment as string;
  });
  afterAll(() => api.close());

  it('a statement dated before its request: the reason and the request’s day', async () => {
    const refused = await event(statement('2026-05-01'));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      reason: 'beforeRequest',
      params: { requestedOn: '2026-05-04' },
    });
  });

  it('a second request to the same body: the reason and the open request’s day', async () => {
    const refused = await event({
      type: 'REQUEST_STATEMENT',
      bodyId: employment,
      date: '2026-05-20',
      dueDate: '2026-06-30',
      preparers: [PREPARERS.tikkanen],
    });
    expect(refused.body).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      reason: 'requestAlreadyOpen',
      params: { requestedOn: '2026-05-04' },
    });
  });

  it('a date before filing and a due date before the request: the rule and the days allowed', async () => {
    const refused = await event({
      type: 'REQUEST_STATEMENT',
      bodyId: api.demo.bodyIds.education,
      date: '2026-04-01',
      dueDate: '2026-03-01',
      preparers: [PREPARERS.tikkanen],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'date',
        rule: 'dateRange',
        params: { earliest: '2026-04-28', latest: '2026-05-21', since: 'filing' },
      }),
      expect.objectContaining({
        field: 'dueDate',
        rule: 'dateRange',
        params: { earliest: '2026-04-01', since: 'request' },
      }),
    ]);
  });

  it('a board decision while a statement is awaited: statements still open', async () => {
    const refused = await event({
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: api.demo.bodyIds.board, date: '2026-05-20', section: 5 },
      proposal: 'Ehdotus.',
      decision: 'Päätös.',
      decisionType: 'asProposed',
      outcome: 'proposeToCouncil',
    });
    expect(refused.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', reason: 'statementsOpen' });
  });

  it('a role that may not file or run reminders: FORBIDDEN naming the action', async () => {
    await api.createUser('sihteeri', 'sihteeri-password', ['committeeSecretary'], [employment]);
    const secretary = api.as(await api.signIn('sihteeri', 'sihteeri-password'));
    expect((await secretary('POST', '/api/initiatives', filing({}))).body).toMatchObject({
      code: 'FORBIDDEN',
      params: { action: 'FILE_INITIATIVE' },
    });
    expect((await secretary('POST', '/api/reminders/run')).body).toMatchObject({
      code: 'FORBIDDEN',
      params: { action: 'RUN_REMINDERS' },
    });
  });

  it('a title too long, a negative count, an empty name: each field’s rule and limit', async () => {
    const refused = await api.request(
      'POST',
      '/api/initiatives',
      filing({ title: 'x'.repeat(501), signatoryCount: -3, signatories: [{ firstSigner: true }] }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', rule: 'maxLength', params: { max: 500 } }),
        expect.objectContaining({ field: 'signatoryCount', rule: 'min', params: { min: 1 } }),
        expect.objectContaining({ field: 'signatories.0.name', rule: 'required' }),
      ]),
    );
  });

  it('a diary number in use: the rule and the number', async () => {
    const refused = await api.request('POST', '/api/initiatives', filing({ diaryNumber: 'KAJDno-2026-726' }));
    expect(refused.body).toMatchObject({
      code: 'DUPLICATE_DIARY_NUMBER',
      errors: [{ field: 'diaryNumber', rule: 'inUse', params: { value: 'KAJDno-2026-726' } }],
    });
  });

  it('an annual list’s year that is not a year: the rule and the years allowed', async () => {
    const refused = await api.request('GET', '/api/annual-lists/abc');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'year', rule: 'year', params: { earliest: 1990, latest: 2200 } }),
    ]);
  });

  it('saving a statement again after someone else recorded it: no open request', async () => {
    expect((await event(statement('2026-05-20'))).status).toBe(200);
    expect((await event(statement('2026-05-20'))).body).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      reason: 'noOpenRequest',
    });
  });

  it('a step the state does not take: notInState, with what is possible instead', async () => {
    const refused = await event({
      type: 'DECLARE_LAPSED',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-05-21', section: 4 },
    });
    expect(refused.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', reason: 'notInState' });
    expect(refused.body.allowedEvents.length).toBeGreaterThan(0);
  });
});
