import { restore, rulePackOf, stateOf, toStored, type InitiativeContext, type OfficeHolder } from '../index';
import { applyOrThrow, boardDecision, facts, play, referral, statement, statementRequest } from '../testing';

// Issue 16 (6): "A statement request can be addressed to an office holder (name, title) instead of a body, and is
// answered in writing with a date, the answer text and a document, without a meeting or §."

const director: OfficeHolder = { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' };
const askDirector = {
  type: 'REQUEST_STATEMENT' as const,
  officeHolder: director,
  date: '2026-02-10',
  dueDate: '2026-04-30',
  preparers: [],
};
const directorWrites = (date: string) => ({
  type: 'RECORD_WRITTEN_STATEMENT' as const,
  officeHolder: director,
  date,
  responseText: 'Palveluverkkojohtajan lausunto.',
});

describe('the service-network director is asked for a statement and gives it in writing', () => {
  it('awaits the director’s statement, then moves on to the board with the request received on that day', () => {
    const asked = play(facts(), [referral('2026-02-02'), askDirector]);
    expect(stateOf(asked)).toBe('awaitingStatements');
    const answered = applyOrThrow(asked, directorWrites('2026-04-20'));
    expect(stateOf(answered)).toBe('boardPreparation');
    expect(answered.context.statements).toEqual([
      expect.objectContaining({
        bodyId: null,
        officeHolder: director,
        kind: 'statement',
        status: 'received',
        resolvedOn: '2026-04-20',
      }),
    ]);
    expect(stateOf(applyOrThrow(answered, boardDecision('2026-05-04', 'proposeToCouncil')))).toBe(
      'councilConsideration',
    );
  });

  it('keeps awaiting a body asked at the same time', () => {
    const both = play(facts(), [
      referral('2026-02-02'),
      askDirector,
      statementRequest('education', '2026-02-10', '2026-04-30'),
      directorWrites('2026-04-20'),
    ]);
    expect(stateOf(both)).toBe('awaitingStatements');
    expect(stateOf(applyOrThrow(both, statement('education', '2026-04-22')))).toBe('boardPreparation');
  });

  it('refuses a written statement of someone not asked, or dated before the request', () => {
    const asked = play(facts(), [referral('2026-02-02'), askDirector]);
    const other = {
      ...directorWrites('2026-04-20'),
      officeHolder: { ...director, title: 'sivistysjohtaja' },
    };
    expect(() => applyOrThrow(asked, other)).toThrow(/refused in awaitingStatements/);
    expect(() => applyOrThrow(asked, directorWrites('2026-02-09'))).toThrow(/refused/);
  });

  it('may waive the director’s late statement like a body’s', () => {
    const waived = play(facts(), [
      referral('2026-02-02'),
      askDirector,
      { type: 'WAIVE_STATEMENT', officeHolder: director, date: '2026-05-10', reason: 'Ei saatu.' },
    ]);
    expect(stateOf(waived)).toBe('boardPreparation');
    expect(waived.context.statements[0]?.status).toBe('waived');
  });

  it('restores a snapshot stored before office holders existed: its requests are bodies’ statement requests', () => {
    const asked = play(facts(), [
      referral('2026-02-02'),
      statementRequest('education', '2026-02-10', '2026-04-30'),
    ]);
    const stored = toStored(asked);
    const earlier = {
      ...stored.context,
      statements: stored.context.statements.map(
        ({ officeHolder: _o, kind: _k, replyExpected: _r, ...request }) => request,
      ),
    } as unknown as InitiativeContext;
    const restored = restore(JSON.parse(JSON.stringify({ ...stored, context: earlier })), rulePackOf(asked));
    expect(restored.context.statements).toEqual([
      expect.objectContaining({
        bodyId: 'education',
        officeHolder: null,
        kind: 'statement',
        replyExpected: true,
      }),
    ]);
    expect(stateOf(applyOrThrow(restored, statement('education', '2026-04-20')))).toBe('boardPreparation');
  });
});
