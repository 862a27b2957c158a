import { TEMPLATES, deadlinesOf, nextDueDate, rulePackOf, stateOf, type InitiativeSnapshot } from '../index';
import { boardDecision, facts, play, referral, statement, statementRequest } from '../testing';

// Domain § 3: a deadline per statement request, and a council deadline where a rule gives one; each is open,
// met, dueSoon (≤ 30 days) or overdue. A residents' initiative must reach the council within six months.
const resident = facts({ kind: 'resident', signatoryCount: 800, submittedOn: '2026-01-15' });
const referred = [referral('2026-01-20')];
const twoRequests = [
  ...referred,
  statementRequest('technical', '2026-01-26', '2026-03-31'),
  statementRequest('education', '2026-01-26', '2026-02-28'),
];

const deadlines = (snapshot: InitiativeSnapshot, today: string) =>
  deadlinesOf(stateOf(snapshot), snapshot.context, today, rulePackOf(snapshot));
const next = (snapshot: InitiativeSnapshot) =>
  nextDueDate(stateOf(snapshot), snapshot.context, rulePackOf(snapshot));

describe('the deadlines of one initiative (domain § 3)', () => {
  it('lists each statement request and the council deadline, each with its status that day', () => {
    expect(deadlines(play(resident, twoRequests), '2026-03-15')).toEqual([
      {
        kind: 'statement',
        bodyId: 'technical',
        dueDate: '2026-03-31',
        metOn: null,
        status: 'dueSoon',
        rule: null,
      },
      {
        kind: 'statement',
        bodyId: 'education',
        dueDate: '2026-02-28',
        metOn: null,
        status: 'overdue',
        rule: null,
      },
      {
        kind: 'council',
        bodyId: null,
        dueDate: '2026-07-15',
        metOn: null,
        status: 'open',
        rule: expect.stringContaining('Kuntalaki 23 §'),
      },
    ]);
  });

  it('marks a statement met on the day its body gave it', () => {
    const snapshot = play(resident, [...twoRequests, statement('education', '2026-02-20')]);
    expect(deadlines(snapshot, '2026-03-15')[1]).toEqual(
      expect.objectContaining({ bodyId: 'education', metOn: '2026-02-20', status: 'met' }),
    );
  });

  it('meets the council deadline on the day the board proposes the answer to the council', () => {
    const snapshot = play(resident, [...referred, boardDecision('2026-05-04', 'proposeToCouncil')]);
    expect(deadlines(snapshot, '2026-09-01')).toEqual([
      expect.objectContaining({ kind: 'council', metOn: '2026-05-04', status: 'met' }),
    ]);
  });

  it('meets the council deadline when the council closes it on the annual list', () => {
    const snapshot = play(facts({ kind: 'resident', submittedOn: '2025-10-01' }), [
      referral('2025-10-06'),
      {
        type: 'CLOSE_VIA_ANNUAL_LIST',
        meeting: { bodyId: 'council', date: '2026-03-23', section: 12 },
        annualListId: 'list-2026',
        listYear: 2026,
      },
    ]);
    expect(deadlines(snapshot, '2026-09-01')).toEqual([
      expect.objectContaining({ kind: 'council', dueDate: '2026-04-01', metOn: '2026-03-23', status: 'met' }),
    ]);
  });

  it('owes no council answer for a withdrawn or lapsed initiative, and drops its cancelled requests', () => {
    const withdrawn = play(resident, [
      ...twoRequests,
      { type: 'WITHDRAW', date: '2026-02-01', requestedBy: 'x' },
    ]);
    expect(deadlines(withdrawn, '2026-09-01')).toEqual([]);
    const lapsed = play(facts({ rulePack: 'turku', kind: 'resident', submittedOn: '2020-01-15' }), [
      referral('2020-01-20'),
      { type: 'DECLARE_LAPSED', meeting: { bodyId: 'council', date: '2025-03-10', section: 8 } },
    ]);
    expect(deadlines(lapsed, '2025-09-01')).toEqual([]);
  });

  it('keeps a closed initiative’s met council deadline', () => {
    const answered = play(resident, [...referred, boardDecision('2026-05-04', 'proposeToCouncil')]);
    expect(deadlines(answered, '2027-01-01').map((deadline) => deadline.status)).toEqual(['met']);
  });
});

describe('the next due date', () => {
  it('is the earliest deadline not yet met', () => {
    expect(next(play(resident, twoRequests))).toBe('2026-02-28');
    const oneGiven = play(resident, [...twoRequests, statement('education', '2026-02-20')]);
    expect(next(oneGiven)).toBe('2026-03-31');
    const bothGiven = play(resident, [
      ...twoRequests,
      statement('education', '2026-02-20'),
      statement('technical', '2026-03-20'),
    ]);
    expect(next(bothGiven)).toBe('2026-07-15');
  });

  it('is none once every deadline is met, or where none applies', () => {
    const proposed = play(resident, [...referred, boardDecision('2026-05-04', 'proposeToCouncil')]);
    expect(next(proposed)).toBeNull();
    const kajaani = play(facts(), referred);
    expect(next(kajaani)).toBeNull();
  });
});

describe('the acknowledgement period, where the hallintosääntö sets one', () => {
  // The initiator is told how the initiative is handled within the period: the council's referral tells them.
  const acknowledging = { ...TEMPLATES.kunta, acknowledgement: { days: 30, section: 12 } };
  const councillors = facts({ submittedOn: '2026-01-15' });
  const acknowledgement = (snapshot: InitiativeSnapshot, today: string) =>
    deadlines(snapshot, today).filter((deadline) => deadline.kind === 'acknowledgement');

  it('is due the given days after filing, and met on the referral day', () => {
    expect(acknowledgement(play(councillors, [], acknowledging), '2026-02-10')).toEqual([
      {
        kind: 'acknowledgement',
        bodyId: null,
        dueDate: '2026-02-14',
        metOn: null,
        status: 'dueSoon',
        rule: null,
      },
    ]);
    expect(acknowledgement(play(councillors, [], acknowledging), '2026-02-15')[0]?.status).toBe('overdue');
    const referredLate = play(councillors, [referral('2026-02-20')], acknowledging);
    expect(acknowledgement(referredLate, '2026-03-01')).toEqual([
      expect.objectContaining({ dueDate: '2026-02-14', metOn: '2026-02-20', status: 'met' }),
    ]);
    expect(next(referredLate)).toBeNull();
  });

  it('is no deadline where the rules set none', () => {
    expect(acknowledgement(play(councillors, []), '2026-02-10')).toEqual([]);
  });
});
