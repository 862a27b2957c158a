import {
  allowedEvents,
  deadlinesOf,
  rulePackOf,
  decide,
  handlingOf,
  stateOf,
  type InitiativeEvent,
} from '../index';
import {
  INITIATIVE_16,
  INITIATIVE_16_UNTIL_AGENDA,
  PREPARERS,
  PRESENTER_TIKKANEN,
  STATEMENT_16,
  applyOrThrow,
  factsOf,
  play,
} from '../testing';

const jaostoStatement: InitiativeEvent = {
  type: 'RECORD_STATEMENT',
  bodyId: 'employment',
  meeting: { bodyId: 'employment', date: '2026-05-20', section: 16 },
  preparers: [PREPARERS.tikkanen],
  presenter: PRESENTER_TIKKANEN,
  proposal: STATEMENT_16.proposal,
  decision: STATEMENT_16.proposal,
  decisionType: 'asProposed',
  responseText: STATEMENT_16.responseText,
};

describe('§ 16: työllisyysbonus opiskeluun, filed KV 31.3.2026 § 30', () => {
  const facts = factsOf(INITIATIVE_16);

  it('stands at the agenda awaiting the subcommittee statement due 31.5.2026', () => {
    const snapshot = play(facts, INITIATIVE_16_UNTIL_AGENDA);
    expect(stateOf(snapshot)).toBe('awaitingStatements');
    expect(snapshot.context.statements).toEqual([
      expect.objectContaining({ bodyId: 'employment', status: 'open', dueDate: '2026-05-31' }),
    ]);
    expect(deadlinesOf(stateOf(snapshot), snapshot.context, '2026-05-20', rulePackOf(snapshot))).toEqual([
      expect.objectContaining({ kind: 'statement', bodyId: 'employment', status: 'dueSoon' }),
    ]);
    expect(allowedEvents(snapshot, null, '2026-05-20')).toEqual([
      'REQUEST_STATEMENT',
      'RECORD_STATEMENT',
      'WAIVE_STATEMENT',
      'REFER_FOR_MEASURES',
      'WITHDRAW',
    ]);
  });

  it('goes through statement, board proposal and council closure, leaving four handlings', () => {
    const events: InitiativeEvent[] = [
      ...INITIATIVE_16_UNTIL_AGENDA,
      jaostoStatement,
      {
        type: 'RECORD_BOARD_DECISION',
        meeting: { bodyId: 'board', date: '2026-06-08', section: 210 },
        preparers: [PREPARERS.halonen],
        presenter: 'Joni Partanen, vt. kaupunginjohtaja',
        proposal:
          'Kaupunginhallitus antaa valtuustolle jaoston vastineen mukaisen vastauksen ja esittää, että valtuusto toteaa aloitteen loppuun käsitellyksi.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        outcome: 'proposeToCouncil',
      },
      {
        type: 'RECORD_COUNCIL_DECISION',
        meeting: { bodyId: 'council', date: '2026-06-15', section: 71 },
        decision: 'Valtuusto merkitsi vastauksen tiedoksi ja totesi aloitteen loppuun käsitellyksi.',
        decisionType: 'asProposed',
        outcome: 'closed',
        resolutions: [],
      },
    ];
    const states: string[] = [];
    let snapshot = play(facts, []);
    for (const event of events) {
      snapshot = applyOrThrow(snapshot, event);
      states.push(stateOf(snapshot));
    }
    expect(states).toEqual([
      'boardPreparation',
      'awaitingStatements',
      'boardPreparation',
      'councilConsideration',
      'closed',
    ]);
    expect(snapshot.context.closure).toEqual(
      expect.objectContaining({ kind: 'council', date: '2026-06-15', annualListId: null }),
    );
    expect(snapshot.context.statements[0]).toEqual(
      expect.objectContaining({ status: 'received', resolvedOn: '2026-05-20' }),
    );
    const handlings = events.map(handlingOf).filter((handling) => handling !== null);
    expect(handlings.map((handling) => [handling.bodyId, handling.date, handling.section])).toEqual([
      ['council', '2026-03-31', 30],
      ['employment', '2026-05-20', 16],
      ['board', '2026-06-08', 210],
      ['council', '2026-06-15', 71],
    ]);
    expect(handlings[1]).toEqual(
      expect.objectContaining({
        presenter: PRESENTER_TIKKANEN,
        preparers: [PREPARERS.tikkanen],
        responseText: STATEMENT_16.responseText,
        statementBodyId: 'employment',
      }),
    );
    expect(allowedEvents(snapshot, null, '2026-06-16')).toEqual([]);
  });

  it('refuses the board decision while the subcommittee has not answered', () => {
    const snapshot = play(facts, INITIATIVE_16_UNTIL_AGENDA);
    const decision = decide(snapshot, {
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: 'board', date: '2026-05-25', section: 190 },
      proposal: 'x',
      decision: 'x',
      decisionType: 'asProposed',
      outcome: 'proposeToCouncil',
    });
    expect(decision).toEqual(
      expect.objectContaining({ ok: false, code: 'TRANSITION_NOT_ALLOWED', state: 'awaitingStatements' }),
    );
  });

  it('refuses a statement recorded by another body or in another body’s meeting', () => {
    const snapshot = play(facts, INITIATIVE_16_UNTIL_AGENDA);
    expect(decide(snapshot, { ...jaostoStatement, bodyId: 'education' }).ok).toBe(false);
    expect(
      decide(snapshot, { ...jaostoStatement, meeting: { bodyId: 'board', date: '2026-05-20', section: 16 } })
        .ok,
    ).toBe(false);
  });
});
