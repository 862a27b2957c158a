import { PREPARERS, PRESENTER_TIKKANEN, STATEMENT_17 } from '@aloite/domain/testing';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('applying lifecycle events over HTTP', () => {
  let api: TestApp;
  let id: string;
  const auditCount = async () => (await api.request('GET', `/api/initiatives/${id}/events`)).body.length;

  beforeAll(async () => {
    api = await startTestApp();
    id = api.demo.initiativeIds['KAJDno-2026-726'] as string;
  });
  afterAll(() => api.close());

  const statement = () => ({
    type: 'RECORD_STATEMENT',
    bodyId: api.demo.bodyIds.employment,
    meeting: { bodyId: api.demo.bodyIds.employment, date: '2026-05-20', section: 17 },
    preparers: [PREPARERS.hamalainen, PREPARERS.tikkanen],
    presenter: PRESENTER_TIKKANEN,
    proposal: STATEMENT_17.proposal,
    decision: STATEMENT_17.proposal,
    decisionType: 'asProposed',
    responseText: STATEMENT_17.responseText,
  });

  it('answers 422 with the allowed events when the state does not allow it, writing nothing', async () => {
    const before = await auditCount();
    const response = await api.request('POST', `/api/initiatives/${id}/events`, {
      type: 'RECORD_COUNCIL_DECISION',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-05-21', section: 3 },
      decision: 'x',
      decisionType: 'asProposed',
      outcome: 'closed',
      resolutions: [],
    });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(
      expect.objectContaining({
        code: 'TRANSITION_NOT_ALLOWED',
        state: 'awaitingStatements',
        allowedEvents: [
          'REQUEST_STATEMENT',
          'RECORD_STATEMENT',
          'WAIVE_STATEMENT',
          'REFER_FOR_MEASURES',
          'WITHDRAW',
        ],
      }),
    );
    expect(await auditCount()).toBe(before);
  });

  it.each([
    ['no type', {}, 'type'],
    ['an unknown type', { type: 'APPROVE' }, 'type'],
    ['an unknown field', { type: 'WITHDRAW', requestedBy: 'x', reason: 'y' }, 'reason'],
    ['a missing field', { type: 'WITHDRAW' }, 'requestedBy'],
    ['a wrong type', { type: 'WITHDRAW', requestedBy: 5 }, 'requestedBy'],
    ['a malformed date', { type: 'WITHDRAW', requestedBy: 'x', date: '20.5.2026' }, 'date'],
  ])('answers 400 for %s', async (_case, body, field) => {
    const before = await auditCount();
    const response = await api.request('POST', `/api/initiatives/${id}/events`, body);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await auditCount()).toBe(before);
  });

  it('answers 400 when the event names a body of another kind or none at all', async () => {
    const wrongKind = {
      ...statement(),
      type: 'DECLARE_LAPSED',
      meeting: { bodyId: api.demo.bodyIds.board, date: '2026-05-21', section: 1 },
    };
    const lapse = { type: wrongKind.type, meeting: wrongKind.meeting };
    expect((await api.request('POST', `/api/initiatives/${id}/events`, lapse)).body.errors).toEqual([
      {
        field: 'meeting.bodyId',
        message: 'must be the council, not Kaupunginhallitus',
        rule: 'bodyOfWrongKind',
        params: { kind: 'council', body: 'Kaupunginhallitus' },
      },
    ]);
    const unknownBody = { ...statement(), bodyId: '00000000-0000-4000-8000-000000000000' };
    expect((await api.request('POST', `/api/initiatives/${id}/events`, unknownBody)).status).toBe(400);
  });

  it('answers 404 for an initiative that does not exist', async () => {
    const response = await api.request(
      'POST',
      '/api/initiatives/00000000-0000-4000-8000-000000000000/events',
      {
        type: 'WITHDRAW',
        requestedBy: 'x',
      },
    );
    expect(response.status).toBe(404);
  });

  it('answers 409 STALE_VERSION for a stale If-Match and 400 for a malformed one', async () => {
    const stale = await api.request('POST', `/api/initiatives/${id}/events`, statement(), {
      'If-Match': '"2"',
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual(expect.objectContaining({ code: 'STALE_VERSION', currentVersion: 3 }));
    const malformed = await api.request('POST', `/api/initiatives/${id}/events`, statement(), {
      'If-Match': 'three',
    });
    expect(malformed.status).toBe(400);
  });

  it('applies the subcommittee statement with the current If-Match: version + 1 and one audit row', async () => {
    const before = await auditCount();
    const response = await api.request('POST', `/api/initiatives/${id}/events`, statement(), {
      'If-Match': '"3"',
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.objectContaining({
        state: 'boardPreparation',
        version: 4,
        allowedEvents: expect.arrayContaining(['RECORD_BOARD_DECISION']),
      }),
    );
    expect(response.body.handlings).toHaveLength(2);
    expect(response.body.handlings[1]).toEqual(
      expect.objectContaining({
        section: 17,
        presenter: PRESENTER_TIKKANEN,
        responseText: STATEMENT_17.responseText,
      }),
    );
    const audit = (await api.request('GET', `/api/initiatives/${id}/events`)).body;
    expect(audit).toHaveLength(before + 1);
    expect(audit[audit.length - 1]).toEqual(
      expect.objectContaining({
        seq: 4,
        type: 'RECORD_STATEMENT',
        actor: 'tester',
        fromState: 'awaitingStatements',
        toState: 'boardPreparation',
      }),
    );
  });

  it('fills a left-out date with today', async () => {
    const response = await api.request('POST', `/api/initiatives/${id}/events`, {
      type: 'REQUEST_STATEMENT',
      bodyId: api.demo.bodyIds.education,
      dueDate: '2026-06-30',
      preparers: [],
    });
    expect(response.status).toBe(200);
    expect(response.body.statements[1]).toEqual(
      expect.objectContaining({ requestedOn: '2026-05-21', status: 'open' }),
    );
  });
});
