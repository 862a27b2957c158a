import { decide, deadlinesOf, rulePackOf, stateOf } from '../index';
import { facts, play, referral, statement, statementRequest } from '../testing';

describe('a committee tables its statement, then returns it, then answers', () => {
  const asked = [referral('2026-02-02'), statementRequest('education', '2026-02-10', '2026-04-30')];

  it('keeps the request open through tabling and return', () => {
    const snapshot = play(facts(), [
      ...asked,
      statement('education', '2026-03-10', 'tabled'),
      statement('education', '2026-04-14', 'returned'),
    ]);
    expect(stateOf(snapshot)).toBe('awaitingStatements');
    expect(snapshot.context.statements[0]).toEqual(
      expect.objectContaining({ status: 'open', postponements: 2, resolvedOn: null }),
    );
    expect(
      deadlinesOf(stateOf(snapshot), snapshot.context, '2026-05-02', rulePackOf(snapshot))[0]?.status,
    ).toBe('overdue');
  });

  it('moves to board preparation once the body decides', () => {
    const snapshot = play(facts(), [
      ...asked,
      statement('education', '2026-03-10', 'tabled'),
      statement('education', '2026-05-12', 'amended'),
    ]);
    expect(stateOf(snapshot)).toBe('boardPreparation');
    expect(deadlinesOf(stateOf(snapshot), snapshot.context, '2026-06-01', rulePackOf(snapshot))[0]).toEqual(
      expect.objectContaining({ status: 'met', metOn: '2026-05-12' }),
    );
  });

  it('refuses a statement from a meeting before the request was sent', () => {
    expect(decide(play(facts(), asked), statement('education', '2026-02-09')).ok).toBe(false);
  });

  it('keeps the first answer as it was when the same body is asked again and answers again', () => {
    // Domain § 2: one open request per body; a body that answered may be asked again, and each answer is its own.
    const snapshot = play(facts(), [
      ...asked,
      statement('education', '2026-03-10'),
      statementRequest('education', '2026-03-20', '2026-05-31'),
      statement('education', '2026-05-12'),
    ]);
    expect(snapshot.context.statements.map(({ status, resolvedOn }) => [status, resolvedOn])).toEqual([
      ['received', '2026-03-10'],
      ['received', '2026-05-12'],
    ]);
  });
});
