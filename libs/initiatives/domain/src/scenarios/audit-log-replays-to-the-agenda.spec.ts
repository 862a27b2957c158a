import {
  TEMPLATES,
  authorize,
  dateOf,
  decide,
  replay,
  rulePackOf,
  start,
  step,
  toStored,
  type Actor,
} from '../index';
import { INITIATIVE_16, INITIATIVE_16_UNTIL_AGENDA, factsOf } from '../demo/kajaani-seed';
import { facts, play, referral, statement } from '../testing';

// The agenda of 20.5.2026: § 16 was referred by the council on 31.3.2026 § 30 and the subcommittee was asked for a
// statement on 8.4.2026, due 31.5.2026; the statement is still open on the agenda.
const kajaani = TEMPLATES.kajaani;

describe('replaying § 16’s audit log up to the agenda', () => {
  it('leaves the initiative awaiting the subcommittee’s statement', () => {
    expect(replay(factsOf(INITIATIVE_16), INITIATIVE_16_UNTIL_AGENDA, kajaani)).toEqual({
      state: 'awaitingStatements',
      context: {
        facts: factsOf(INITIATIVE_16),
        statements: [
          {
            bodyId: 'employment',
            // domain.md § 8.6: a body asked for a statement, not an office holder nor a referral for measures.
            officeHolder: null,
            kind: 'statement',
            replyExpected: true,
            status: 'open',
            requestedOn: '2026-04-08',
            dueDate: '2026-05-31',
            preparers: [expect.objectContaining({ name: 'Milla Tikkanen' })],
            postponements: 0,
            resolvedOn: null,
            waiverReason: null,
          },
        ],
        referredOn: '2026-03-31',
        answeredOn: null,
        closure: null,
        endedOn: null,
      },
    });
  });

  it('names the audit row it cannot replay: the filing is row 1', () => {
    const referredOnly = INITIATIVE_16_UNTIL_AGENDA.slice(0, 1);
    expect(() =>
      replay(factsOf(INITIATIVE_16), [...referredOnly, statement('employment', '2026-05-20')], kajaani),
    ).toThrow('replay refused event 3 (RECORD_STATEMENT) in boardPreparation');
  });

  it('steps with the handling a meeting appends, and none for a request', () => {
    const filed = toStored(start(factsOf(INITIATIVE_16), kajaani));
    const [referral16, request16] = INITIATIVE_16_UNTIL_AGENDA;
    if (!referral16 || !request16) throw new Error('the seed has lost its events');
    const referredStep = step(filed, referral16, kajaani);
    expect(referredStep).toEqual(
      expect.objectContaining({
        ok: true,
        next: expect.objectContaining({ state: 'boardPreparation' }),
        handling: expect.objectContaining({ bodyId: 'council', date: '2026-03-31', section: 30 }),
      }),
    );
    if (!referredStep.ok) throw new Error('referral refused');
    expect(step(referredStep.next, request16, kajaani)).toEqual(
      expect.objectContaining({ ok: true, handling: null }),
    );
    expect(step(filed, statement('employment', '2026-05-20'), kajaani)).toEqual(
      expect.objectContaining({ ok: false, code: 'TRANSITION_NOT_ALLOWED', state: 'registered' }),
    );
  });
});

describe('a refusal', () => {
  it('offers what is allowed on the refused event’s own day: a Turku lapse only once four years have passed by the end of the year before (domain.md § 9)', () => {
    const turku = play(facts({ rulePack: 'turku', submittedOn: '2020-02-10' }), [referral('2020-02-17')]);
    const tooEarly = statement('education', '2021-03-01');
    expect(decide(turku, tooEarly)).toEqual({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      state: 'boardPreparation',
      allowedEvents: [
        'REQUEST_STATEMENT',
        'REFER_FOR_MEASURES',
        'RECORD_BOARD_DECISION',
        'CLOSE_VIA_ANNUAL_LIST',
        'WITHDRAW',
      ],
    });
    // Filed 10.2.2020: four years are full on 10.2.2024, after 31.12.2023, so not on the 2024 list; on the 2025 one.
    expect(decide(turku, statement('education', '2024-03-01'))).toEqual(
      expect.objectContaining({ allowedEvents: expect.not.arrayContaining(['DECLARE_LAPSED']) }),
    );
    expect(decide(turku, statement('education', '2025-03-01'))).toEqual(
      expect.objectContaining({
        allowedEvents: [
          'REQUEST_STATEMENT',
          'REFER_FOR_MEASURES',
          'RECORD_BOARD_DECISION',
          'CLOSE_VIA_ANNUAL_LIST',
          'WITHDRAW',
          'DECLARE_LAPSED',
        ],
      }),
    );
    expect(rulePackOf(turku)).toBe(TEMPLATES.turku);
  });

  it('dates an event by its meeting, or by its own date where it has no meeting', () => {
    expect(dateOf(referral('2026-03-31'))).toBe('2026-03-31');
    expect(dateOf({ type: 'WITHDRAW', date: '2026-06-01', requestedBy: 'x' })).toBe('2026-06-01');
  });
});

// Domain § 5: the registrar applies the events without a body scope; a committee secretary only their body's.
describe('authorising events that name no body', () => {
  const registrar: Actor = { id: 'paula', roles: ['registrar'], bodyIds: [] };
  const secretary: Actor = { id: 'milla', roles: ['committeeSecretary'], bodyIds: ['employment'] };

  it('lets the registrar refer and refuses a secretary', () => {
    expect(authorize(registrar, referral('2026-03-31'), TEMPLATES.kajaani)).toEqual({ ok: true });
    expect(authorize(secretary, referral('2026-03-31'), TEMPLATES.kajaani)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
