import { stateOf } from '../index';
import { applyOrThrow, boardDecision, facts, play, referral, statementRequest } from '../testing';

// Issue 16 (6): "A referral 'for measures' (toimenpiteitä varten) is recorded as such and is distinct from a
// statement request: it does not hold the initiative in `awaitingStatements` unless the registrar says a reply is
// awaited."

const referredForMeasures = (replyExpected: boolean) => ({
  type: 'REFER_FOR_MEASURES' as const,
  bodyId: 'technical',
  date: '2026-02-10',
  replyExpected,
  ...(replyExpected ? { dueDate: '2026-04-30' } : {}),
});

describe('the board refers an initiative to the technical committee for measures', () => {
  it('records the referral without holding the initiative when no reply is expected', () => {
    const referred = play(facts(), [referral('2026-02-02'), referredForMeasures(false)]);
    expect(stateOf(referred)).toBe('boardPreparation');
    expect(referred.context.statements).toEqual([
      expect.objectContaining({
        bodyId: 'technical',
        kind: 'measures',
        replyExpected: false,
        status: 'referred',
        dueDate: null,
      }),
    ]);
    expect(stateOf(applyOrThrow(referred, boardDecision('2026-03-02', 'proposeToCouncil')))).toBe(
      'councilConsideration',
    );
  });

  it('does not hold an initiative already awaiting a statement any longer than that statement', () => {
    const waiting = play(facts(), [
      referral('2026-02-02'),
      statementRequest('education', '2026-02-05', '2026-04-30'),
      referredForMeasures(false),
      {
        type: 'WAIVE_STATEMENT',
        bodyId: 'education',
        date: '2026-05-05',
        reason: 'Ei saatu.',
      },
    ]);
    expect(stateOf(waiting)).toBe('boardPreparation');
  });

  it('holds the initiative until the reply when the registrar says one is awaited', () => {
    const awaited = play(facts(), [referral('2026-02-02'), referredForMeasures(true)]);
    expect(stateOf(awaited)).toBe('awaitingStatements');
    expect(() => applyOrThrow(awaited, boardDecision('2026-03-02', 'proposeToCouncil'))).toThrow(/refused/);
    const replied = applyOrThrow(awaited, {
      type: 'RECORD_STATEMENT',
      bodyId: 'technical',
      meeting: { bodyId: 'technical', date: '2026-04-14', section: 41 },
      presenter: 'Kari Tekninen',
      proposal: 'Lautakunta ilmoittaa toimenpiteistä.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      responseText: 'Toimenpiteet aloitettu.',
    });
    expect(stateOf(replied)).toBe('boardPreparation');
    expect(replied.context.statements[0]).toEqual(
      expect.objectContaining({ kind: 'measures', status: 'received', resolvedOn: '2026-04-14' }),
    );
  });

  it('refuses a due date without an awaited reply, and an awaited reply without a due date', () => {
    const referred = play(facts(), [referral('2026-02-02')]);
    expect(() => applyOrThrow(referred, { ...referredForMeasures(false), dueDate: '2026-04-30' })).toThrow(
      /refused/,
    );
    expect(() => applyOrThrow(referred, { ...referredForMeasures(true), dueDate: undefined })).toThrow(
      /refused/,
    );
  });
});
