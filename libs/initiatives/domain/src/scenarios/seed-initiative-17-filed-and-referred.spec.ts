import { TEMPLATES, allowedEvents, decide, handlingOf, replay, start, stateOf, toStored } from '../index';
import { INITIATIVE_17, INITIATIVE_17_UNTIL_AGENDA, REFERRAL_DECISION, factsOf, play } from '../testing';

describe('§ 17: työvoimapalvelujen Tinder, filed KV 28.4.2026 § 52', () => {
  const facts = factsOf(INITIATIVE_17);

  it('starts registered with only referral and withdrawal open', () => {
    const snapshot = start(facts, TEMPLATES.kajaani);
    expect(stateOf(snapshot)).toBe('registered');
    expect(allowedEvents(snapshot, null, '2026-04-28')).toEqual(['REFER_TO_BOARD', 'WITHDRAW']);
  });

  it('is referred in the same council meeting, citing hallintosääntö 119 §', () => {
    const referral = INITIATIVE_17_UNTIL_AGENDA.slice(0, 1);
    const snapshot = play(facts, referral);
    expect(stateOf(snapshot)).toBe('boardPreparation');
    expect(referral.map(handlingOf)).toEqual([
      expect.objectContaining({
        bodyId: 'council',
        date: '2026-04-28',
        section: 52,
        decision: REFERRAL_DECISION,
        decisionType: 'asProposed',
      }),
    ]);
  });

  it('waits for the subcommittee, with two preparers named on the request', () => {
    const snapshot = play(facts, INITIATIVE_17_UNTIL_AGENDA);
    expect(stateOf(snapshot)).toBe('awaitingStatements');
    expect(snapshot.context.statements[0]?.preparers.map((preparer) => preparer.name)).toEqual([
      'Risto Hämäläinen',
      'Milla Tikkanen',
    ]);
  });

  it('refuses a second open request to the same body', () => {
    const snapshot = play(facts, INITIATIVE_17_UNTIL_AGENDA);
    const decision = decide(snapshot, {
      type: 'REQUEST_STATEMENT',
      bodyId: 'employment',
      date: '2026-05-10',
      dueDate: '2026-06-10',
      preparers: [],
    });
    expect(decision.ok).toBe(false);
  });

  it('refuses a referral dated before the initiative was filed', () => {
    const decision = decide(start(facts, TEMPLATES.kajaani), {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: 'council', date: '2026-03-31', section: 30 },
    });
    expect(decision.ok).toBe(false);
  });
});

describe('replaying § 17’s audit log', () => {
  it('folds the logged events to the same state and context as applying them one by one', () => {
    const facts = factsOf(INITIATIVE_17);
    expect(replay(facts, INITIATIVE_17_UNTIL_AGENDA, TEMPLATES.kajaani)).toEqual(
      toStored(play(facts, INITIATIVE_17_UNTIL_AGENDA)),
    );
  });

  it('names the event a log cannot replay', () => {
    expect(() =>
      replay(factsOf(INITIATIVE_17), INITIATIVE_17_UNTIL_AGENDA.slice(1), TEMPLATES.kajaani),
    ).toThrow('replay refused event 2 (REQUEST_STATEMENT) in registered');
  });
});
