import { endingEvent } from '../testing/endings';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('concurrent and stale writers', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const fileAndRefer = async () => {
    const filed = await api.request('POST', '/api/initiatives', {
      title: 'Kilpailutesti',
      text: 'Samanaikaiset kirjoittajat.',
      kind: 'councillor',
      submittedOn: '2025-05-18',
      signatories: [],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: api.demo.bodyIds.council, date: '2025-05-18', section: 60 },
    });
    const id = filed.body.id as string;
    const referred = await api.request('POST', `/api/initiatives/${id}/events`, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2025-05-18', section: 60 },
    });
    expect(referred.body.version).toBe(2);
    return id;
  };

  /** Events all valid in board preparation; after one lands, the others may or may not still be. */
  const conflictingEvents = (index: number) => {
    const board = { bodyId: api.demo.bodyIds.board, date: '2026-05-20', section: 100 + index };
    switch (index % 3) {
      case 0:
        return { type: 'WITHDRAW', date: '2026-05-20', requestedBy: `Racer ${index}` };
      case 1:
        return {
          type: 'RECORD_BOARD_DECISION',
          meeting: board,
          proposal: 'p',
          decision: 'd',
          decisionType: 'asProposed',
          outcome: 'proposeToCouncil',
        };
      default:
        return {
          type: 'REQUEST_STATEMENT',
          bodyId: api.demo.bodyIds.education,
          date: '2026-05-20',
          dueDate: '2026-06-30',
          preparers: [],
        };
    }
  };

  const endings = (index: number) => endingEvent(api.demo.bodyIds.council, index);

  it('lets exactly one of 50 simultaneous conflicting writers win (no If-Match), the rest 409 or 422', async () => {
    const id = await fileAndRefer();
    const before = await api.auditRows(id);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        api.request('POST', `/api/initiatives/${id}/events`, endings(index)),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.every((status) => [200, 409, 422].includes(status))).toBe(true);
    expect(await api.auditRows(id)).toBe(before + 1);
  });

  it('lets exactly one of 50 writers holding the same If-Match win, the rest 409 STALE_VERSION', async () => {
    const id = await fileAndRefer();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        api.request('POST', `/api/initiatives/${id}/events`, conflictingEvents(index), { 'If-Match': '"2"' }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect(responses.find((response) => response.status === 409)?.body.code).toBe('STALE_VERSION');
    expect(await api.auditRows(id)).toBe(3);
  });

  it('never lets a stale If-Match overwrite a newer state (TypeORM’s versioned save() does not check)', async () => {
    const id = await fileAndRefer();
    const first = await api.request('POST', `/api/initiatives/${id}/events`, conflictingEvents(1), {
      'If-Match': '"2"',
    });
    expect(first.body.state).toBe('councilConsideration');
    const stale = await api.request('POST', `/api/initiatives/${id}/events`, conflictingEvents(0), {
      'If-Match': '"2"',
    });
    expect(stale.status).toBe(409);
    const now = await api.request('GET', `/api/initiatives/${id}`);
    expect(now.body).toEqual(expect.objectContaining({ state: 'councilConsideration', version: 3 }));
    expect(await api.auditRows(id)).toBe(3);
  });
});
