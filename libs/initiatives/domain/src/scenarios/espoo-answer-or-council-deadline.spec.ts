import { RULE_PACK_IDS, TEMPLATES, deadlinesOf, rulePackOf, stateOf, type InitiativeFacts } from '../index';
import { facts, play, referral } from '../testing';

// Domain § 3 and § 9, issue 17: Espoo's 1–13-signer initiatives get a written answer within six months, a deadline
// for the answer, not for council handling; 14 or more without a financial effect reach the council within six
// months; with one, no deadline. A residents' initiative reaches the council within six months (Kuntalaki 23 §).
const filedOn = '2026-01-26';

function deadlinesOfFiled(overrides: Partial<InitiativeFacts>) {
  const referred = play(facts({ rulePack: 'espoo', submittedOn: filedOn, ...overrides }), [
    referral(filedOn),
  ]);
  return deadlinesOf(stateOf(referred), referred.context, '2026-03-01', rulePackOf(referred)).map(
    ({ kind, dueDate, rule }) => ({ kind, dueDate, rule }),
  );
}

describe('Espoo: an answer deadline or a council deadline by the number of signers', () => {
  it.each([
    [1, false],
    [13, false],
    [13, true],
  ])(
    '%i signers (financial effect: %s) → a written answer within six months',
    (signatoryCount, hasFinancialEffect) => {
      expect(deadlinesOfFiled({ signatoryCount, hasFinancialEffect })).toEqual([
        {
          kind: 'answer',
          dueDate: '2026-07-26',
          rule: 'Espoon hallintosääntö: 1–13 allekirjoittajaa, kirjallinen vastaus 6 kk:ssa',
        },
      ]);
    },
  );

  it.each([14, 60])(
    '%i signers without a financial effect → the council within six months',
    (signatoryCount) => {
      expect(deadlinesOfFiled({ signatoryCount, hasFinancialEffect: false })).toEqual([
        {
          kind: 'council',
          dueDate: '2026-07-26',
          rule: 'Espoon hallintosääntö: vähintään 14 allekirjoittajaa, ei taloudellisia vaikutuksia, valtuuston käsittelyyn 6 kk:ssa',
        },
      ]);
    },
  );

  it.each([14, 60])('%i signers with a financial effect → no deadline', (signatoryCount) => {
    expect(deadlinesOfFiled({ signatoryCount, hasFinancialEffect: true })).toEqual([]);
  });
});

describe('a residents’ initiative, in every template', () => {
  it.each(RULE_PACK_IDS)('%s: the council within six months, under Kuntalaki 23 §', (rulePack) => {
    for (const [signatoryCount, hasFinancialEffect] of [
      [3, false],
      [800, true],
      [800, false],
    ] as const) {
      const resident = facts({
        rulePack,
        kind: 'resident',
        signatoryCount,
        hasFinancialEffect,
        submittedOn: '2026-08-31',
      });
      const referred = play(resident, [referral('2026-09-07')]);
      expect(deadlinesOf(stateOf(referred), referred.context, '2026-09-08', TEMPLATES[rulePack])).toEqual([
        expect.objectContaining({
          kind: 'council',
          dueDate: '2027-02-28',
          rule: 'Kuntalaki 23 §: valtuuston käsiteltävä kuuden kuukauden kuluessa',
        }),
      ]);
    }
  });
});
