import { STATEMENT_POSTPONEMENT_LIMIT } from '@aloite/domain';
import { HANDLING_LIMIT, STATEMENT_REQUEST_LIMIT } from '@aloite/persistence';
import { startTestApp, type TestApp } from '../testing/test-app';

// How large one initiative may grow: each bound refused with a 422 that names it, and a refusal changes nothing.

const LONG = 100_000;

describe('the bounds on one initiative', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const fileAndRefer = async () => {
    const council = api.demo.bodyIds.council;
    const filed = await api.request('POST', '/api/initiatives', {
      title: 'Rajatesti',
      text: 'Aloite, jota käsitellään uudelleen ja uudelleen.',
      kind: 'councillor',
      submittedOn: '2026-01-12',
      signatories: [],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: council, date: '2026-01-12', section: 4 },
    });
    const id = filed.body.id as string;
    const referred = await api.request('POST', `/api/initiatives/${id}/events`, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: council, date: '2026-01-12', section: 4 },
    });
    expect(referred.status).toBe(200);
    return id;
  };

  const send = (id: string, event: object) => api.request('POST', `/api/initiatives/${id}/events`, event);
  const employment = () => api.demo.bodyIds.employment;
  const request = () => ({
    type: 'REQUEST_STATEMENT',
    bodyId: employment(),
    date: '2026-02-02',
    dueDate: '2026-06-30',
    preparers: [],
  });
  let section = 0;
  const statement = (decisionType: string, length = 10) => ({
    type: 'RECORD_STATEMENT',
    bodyId: employment(),
    meeting: { bodyId: employment(), date: '2026-03-10', section: ++section },
    presenter: 'Milla Tikkanen',
    proposal: 'p'.repeat(length),
    decision: 'd'.repeat(length),
    decisionType,
    responseText: 'r'.repeat(length),
  });

  /** The refusal is the bound's, and the initiative and its audit log are exactly as before. */
  const expectRefused = async (id: string, event: object, code: string) => {
    const before = await api.request('GET', `/api/initiatives/${id}`);
    const auditRows = await api.auditRows(id);
    const response = await send(id, event);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
    expect(await api.auditRows(id)).toBe(auditRows);
    expect((await api.request('GET', `/api/initiatives/${id}`)).body).toEqual(before.body);
    return response.body.detail as string;
  };

  it('refuses text past a million characters, then a postponement past the limit, but takes the statement', async () => {
    const id = await fileAndRefer();
    expect((await send(id, request())).status).toBe(200);
    for (let tabling = 0; tabling < 3; tabling++) {
      expect((await send(id, statement('tabled', LONG))).status).toBe(200);
    }
    const tooMuchText = await expectRefused(id, statement('tabled', LONG), 'TEXT_LIMIT_REACHED');
    expect(tooMuchText).toContain('1,000,000 characters');
    for (let tabling = 3; tabling < STATEMENT_POSTPONEMENT_LIMIT; tabling++) {
      expect((await send(id, statement(tabling % 2 ? 'returned' : 'tabled'))).status).toBe(200);
    }
    const postponed = await expectRefused(id, statement('tabled'), 'POSTPONEMENT_LIMIT_REACHED');
    expect(postponed).toContain(`${STATEMENT_POSTPONEMENT_LIMIT} times`);
    const decided = await send(id, statement('asProposed'));
    expect(decided.status).toBe(200);
    expect(decided.body.state).toBe('boardPreparation');
  });

  it('keeps room past the text limit for the board’s and the council’s decisions, never for statements', async () => {
    const id = await fileAndRefer();
    expect((await send(id, request())).status).toBe(200);
    // Filing and three tablings come to some 900,100 characters; a fourth leaves less than 1,000 of the limit.
    for (let tabling = 0; tabling < 3; tabling++) {
      expect((await send(id, statement('tabled', LONG))).status).toBe(200);
    }
    expect((await send(id, statement('tabled', 33_000))).status).toBe(200);
    await expectRefused(id, statement('tabled', 1_000), 'TEXT_LIMIT_REACHED');
    const waived = await send(id, {
      type: 'WAIVE_STATEMENT',
      bodyId: employment(),
      date: '2026-03-11',
      reason: 'Ei lausuntoa.',
    });
    expect(waived.status).toBe(200);

    const longest = (length: number, letter: string) => letter.repeat(length);
    const board = await send(id, {
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: api.demo.bodyIds.board, date: '2026-03-20', section: 1 },
      preparers: Array.from({ length: 20 }, () => ({
        name: longest(200, 'n'),
        title: longest(200, 't'),
        email: longest(320, 'e'),
      })),
      presenter: longest(300, 'e'),
      proposal: longest(LONG, 'p'),
      decision: longest(LONG, 'd'),
      decisionType: 'asProposed',
      outcome: 'proposeToCouncil',
    });
    expect(board.status).toBe(200);
    const council = await send(id, {
      type: 'RECORD_COUNCIL_DECISION',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-04-10', section: 1 },
      presenter: longest(300, 'e'),
      proposal: longest(LONG, 'p'),
      decision: longest(LONG, 'd'),
      decisionType: 'asProposed',
      outcome: 'closed',
      resolutions: Array.from({ length: 50 }, () => longest(10_000, 'r')),
    });
    expect(council.status).toBe(200);
    expect(council.body.state).toBe('closed');
  });

  it('refuses a handling past the limit and a statement request past the limit', async () => {
    const id = await fileAndRefer();
    let handlings = 1;
    while (handlings < HANDLING_LIMIT) {
      expect((await send(id, request())).status).toBe(200);
      for (
        let tabling = 0;
        tabling < STATEMENT_POSTPONEMENT_LIMIT && handlings < HANDLING_LIMIT - 1;
        tabling++
      ) {
        expect((await send(id, statement('tabled'))).status).toBe(200);
        handlings++;
      }
      expect((await send(id, statement('asProposed'))).status).toBe(200);
      handlings++;
    }
    expect((await send(id, request())).status).toBe(200);
    await expectRefused(id, statement('tabled'), 'HANDLING_LIMIT_REACHED');
    await expectRefused(id, statement('asProposed'), 'HANDLING_LIMIT_REACHED');
    const waive = {
      type: 'WAIVE_STATEMENT',
      bodyId: employment(),
      date: '2026-03-11',
      reason: 'Ei lausuntoa.',
    };
    expect((await send(id, waive)).status).toBe(200);

    let requests = (await api.request('GET', `/api/initiatives/${id}`)).body.statements.length as number;
    while (requests < STATEMENT_REQUEST_LIMIT) {
      expect((await send(id, request())).status).toBe(200);
      expect((await send(id, waive)).status).toBe(200);
      requests++;
    }
    await expectRefused(id, request(), 'STATEMENT_REQUEST_LIMIT_REACHED');
    // The initiative can still be ended at the limits.
    const withdrawn = await send(id, {
      type: 'WITHDRAW',
      date: '2026-03-12',
      requestedBy: 'Aloitteen tekijä',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.handlings).toHaveLength(HANDLING_LIMIT);
  });
});
