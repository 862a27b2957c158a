import { stateOf } from '../index';
import { facts, play, referral, statement, statementRequest } from '../testing';

describe('two bodies asked in parallel, one statement waived', () => {
  const asked = [
    referral('2026-02-02'),
    statementRequest('education', '2026-02-10', '2026-04-30'),
    statementRequest('technical', '2026-02-10', '2026-04-30'),
  ];

  it('stays awaiting statements while one request remains open', () => {
    const snapshot = play(facts(), [...asked, statement('education', '2026-04-20')]);
    expect(stateOf(snapshot)).toBe('awaitingStatements');
  });

  it('proceeds to board preparation when the late one is waived', () => {
    const snapshot = play(facts(), [
      ...asked,
      statement('education', '2026-04-20'),
      {
        type: 'WAIVE_STATEMENT',
        bodyId: 'technical',
        date: '2026-05-20',
        reason: 'Lausuntoa ei saatu määräajassa.',
      },
    ]);
    expect(stateOf(snapshot)).toBe('boardPreparation');
    expect(snapshot.context.statements.map((request) => [request.bodyId, request.status])).toEqual([
      ['education', 'received'],
      ['technical', 'waived'],
    ]);
    expect(snapshot.context.statements[1]?.waiverReason).toBe('Lausuntoa ei saatu määräajassa.');
  });

  it('proceeds just the same when the waiver comes first', () => {
    const snapshot = play(facts(), [
      ...asked,
      { type: 'WAIVE_STATEMENT', bodyId: 'technical', date: '2026-03-01', reason: 'Ei tarvita.' },
      statement('education', '2026-04-20'),
    ]);
    expect(stateOf(snapshot)).toBe('boardPreparation');
  });
});
