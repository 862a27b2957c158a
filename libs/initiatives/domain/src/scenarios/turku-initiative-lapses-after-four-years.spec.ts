import { allowedEvents, decide, stateOf } from '../index';
import { facts, play, referral } from '../testing';

describe('Turku: an initiative four years old at the end of the year before the list lapses', () => {
  const turku = facts({ rulePack: 'turku', submittedOn: '2022-03-14' });
  const lapse = (date: string) => ({
    type: 'DECLARE_LAPSED' as const,
    meeting: { bodyId: 'council', date, section: 40 },
  });

  it('lapses on the 2027 list: four years old at 31.12.2026', () => {
    const snapshot = play(turku, [referral('2022-03-14'), lapse('2027-03-15')]);
    expect(stateOf(snapshot)).toBe('lapsed');
    expect(snapshot.context.endedOn).toBe('2027-03-15');
  });

  it('does not lapse on the 2026 list, though four years old by its meeting (domain.md § 9)', () => {
    expect(decide(play(turku, [referral('2022-03-14')]), lapse('2026-03-16')).ok).toBe(false);
    expect(decide(play(turku, [referral('2022-03-14')]), lapse('2026-12-31')).ok).toBe(false);
  });

  it('offers the lapse only when old enough', () => {
    const prepared = play(turku, [referral('2022-03-14')]);
    expect(allowedEvents(prepared, null, '2026-12-31')).not.toContain('DECLARE_LAPSED');
    expect(allowedEvents(prepared, null, '2027-01-01')).toContain('DECLARE_LAPSED');
  });

  it('never lapses in a municipality without a lapse rule', () => {
    const kajaani = play(facts({ submittedOn: '2015-01-01' }), [referral('2015-01-01')]);
    expect(decide(kajaani, lapse('2026-03-16')).ok).toBe(false);
  });
});
