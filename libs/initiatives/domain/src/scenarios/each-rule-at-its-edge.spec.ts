import {
  decide,
  mayPostponeStatement,
  stateOf,
  type InitiativeEvent,
  type InitiativeSnapshot,
  type StatementRequest,
} from '../index';
import {
  boardDecision,
  councilDecision,
  facts,
  play,
  referral,
  statement,
  statementRequest,
} from '../testing';

// Filed on 15.1.2026 in Kajaani. api.md: no event is dated before the filing. Domain § 2: one open request per
// body; only the asked body answers, in its own meeting; returned and tabled keep a request open.
const filed = facts({ submittedOn: '2026-01-15' });
const referred = [referral('2026-01-20')];
const asked = [...referred, statementRequest('technical', '2026-02-02', '2026-03-31')];

const accepted = (snapshot: InitiativeSnapshot, event: InitiativeEvent) => decide(snapshot, event).ok;
const waiver = (bodyId: string, date: string): InitiativeEvent => ({
  type: 'WAIVE_STATEMENT',
  bodyId,
  date,
  reason: 'Lausunto myöhässä.',
});
const withdrawal = (date: string): InitiativeEvent => ({
  type: 'WITHDRAW',
  date,
  requestedBy: 'Juha Urpilainen',
});

describe('nothing is dated before the filing', () => {
  it('refers, withdraws and decides on the filing day, never the day before', () => {
    expect(accepted(play(filed, []), referral('2026-01-15'))).toBe(true);
    expect(accepted(play(filed, []), referral('2026-01-14'))).toBe(false);
    expect(accepted(play(filed, []), withdrawal('2026-01-15'))).toBe(true);
    expect(accepted(play(filed, []), withdrawal('2026-01-14'))).toBe(false);
    expect(accepted(play(filed, referred), boardDecision('2026-01-14', 'proposeToCouncil'))).toBe(false);
    const atCouncil = play(filed, [...referred, boardDecision('2026-01-15', 'proposeToCouncil')]);
    expect(accepted(atCouncil, councilDecision('2026-01-14', 'closed'))).toBe(false);
    expect(accepted(atCouncil, councilDecision('2026-01-15', 'closed'))).toBe(true);
  });

  it('asks a statement on the filing day at the earliest, due that day at the earliest', () => {
    const prepared = play(filed, referred);
    expect(accepted(prepared, statementRequest('technical', '2026-01-15', '2026-01-15'))).toBe(true);
    expect(accepted(prepared, statementRequest('technical', '2026-01-14', '2026-03-31'))).toBe(false);
    expect(accepted(prepared, statementRequest('technical', '2026-02-02', '2026-02-01'))).toBe(false);
  });
});

describe('statement requests', () => {
  it('keeps one open request per body, and asks the body again once it has answered', () => {
    const waiting = play(filed, asked);
    expect(accepted(waiting, statementRequest('technical', '2026-02-03', '2026-03-31'))).toBe(false);
    expect(accepted(waiting, statementRequest('education', '2026-02-03', '2026-03-31'))).toBe(true);
    const answered = play(filed, [...asked, statement('technical', '2026-03-10')]);
    expect(accepted(answered, statementRequest('technical', '2026-04-01', '2026-05-31'))).toBe(true);
  });

  it('takes the statement only from the asked body’s own meeting, held on or after the request', () => {
    const waiting = play(filed, asked);
    const inBoardMeeting = {
      ...statement('technical', '2026-03-10'),
      meeting: { bodyId: 'board', date: '2026-03-10', section: 3 },
    };
    expect(accepted(waiting, inBoardMeeting)).toBe(false);
    expect(accepted(waiting, statement('education', '2026-03-10'))).toBe(false);
    expect(accepted(waiting, statement('technical', '2026-02-01'))).toBe(false);
    expect(stateOf(play(filed, [...asked, statement('technical', '2026-02-02')]))).toBe('boardPreparation');
  });

  it('keeps a tabled or returned statement open, counting each postponement', () => {
    const snapshot = play(filed, [
      ...asked,
      statement('technical', '2026-02-20', 'tabled'),
      statement('technical', '2026-03-05', 'returned'),
    ]);
    expect(stateOf(snapshot)).toBe('awaitingStatements');
    expect(snapshot.context.statements).toEqual([
      expect.objectContaining({ status: 'open', postponements: 2, resolvedOn: null }),
    ]);
    const given = play(filed, [
      ...asked,
      statement('technical', '2026-02-20', 'tabled'),
      statement('technical', '2026-03-05'),
    ]);
    expect(given.context.statements).toEqual([
      expect.objectContaining({ status: 'received', postponements: 1, resolvedOn: '2026-03-05' }),
    ]);
  });

  it('lets a body postpone six times, then it must decide (CONTRIBUTING: limits)', () => {
    const request = (postponements: number): StatementRequest => ({
      bodyId: 'technical',
      officeHolder: null,
      kind: 'statement',
      replyExpected: true,
      status: 'open',
      requestedOn: '2026-02-02',
      dueDate: '2026-03-31',
      preparers: [],
      postponements,
      resolvedOn: null,
      waiverReason: null,
    });
    expect([0, 5, 6, 7].map((count) => mayPostponeStatement(request(count)))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('waives an open request on or after the day it was asked, keeping the reason', () => {
    const twoAsked = play(filed, [...asked, statementRequest('education', '2026-02-05', '2026-03-31')]);
    expect(accepted(twoAsked, waiver('technical', '2026-02-01'))).toBe(false);
    expect(accepted(twoAsked, waiver('social', '2026-03-01'))).toBe(false);
    const oneWaived = play(filed, [
      ...asked,
      statementRequest('education', '2026-02-05', '2026-03-31'),
      waiver('technical', '2026-02-02'),
    ]);
    expect(stateOf(oneWaived)).toBe('awaitingStatements');
    expect(oneWaived.context.statements[0]).toEqual(
      expect.objectContaining({
        status: 'waived',
        resolvedOn: '2026-02-02',
        waiverReason: 'Lausunto myöhässä.',
      }),
    );
    expect(oneWaived.context.statements[1]).toEqual(
      expect.objectContaining({ bodyId: 'education', status: 'open' }),
    );
    const bothResolved = play(filed, [
      ...asked,
      statementRequest('education', '2026-02-05', '2026-03-31'),
      waiver('technical', '2026-02-02'),
      statement('education', '2026-03-01'),
    ]);
    expect(stateOf(bothResolved)).toBe('boardPreparation');
  });
});

describe('board and council decisions', () => {
  it('proposes to the council only on a decision of substance', () => {
    const prepared = play(filed, referred);
    for (const type of ['asProposed', 'amended', 'afterVote'] as const) {
      expect(accepted(prepared, boardDecision('2026-02-02', 'proposeToCouncil', type))).toBe(true);
    }
    for (const type of ['noted', 'tabled', 'returned'] as const) {
      expect(accepted(prepared, boardDecision('2026-02-02', 'proposeToCouncil', type))).toBe(false);
    }
    expect(accepted(prepared, boardDecision('2026-02-02', 'tabled', 'returned'))).toBe(false);
    expect(stateOf(play(filed, [...referred, boardDecision('2026-02-02', 'returned')]))).toBe(
      'boardPreparation',
    );
  });

  it('closes when the council notes the answer, and records the closure', () => {
    const atCouncil = [...referred, boardDecision('2026-02-02', 'proposeToCouncil')];
    const noted = play(filed, [
      ...atCouncil,
      councilDecision('2026-03-02', 'closed', 'noted', ['Seurataan.']),
    ]);
    expect(stateOf(noted)).toBe('closed');
    expect(noted.context.closure).toEqual({
      kind: 'council',
      date: '2026-03-02',
      meeting: { bodyId: 'council', date: '2026-03-02', section: 60 },
      annualListId: null,
      resolutions: ['Seurataan.'],
    });
    expect(noted.context.endedOn).toBe('2026-03-02');
    expect(accepted(play(filed, atCouncil), councilDecision('2026-03-02', 'closed', 'returned'))).toBe(false);
  });

  it('cancels the open requests of an initiative withdrawn mid-way, on the day it ended', () => {
    const withdrawn = play(filed, [...asked, withdrawal('2026-02-10')]);
    expect(withdrawn.context.endedOn).toBe('2026-02-10');
    expect(withdrawn.context.statements).toEqual([
      expect.objectContaining({ status: 'cancelled', resolvedOn: '2026-02-10' }),
    ]);
  });
});
