import { decide, handlingOf, stateOf } from '../index';
import {
  boardDecision,
  councilDecision,
  facts,
  play,
  referral,
  statement,
  statementRequest,
} from '../testing';

describe('the council returns an initiative to the board for re-preparation', () => {
  const untilCouncil = [
    referral('2026-02-02'),
    statementRequest('technical', '2026-02-10', '2026-03-31'),
    statement('technical', '2026-03-18'),
    boardDecision('2026-04-06', 'proposeToCouncil'),
  ];

  it('goes back to board preparation and can be proposed again', () => {
    const returned = play(facts(), [...untilCouncil, councilDecision('2026-04-27', 'returned')]);
    expect(stateOf(returned)).toBe('boardPreparation');
    const reproposed = play(facts(), [
      ...untilCouncil,
      councilDecision('2026-04-27', 'returned'),
      statementRequest('technical', '2026-05-04', '2026-06-15'),
      statement('technical', '2026-06-10'),
      boardDecision('2026-08-10', 'proposeToCouncil'),
      councilDecision('2026-09-07', 'closed', 'afterVote', [
        'Valtuusto edellyttää selvitystä vuoden kuluessa.',
      ]),
    ]);
    expect(stateOf(reproposed)).toBe('closed');
    expect(reproposed.context.closure?.resolutions).toEqual([
      'Valtuusto edellyttää selvitystä vuoden kuluessa.',
    ]);
    expect(reproposed.context.statements.map((request) => request.status)).toEqual(['received', 'received']);
  });

  it('keeps the first council answer date as the day the council deadline was met', () => {
    const returned = play(facts({ kind: 'resident' }), [
      ...untilCouncil,
      councilDecision('2026-04-27', 'returned'),
    ]);
    expect(returned.context.answeredOn).toBe('2026-04-06');
  });

  it('records the return as a handling with decision type returned', () => {
    expect(handlingOf(councilDecision('2026-04-27', 'returned'))).toEqual(
      expect.objectContaining({
        bodyId: 'council',
        decisionType: 'returned',
        event: 'RECORD_COUNCIL_DECISION',
      }),
    );
  });

  it('keeps the initiative before the council when tabled', () => {
    const tabled = play(facts(), [...untilCouncil, councilDecision('2026-04-27', 'tabled')]);
    expect(stateOf(tabled)).toBe('councilConsideration');
  });

  it('refuses a return whose decision type says otherwise', () => {
    const atCouncil = play(facts(), untilCouncil);
    expect(decide(atCouncil, councilDecision('2026-04-27', 'returned', 'asProposed')).ok).toBe(false);
    expect(decide(atCouncil, councilDecision('2026-04-27', 'closed', 'tabled')).ok).toBe(false);
  });
});
