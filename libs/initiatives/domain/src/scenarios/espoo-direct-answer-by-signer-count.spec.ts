import { allowedEvents, decide, deadlinesOf, rulePackOf, stateOf } from '../index';
import { boardDecision, facts, play, referral } from '../testing';

describe('Espoo: direct written answer depends on the number of signers', () => {
  const espoo = (signatoryCount: number, hasFinancialEffect = false) =>
    facts({ rulePack: 'espoo', signatoryCount, hasFinancialEffect, submittedOn: '2026-01-26' });

  // Domain § 9: 1–13 signers get a written answer within six months: an answer deadline, not a council one.
  it('answers a 3-signer initiative directly and meets its six-month answer deadline', () => {
    const snapshot = play(espoo(3), [referral('2026-01-26'), boardDecision('2026-05-18', 'answerDirectly')]);
    expect(stateOf(snapshot)).toBe('answered');
    expect(deadlinesOf(stateOf(snapshot), snapshot.context, '2026-09-01', rulePackOf(snapshot))).toEqual([
      expect.objectContaining({ kind: 'answer', dueDate: '2026-07-26', status: 'met', metOn: '2026-05-18' }),
    ]);
  });

  it('refuses a direct answer for a 20-signer initiative, which must go to the council', () => {
    const prepared = play(espoo(20), [referral('2026-01-26')]);
    expect(decide(prepared, boardDecision('2026-05-18', 'answerDirectly'))).toEqual(
      expect.objectContaining({ ok: false, code: 'TRANSITION_NOT_ALLOWED' }),
    );
    expect(
      stateOf(play(espoo(20), [referral('2026-01-26'), boardDecision('2026-05-18', 'proposeToCouncil')])),
    ).toBe('councilConsideration');
  });

  it('gives a 20-signer initiative without financial effect a six-month council deadline', () => {
    const prepared = play(espoo(20), [referral('2026-01-26')]);
    expect(deadlinesOf(stateOf(prepared), prepared.context, '2026-07-01', rulePackOf(prepared))).toEqual([
      expect.objectContaining({ kind: 'council', dueDate: '2026-07-26', status: 'dueSoon' }),
    ]);
    const withCost = play(espoo(20, true), [referral('2026-01-26')]);
    expect(deadlinesOf(stateOf(withCost), withCost.context, '2026-07-01', rulePackOf(withCost))).toEqual([]);
  });

  it('never allows a direct answer in Kajaani', () => {
    const kajaani = play(facts({ signatoryCount: 3 }), [referral('2026-01-26')]);
    expect(decide(kajaani, boardDecision('2026-05-18', 'answerDirectly')).ok).toBe(false);
  });

  it('closes an answered initiative through the next annual list', () => {
    const answered = play(espoo(3), [referral('2026-01-26'), boardDecision('2026-05-18', 'answerDirectly')]);
    expect(allowedEvents(answered, null, '2027-03-15')).toEqual(['CLOSE_VIA_ANNUAL_LIST', 'WITHDRAW']);
  });
});
