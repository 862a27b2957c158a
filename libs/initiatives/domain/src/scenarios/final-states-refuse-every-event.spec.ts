import { EVENT_TYPES, allowedEvents, decide, stateOf, type InitiativeEvent } from '../index';
import {
  boardDecision,
  councilDecision,
  facts,
  play,
  referral,
  statement,
  statementRequest,
} from '../testing';

// One valid-looking event of every type, dated after all the endings below.
const everyEvent: InitiativeEvent[] = [
  referral('2031-01-10'),
  statementRequest('education', '2031-01-10', '2031-03-01'),
  statement('education', '2031-01-10'),
  {
    type: 'RECORD_WRITTEN_STATEMENT',
    officeHolder: { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' },
    date: '2031-01-10',
    responseText: 'x',
  },
  { type: 'WAIVE_STATEMENT', bodyId: 'education', date: '2031-01-10', reason: 'x' },
  { type: 'REFER_FOR_MEASURES', bodyId: 'technical', date: '2031-01-10', replyExpected: false },
  boardDecision('2031-01-10', 'proposeToCouncil'),
  councilDecision('2031-01-10', 'closed'),
  {
    type: 'CLOSE_VIA_ANNUAL_LIST',
    meeting: { bodyId: 'council', date: '2031-01-10', section: 1 },
    annualListId: 'l',
    listYear: 2031,
  },
  { type: 'WITHDRAW', date: '2031-01-10', requestedBy: 'x' },
  { type: 'DECLARE_LAPSED', meeting: { bodyId: 'council', date: '2031-01-10', section: 1 } },
];

const turku = facts({ rulePack: 'turku', submittedOn: '2026-01-15' });
// Played inside each test, not while Jest collects them: mutation testing then knows which tests reach what.
const endings = {
  closed: () =>
    play(turku, [
      referral('2026-01-20'),
      boardDecision('2026-02-02', 'proposeToCouncil'),
      councilDecision('2026-03-02', 'closed'),
    ]),
  withdrawn: () => play(turku, [{ type: 'WITHDRAW', date: '2026-01-20', requestedBy: 'x' }]),
  lapsed: () =>
    play(turku, [
      referral('2026-01-20'),
      { type: 'DECLARE_LAPSED', meeting: { bodyId: 'council', date: '2031-01-05', section: 1 } },
    ]),
};

describe('nothing leaves a final state', () => {
  it('covers every event type', () => {
    expect(everyEvent.map((event) => event.type)).toEqual([...EVENT_TYPES]);
  });

  describe.each(Object.entries(endings))('%s', (state, reach) => {
    it('is the final state it claims to be', () => {
      const snapshot = reach();
      expect(stateOf(snapshot)).toBe(state);
      expect(snapshot.status).toBe('done');
    });

    it.each(everyEvent.map((event) => [event.type, event] as const))('refuses %s', (_type, event) => {
      expect(decide(reach(), event)).toEqual({
        ok: false,
        code: 'TRANSITION_NOT_ALLOWED',
        state,
        allowedEvents: [],
      });
    });

    it('offers no events', () => {
      expect(allowedEvents(reach(), null, '2031-01-10')).toEqual([]);
    });
  });
});
