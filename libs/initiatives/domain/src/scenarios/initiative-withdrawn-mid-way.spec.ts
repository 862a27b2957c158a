import { allowedEvents, decide, deadlinesOf, rulePackOf, stateOf } from '../index';
import { facts, play, referral, statementRequest } from '../testing';

describe('the first signer withdraws the initiative while statements are pending', () => {
  const snapshot = play(facts({ kind: 'resident' }), [
    referral('2026-02-02'),
    statementRequest('welfare', '2026-02-10', '2026-04-30'),
    { type: 'WITHDRAW', date: '2026-03-05', requestedBy: 'Juha Urpilainen' },
  ]);

  it('ends withdrawn, cancelling the open request and owing no council answer', () => {
    expect(stateOf(snapshot)).toBe('withdrawn');
    expect(snapshot.context.endedOn).toBe('2026-03-05');
    expect(snapshot.context.statements[0]).toEqual(expect.objectContaining({ status: 'cancelled' }));
    expect(deadlinesOf(stateOf(snapshot), snapshot.context, '2026-12-01', rulePackOf(snapshot))).toEqual([]);
    expect(allowedEvents(snapshot, null, '2026-03-06')).toEqual([]);
  });

  it('can be withdrawn straight after filing', () => {
    const withdrawn = play(facts(), [
      { type: 'WITHDRAW', date: '2026-01-20', requestedBy: 'Allekirjoittaja' },
    ]);
    expect(stateOf(withdrawn)).toBe('withdrawn');
  });

  it('refuses a withdrawal dated before filing', () => {
    expect(decide(play(facts(), []), { type: 'WITHDRAW', date: '2025-12-31', requestedBy: 'x' }).ok).toBe(
      false,
    );
  });
});
