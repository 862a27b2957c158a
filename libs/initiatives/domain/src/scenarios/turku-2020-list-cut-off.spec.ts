import {
  TEMPLATES,
  accepts,
  allowedEvents,
  lapsesOnList,
  stateOf,
  type IsoDate,
  type RulePack,
} from '../index';
import { facts, play, referral } from '../testing';

// Issue 17 and domain.md § 9: Turku measures an initiative's age at the end of the year before the list, so on the
// 2020 list those filed in 2015 or earlier lapse and those filed in 2016 do not, whenever the council decides the
// list. The list's preview and the council's decision give the same answer.
const lapseOnThe2020List = (date: IsoDate) => ({
  type: 'DECLARE_LAPSED' as const,
  meeting: { bodyId: 'council', date, section: 40 },
  listYear: 2020,
});

function filedAndReferred(submittedOn: IsoDate, pack: RulePack = TEMPLATES.turku) {
  return play(facts({ rulePack: 'turku', submittedOn }), [referral(submittedOn)], pack);
}

describe('Turku’s 2020 list: filed 2015 lapses, filed 2016 does not (domain.md § 9)', () => {
  describe.each([
    ['at a council meeting in 2021', '2021-02-15'],
    ['at a council meeting in 2020', '2020-05-11'],
  ])('decided %s', (_when, meetingDate) => {
    it('lapses an initiative filed on 31.12.2015', () => {
      const lapsed = play(facts({ rulePack: 'turku', submittedOn: '2015-12-31' }), [
        referral('2015-12-31'),
        lapseOnThe2020List(meetingDate),
      ]);
      expect(stateOf(lapsed)).toBe('lapsed');
      expect(lapsed.context.endedOn).toBe(meetingDate);
      expect(lapsesOnList(TEMPLATES.turku, '2015-12-31', 2020)).toBe(true);
    });

    it.each(['2016-01-01', '2016-01-25'])(
      'refuses to lapse one filed on %s, as the list shows it',
      (filedOn) => {
        expect(accepts(filedAndReferred(filedOn), lapseOnThe2020List(meetingDate))).toBe(false);
        expect(lapsesOnList(TEMPLATES.turku, filedOn, 2020)).toBe(false);
      },
    );
  });

  it('lapses the 2016 filings on the 2021 list', () => {
    const onThe2021List = { ...lapseOnThe2020List('2021-02-15'), listYear: 2021 };
    expect(accepts(filedAndReferred('2016-01-25'), onThe2021List)).toBe(true);
  });

  it('never decides the 2020 list before 2020 begins', () => {
    expect(accepts(filedAndReferred('2015-01-01'), lapseOnThe2020List('2019-12-31'))).toBe(false);
    expect(accepts(filedAndReferred('2015-01-01'), lapseOnThe2020List('2020-01-01'))).toBe(true);
  });

  it('offers the lapse in 2020 to the 2015 filing and not to the 2016 one', () => {
    expect(allowedEvents(filedAndReferred('2015-12-31'), null, '2020-05-11')).toContain('DECLARE_LAPSED');
    expect(allowedEvents(filedAndReferred('2016-01-25'), null, '2020-05-11')).not.toContain('DECLARE_LAPSED');
  });
});

describe('a pack that measures the age on the list’s due day', () => {
  const onDueDay: RulePack = {
    ...TEMPLATES.turku,
    lapse: { years: 4, measuredAt: 'listDueDate', section: 131 },
  };

  it('lapses on the 2020 list (due 31.3.2020) what is four years old by then, not a day younger', () => {
    for (const [filedOn, lapses] of [
      ['2016-01-25', true],
      ['2016-03-31', true],
      ['2016-04-01', false],
    ] as const) {
      expect(accepts(filedAndReferred(filedOn, onDueDay), lapseOnThe2020List('2021-02-15'))).toBe(lapses);
      expect(lapsesOnList(onDueDay, filedOn, 2020)).toBe(lapses);
    }
  });

  it('measures at the due day the pack sets: a list due at the end of October takes in a filing of 31.10.2016', () => {
    const octoberList: RulePack = { ...onDueDay, annualList: { dueMonth: 10, dueDay: 31, section: null } };
    expect(accepts(filedAndReferred('2016-10-31', octoberList), lapseOnThe2020List('2020-11-16'))).toBe(true);
    expect(accepts(filedAndReferred('2016-11-01', octoberList), lapseOnThe2020List('2020-11-16'))).toBe(
      false,
    );
  });
});
