import { allowedEvents, decide, stateOf } from '../index';
import { facts, play, referral } from '../testing';

describe('Turku: an initiative older than four years at the list date lapses', () => {
  const turku = facts({ rulePack: 'turku', submittedOn: '2022-03-14' });
  const lapse = (date: string) => ({
    type: 'DECLARE_LAPSED' as const,
    meeting: { bodyId: 'council', date, section: 40 },
  });

  it('lapses at a list meeting four years after filing', () => {
    const snapshot = play(turku, [referral('2022-03-14'), lapse('2026-03-16')]);
    expect(stateOf(snapshot)).toBe('lapsed');
    expect(snapshot.context.endedOn).toBe('2026-03-16');
  });

  it('refuses the lapse a day before the four years are full', () => {
    expect(decide(play(turku, [referral('2022-03-14')]), lapse('2026-03-13')).ok).toBe(false);
  });

  it('offers the lapse only when old enough', () => {
    const prepared = play(turku, [referral('2022-03-14')]);
    expect(allowedEvents(prepared, null, '2026-03-13')).not.toContain('DECLARE_LAPSED');
    expect(allowedEvents(prepared, null, '2026-03-14')).toContain('DECLARE_LAPSED');
  });

  it('never lapses in a municipality without a lapse rule', () => {
    const kajaani = play(facts({ submittedOn: '2015-01-01' }), [referral('2015-01-01')]);
    expect(decide(kajaani, lapse('2026-03-16')).ok).toBe(false);
  });
});
