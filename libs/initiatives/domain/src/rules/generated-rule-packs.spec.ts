import fc from 'fast-check';
import {
  accepts,
  deadlinesOfFiling,
  isDirectAnswerAllowed,
  lapsesOnList,
  start,
  versionInForce,
  type InitiativeFacts,
  type InitiativeScope,
  type IsoDate,
  type LapseReferenceDate,
  type RulePack,
} from '../index';
import { dateArbitrary, generatedFactsArbitrary, iso, lastDayOf, rulePackArbitrary } from '../testing';

// Issue 17: every rule over generated rule-pack versions and dates (leap days, month ends, the version boundary
// day). The oracles below are written from domain.md and the issue with JavaScript's Date, not the domain's calendar.
const RUNS = { numRuns: 300 };

const partsOf = (date: IsoDate) => date.split('-').map(Number) as [number, number, number];
const yearOfDate = (date: IsoDate) => partsOf(date)[0];

/** Calendar months later; a day the target month lacks is its last (31.8. + 6 months = 28. or 29.2.). */
function monthsLater(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = partsOf(date);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const [targetYear, targetMonth] = [target.getUTCFullYear(), target.getUTCMonth() + 1];
  return iso(targetYear, targetMonth, Math.min(day, lastDayOf(targetYear, targetMonth)));
}

const dayBefore = (date: IsoDate) => {
  const [year, month, day] = partsOf(date);
  return iso(year, month, day - 1);
};

/** Domain § 9: the age is measured for year Y's list on 31.12. of Y − 1, or on the list's own due day. */
function referenceDayOf(pack: RulePack, measuredAt: LapseReferenceDate, listYear: number): IsoDate {
  return measuredAt === 'endOfYearBeforeList'
    ? iso(listYear - 1, 12, 31)
    : iso(listYear, pack.annualList.dueMonth, pack.annualList.dueDay);
}

/** Old enough on the reference day: the rule's years are full by then. */
function lapsesByTheRule(pack: RulePack, submittedOn: IsoDate, listYear: number): boolean {
  if (!pack.lapse) return false;
  const referenceDay = referenceDayOf(pack, pack.lapse.measuredAt, listYear);
  return monthsLater(submittedOn, pack.lapse.years * 12) <= referenceDay;
}

/** Issue 17: a rule is for a range of signers, a financial effect and kinds of initiative. */
function takesIn(scope: InitiativeScope, facts: InitiativeFacts): boolean {
  const signers = facts.signatoryCount;
  const effects = { any: [true, false], with: [true], without: [false] }[scope.financialEffect];
  return (
    scope.kinds.includes(facts.kind) &&
    signers >= scope.minSignatories &&
    signers <= (scope.maxSignatories ?? Infinity) &&
    effects.includes(facts.hasFinancialEffect)
  );
}

const dayOfYear = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }));
const dayIn = (year: number, [month, day]: [number, number]) =>
  iso(year, month, Math.min(day, lastDayOf(year, month)));
const lapseAt = (date: IsoDate, listYear: number) => ({
  type: 'DECLARE_LAPSED' as const,
  meeting: { bodyId: 'council', date, section: 1 },
  listYear,
});

describe('the lapse on the annual list, over generated packs', () => {
  // Any filing and list, and half the time a filing within two days of the list's cut-off.
  const anyList = fc
    .record({
      pack: rulePackArbitrary,
      facts: generatedFactsArbitrary,
      yearsAfterFiling: fc.integer({ min: -1, max: 12 }),
    })
    .map(({ yearsAfterFiling, ...drawn }) => ({
      ...drawn,
      listYear: yearOfDate(drawn.facts.submittedOn) + yearsAfterFiling,
    }));
  const nearTheCutOff = fc
    .record({
      pack: rulePackArbitrary,
      facts: generatedFactsArbitrary,
      listYear: fc.integer({ min: 2000, max: 2060 }),
      daysFromCutOff: fc.integer({ min: -2, max: 2 }),
    })
    .map(({ pack, facts, listYear, daysFromCutOff }) => {
      if (!pack.lapse) return { pack, facts, listYear };
      const referenceDay = referenceDayOf(pack, pack.lapse.measuredAt, listYear);
      const [year, month, day] = partsOf(monthsLater(referenceDay, -12 * pack.lapse.years));
      return { pack, facts: { ...facts, submittedOn: iso(year, month, day + daysFromCutOff) }, listYear };
    });
  const listCase = fc.oneof(anyList, nearTheCutOff);

  it('is what the rule says: old enough on the reference day of the list’s year (domain § 9)', () => {
    fc.assert(
      fc.property(listCase, ({ pack, facts, listYear }) => {
        expect(lapsesOnList(pack, facts.submittedOn, listYear)).toBe(
          lapsesByTheRule(pack, facts.submittedOn, listYear),
        );
      }),
      RUNS,
    );
  });

  it('is decided as previewed: the council meeting in the list’s year or later accepts exactly what the list shows', () => {
    fc.assert(
      fc.property(
        listCase,
        fc.integer({ min: 0, max: 2 }),
        dayOfYear,
        ({ pack, facts, listYear }, meetingYearsAfterList, day) => {
          const filed = start(facts, pack);
          const meeting = dayIn(listYear + meetingYearsAfterList, day);
          expect(accepts(filed, lapseAt(meeting, listYear))).toBe(
            lapsesOnList(pack, facts.submittedOn, listYear),
          );
          // Domain § 1: the list of year Y is decided in year Y or later, never before.
          expect(accepts(filed, lapseAt(dayIn(listYear - 1, day), listYear))).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('once eligible, stays eligible on every later list', () => {
    fc.assert(
      fc.property(listCase, fc.integer({ min: 1, max: 10 }), ({ pack, facts, listYear }, later) => {
        fc.pre(lapsesOnList(pack, facts.submittedOn, listYear));
        expect(lapsesOnList(pack, facts.submittedOn, listYear + later)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the rule-pack version an initiative is judged by (issue 17)', () => {
  const versions = fc.uniqueArray(rulePackArbitrary, {
    minLength: 1,
    maxLength: 4,
    selector: (pack) => pack.validFrom,
  });

  it('is the latest started by the filing day (the first where none had), and starts on its own first day', () => {
    fc.assert(
      fc.property(versions, dateArbitrary(), (packs, filedOn) => {
        const started = packs.filter((pack) => pack.validFrom <= filedOn);
        const byStart = (list: RulePack[]) =>
          [...list].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
        const expected = byStart(started).at(-1) ?? byStart(packs)[0];
        expect(versionInForce(packs, filedOn)).toBe(expected);
        for (const pack of packs) expect(versionInForce(packs, pack.validFrom)).toBe(pack);
      }),
      RUNS,
    );
  });

  // As the templates are, a municipality's first version is in force from the start of the calendar (1.1.1900), so
  // every initiative is filed under some version: one filed before every version would be judged by the first,
  // and a version added before that one would take its place.
  const fromTheStart = versions.map(([first, ...later]) => [{ ...first, validFrom: '1900-01-01' }, ...later]);

  it('never changes for a filed initiative when a version starting after its filing is added, nor do its deadlines', () => {
    fc.assert(
      fc.property(
        fromTheStart,
        generatedFactsArbitrary,
        rulePackArbitrary,
        fc.integer({ min: 1, max: 4000 }),
        (packs, facts, added, daysAfterFiling) => {
          const [year, month, day] = partsOf(facts.submittedOn);
          const startsOn = iso(year, month, day + daysAfterFiling);
          fc.pre(packs.every((pack) => pack.validFrom !== startsOn));
          const newVersion = { ...added, validFrom: startsOn };
          const judgedBy = versionInForce(packs, facts.submittedOn);
          const withNew = [...packs, newVersion];
          expect(versionInForce(withNew, facts.submittedOn)).toBe(judgedBy);
          expect(deadlinesOfFiling(versionInForce(withNew, facts.submittedOn), facts)).toEqual(
            deadlinesOfFiling(judgedBy, facts),
          );
          // The boundary day: filed the day the new version starts, it is judged by it; the day before, not.
          expect(versionInForce(withNew, startsOn)).toBe(newVersion);
          expect(versionInForce(withNew, dayBefore(startsOn))).toBe(
            versionInForce(packs, dayBefore(startsOn)),
          );
        },
      ),
      RUNS,
    );
  });
});

describe('the deadlines a filing sets, over generated packs (domain § 3)', () => {
  it('are the filing day plus each matching rule’s months, month ends clamped, at most one per kind', () => {
    fc.assert(
      fc.property(rulePackArbitrary, generatedFactsArbitrary, (pack, facts) => {
        const expected =
          facts.kind === 'resident'
            ? // Kuntalaki 23 §: a residents' initiative goes to the council within six months, whatever the pack.
              [{ kind: 'council', dueDate: monthsLater(facts.submittedOn, 6) }]
            : (['council', 'answer'] as const).flatMap((kind) => {
                const matching = pack.deadlines.filter((rule) => rule.kind === kind && takesIn(rule, facts));
                expect(matching.length).toBeLessThanOrEqual(1);
                return matching.map((rule) => ({
                  kind,
                  dueDate: monthsLater(facts.submittedOn, rule.months),
                }));
              });
        const actual = deadlinesOfFiling(pack, facts).map(({ kind, dueDate }) => ({ kind, dueDate }));
        expect(actual).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('direct answers, over generated packs (domain § 4)', () => {
  it('are never for a residents’ initiative, and otherwise exactly where a scope takes the initiative in', () => {
    fc.assert(
      fc.property(rulePackArbitrary, generatedFactsArbitrary, (pack, facts) => {
        const expected =
          facts.kind !== 'resident' && pack.directAnswer.some((scope) => takesIn(scope, facts));
        expect(isDirectAnswerAllowed(pack, facts)).toBe(expected);
      }),
      RUNS,
    );
  });
});
