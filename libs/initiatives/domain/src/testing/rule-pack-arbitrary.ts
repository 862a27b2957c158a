// Generated rule-pack versions and dates for the rules' property tests: every field a valid pack may hold, with
// leap days and month ends drawn often. Dates are built with JavaScript's Date, not the domain's calendar.
import fc from 'fast-check';
import {
  DEFAULT_PERMISSIONS,
  FINANCIAL_EFFECTS,
  type DeadlineRule,
  type InitiativeScope,
  type RulePack,
} from '../lib/rule-packs';
import { TEMPLATES } from '../lib/rule-pack-templates';
import { INITIATIVE_KINDS, type InitiativeFacts, type IsoDate } from '../lib/types';

/** Signer counts the scopes are cut from; initiatives are drawn a little beyond, so open ranges are reached. */
const MAX_BOUNDARY = 40;

/** The last day of a month (1–12) in a year, by JavaScript's calendar: day 0 of the next month. */
export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day by JavaScript's calendar as YYYY-MM-DD; a day past its month's end runs on into the next month. */
export const iso = (year: number, month: number, day: number): IsoDate =>
  new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/** A day between `from` and `to` (years), a month end or a leap day (29.2.) one time in three. */
export function dateArbitrary(from = 1995, to = 2060): fc.Arbitrary<IsoDate> {
  const year = fc.integer({ min: from, max: to });
  const month = fc.integer({ min: 1, max: 12 });
  const leapYear = fc
    .integer({ min: Math.ceil(from / 4), max: Math.floor(to / 4) })
    .map((quarter) => quarter * 4);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(year, month, fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => iso(y, m, d)),
    },
    { weight: 1, arbitrary: fc.tuple(year, month).map(([y, m]) => iso(y, m, lastDayOf(y, m))) },
    // Every fourth year is a leap year within 1901–2099; 2000 is one, 1900 and 2100 are not drawn.
    { weight: 1, arbitrary: leapYear.map((y) => iso(y, 2, 29)) },
  );
}

/** Day and month that exist every year: 29.2. never, a month's end often. */
const yearlyDay = fc.integer({ min: 1, max: 12 }).chain((dueMonth) => {
  const last = lastDayOf(2001, dueMonth);
  return fc
    .oneof(fc.constant(last), fc.integer({ min: 1, max: last }))
    .map((dueDay) => ({ dueMonth, dueDay }));
});

const section = fc.option(fc.integer({ min: 1, max: 300 }), { nil: null });

type SignerRange = Pick<InitiativeScope, 'minSignatories' | 'maxSignatories'>;

/** Consecutive, non-overlapping signer ranges cut at 1 ≤ c0 < c1 < …: [c0, c1 − 1], …, the last maybe [cn, ∞). */
const signerRanges = (maxCount: number): fc.Arbitrary<SignerRange[]> =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: MAX_BOUNDARY }), { maxLength: maxCount + 1 }),
      fc.boolean(),
    )
    .map(([cuts, lastOpen]) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const closed = sorted.slice(1).map((next, index) => ({
        minSignatories: sorted[index] ?? 1,
        maxSignatories: next - 1,
      }));
      const last = sorted.at(-1);
      return lastOpen && last !== undefined
        ? [...closed, { minSignatories: last, maxSignatories: null }]
        : closed;
    });

/** Scopes over non-overlapping signer ranges, each with its own financial effect and kinds. */
const scopes = (maxCount: number): fc.Arbitrary<InitiativeScope[]> =>
  signerRanges(maxCount).chain((ranges) =>
    fc.tuple(
      ...ranges.map((range) =>
        fc.record({
          minSignatories: fc.constant(range.minSignatories),
          maxSignatories: fc.constant(range.maxSignatories),
          financialEffect: fc.constantFrom(...FINANCIAL_EFFECTS),
          kinds: fc.subarray([...INITIATIVE_KINDS], { minLength: 1 }),
          section,
        }),
      ),
    ),
  );

function deadlineRules(kind: DeadlineRule['kind']): fc.Arbitrary<DeadlineRule[]> {
  return scopes(3).chain((ranged) =>
    fc.tuple(
      ...ranged.map((scope) =>
        fc.integer({ min: 1, max: 60 }).map((months): DeadlineRule => ({ ...scope, kind, months })),
      ),
    ),
  );
}

/** A valid rule-pack version: names and wording from the neutral template, every rule generated. */
export const rulePackArbitrary: fc.Arbitrary<RulePack> = fc
  .record({
    validFrom: dateArbitrary(1995, 2040),
    annualList: fc.tuple(yearlyDay, section).map(([day, listSection]) => ({ ...day, section: listSection })),
    directAnswer: scopes(2),
    council: deadlineRules('council'),
    answer: deadlineRules('answer'),
    lapse: fc.option(
      fc.record({
        years: fc.integer({ min: 1, max: 10 }),
        measuredAt: fc.constantFrom('endOfYearBeforeList', 'listDueDate'),
        section,
      }),
      { nil: null },
    ),
    acknowledgement: fc.option(fc.record({ days: fc.integer({ min: 1, max: 90 }), section }), { nil: null }),
  })
  .chain(({ council, answer, ...rules }) =>
    fc
      .shuffledSubarray([...council, ...answer], { minLength: council.length + answer.length })
      .map((deadlines): RulePack => ({
        ...TEMPLATES.kunta,
        template: 'kunta',
        ...rules,
        deadlines,
        permissions: DEFAULT_PERMISSIONS,
      })),
  );

/** An initiative under a generated pack: any kind, signers around and beyond the generated cut points. */
export const generatedFactsArbitrary: fc.Arbitrary<InitiativeFacts> = fc.record({
  rulePack: fc.constant('kunta'),
  kind: fc.constantFrom(...INITIATIVE_KINDS),
  signatoryCount: fc.integer({ min: 1, max: MAX_BOUNDARY + 5 }),
  hasFinancialEffect: fc.boolean(),
  submittedOn: dateArbitrary(),
});
