import { decide, stateOf, type InitiativeEvent } from '../index';
import { boardDecision, facts, play, referral, statementRequest } from '../testing';

const closeViaList = (listYear: number, date: string): InitiativeEvent => ({
  type: 'CLOSE_VIA_ANNUAL_LIST',
  meeting: { bodyId: 'council', date, section: 25 },
  annualListId: `list-${listYear}`,
  listYear,
});

describe('the council closes initiatives on the annual list', () => {
  it('closes an initiative filed the year before, still awaiting statements', () => {
    const snapshot = play(facts({ submittedOn: '2025-09-29' }), [
      referral('2025-09-29'),
      statementRequest('technical', '2025-10-06', '2025-12-31'),
      closeViaList(2026, '2026-03-30'),
    ]);
    expect(stateOf(snapshot)).toBe('closed');
    // Domain § 1, annual list: the council's decision on the list closes it; no resolutions come with it.
    expect(snapshot.context.closure).toEqual({
      kind: 'annualList',
      annualListId: 'list-2026',
      date: '2026-03-30',
      meeting: { bodyId: 'council', date: '2026-03-30', section: 25 },
      resolutions: [],
    });
    expect(snapshot.context.statements[0]?.status).toBe('cancelled');
  });

  it('closes from council consideration too', () => {
    const snapshot = play(facts({ submittedOn: '2025-09-29' }), [
      referral('2025-09-29'),
      boardDecision('2026-02-02', 'proposeToCouncil'),
      closeViaList(2026, '2026-03-30'),
    ]);
    expect(stateOf(snapshot)).toBe('closed');
  });

  it('closes an initiative filed on 31.12. of the year before, the last day the list counts', () => {
    const snapshot = play(facts({ submittedOn: '2025-12-31' }), [
      referral('2025-12-31'),
      closeViaList(2026, '2026-01-01'),
    ]);
    expect(stateOf(snapshot)).toBe('closed');
  });

  it('refuses an initiative filed in the list year itself', () => {
    const snapshot = play(facts({ submittedOn: '2026-01-01' }), [referral('2026-01-01')]);
    expect(decide(snapshot, closeViaList(2026, '2026-03-30')).ok).toBe(false);
  });

  it('refuses a list decided before its year begins', () => {
    const snapshot = play(facts({ submittedOn: '2025-05-05' }), [referral('2025-05-05')]);
    expect(decide(snapshot, closeViaList(2026, '2025-12-15')).ok).toBe(false);
  });

  it('never closes an initiative that has not been referred yet', () => {
    const snapshot = play(facts({ submittedOn: '2025-05-05' }), []);
    expect(decide(snapshot, closeViaList(2026, '2026-03-30')).ok).toBe(false);
  });
});
