import {
  RULE_PACKS,
  addDays,
  addMonths,
  addYears,
  annualListDueDate,
  councilDeadline,
  deadlineStatus,
  formatDiaryNumber,
  isDirectAnswerAllowed,
  isIsoDate,
  isLapseEligible,
  isOnAnnualList,
  type InitiativeFacts,
} from '../index';
import { facts } from '../testing';

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-07-26', -6, '2026-01-26'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2022-03-14', 4, '2026-03-14'],
  ])('%s + %i years = %s', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });

  it.each([
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['0000-01-01', false],
    ['1899-12-31', false],
    ['1900-01-01', true],
    ['2200-12-31', true],
    ['2201-01-01', false],
  ])('%s is a date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('deadline status', () => {
  it.each([
    ['2026-05-31', null, '2026-04-30', 'open'],
    ['2026-05-31', null, '2026-05-01', 'dueSoon'],
    ['2026-05-31', null, '2026-05-31', 'dueSoon'],
    ['2026-05-31', null, '2026-06-01', 'overdue'],
    ['2026-05-31', '2026-06-10', '2026-07-01', 'met'],
    ['2026-05-31', '2026-05-20', '2026-04-01', 'met'],
    ['2028-03-01', null, '2028-01-31', 'dueSoon'],
    ['2028-03-01', null, '2028-01-30', 'open'],
    ['2027-03-01', null, '2027-01-30', 'dueSoon'],
    ['2027-03-01', null, '2027-01-29', 'open'],
    ['2027-01-01', null, '2026-12-31', 'dueSoon'],
  ])('due %s, met %s, on %s → %s', (dueDate, metOn, today, expected) => {
    expect(deadlineStatus(dueDate, metOn, today)).toBe(expected);
  });
});

describe('diary numbers', () => {
  it.each([
    ['kajaani', 2026, 577, undefined, 'KAJDno-2026-577'],
    ['kajaani', 2026, 726, 'KAJ', 'KAJ-2026-726'],
    ['espoo', 2026, 1234, undefined, 'ESP/1234/2026'],
    ['helsinki', 2026, 42, undefined, 'HEL 2026-000042'],
    ['turku', 2026, 13245, undefined, '13245-2026'],
  ] as const)('%s %i #%i (prefix %s) → %s', (pack, year, sequence, prefix, expected) => {
    expect(formatDiaryNumber(RULE_PACKS[pack], year, sequence, prefix)).toBe(expected);
  });
});

describe('direct answers', () => {
  it.each([
    ['kajaani', 'councillor', 1, false],
    ['turku', 'councillor', 1, false],
    ['espoo', 'councillor', 1, true],
    ['espoo', 'councilGroup', 13, true],
    ['espoo', 'councillor', 14, false],
    ['espoo', 'resident', 3, false],
    ['helsinki', 'councillor', 24, true],
    ['helsinki', 'councilGroup', 25, false],
  ] as const)('%s, %s with %i signers → %s', (rulePack, kind, signatoryCount, expected) => {
    expect(isDirectAnswerAllowed(RULE_PACKS[rulePack], facts({ rulePack, kind, signatoryCount }))).toBe(
      expected,
    );
  });
});

describe('council deadlines', () => {
  const deadlineFor = (overrides: Partial<InitiativeFacts>) => {
    const initiative = facts({ submittedOn: '2026-08-31', ...overrides });
    return councilDeadline(RULE_PACKS[initiative.rulePack], initiative)?.dueDate ?? null;
  };

  it.each([
    [{ rulePack: 'espoo', signatoryCount: 14 }, '2027-02-28'],
    [{ rulePack: 'espoo', signatoryCount: 40, hasFinancialEffect: true }, null],
    [{ rulePack: 'espoo', signatoryCount: 13, hasFinancialEffect: true }, '2027-02-28'],
    [{ rulePack: 'espoo', signatoryCount: 1 }, '2027-02-28'],
    [{ rulePack: 'kajaani', signatoryCount: 30 }, null],
    [{ rulePack: 'helsinki', signatoryCount: 30 }, null],
    [{ rulePack: 'kajaani', kind: 'resident', signatoryCount: 800 }, '2027-02-28'],
    [{ rulePack: 'turku', kind: 'resident', submittedOn: '2027-08-31' }, '2028-02-29'],
  ] as const)('%o → %s', (overrides, expected) => {
    expect(deadlineFor(overrides)).toBe(expected);
  });
});

describe('the annual list', () => {
  it.each([
    ['kajaani', 2027, '2027-03-31'],
    ['turku', 2028, '2028-03-31'],
  ] as const)('%s list of %i is due %s', (pack, year, expected) => {
    expect(annualListDueDate(RULE_PACKS[pack], year)).toBe(expected);
  });

  it.each([
    ['2025-12-31', null, true, 'filed on the last day of the year before, still open'],
    ['2026-01-01', null, false, 'filed on 1.1. of the list year'],
    ['2025-06-01', '2026-01-01', true, 'closed on 1.1. of the list year'],
    ['2025-06-01', '2025-12-31', false, 'closed on 31.12. of the year before'],
    ['2019-02-01', null, true, 'open for years'],
  ] as const)('filed %s, final %s → %s (%s)', (submittedOn, finalOn, expected, _reason) => {
    expect(isOnAnnualList(2026, submittedOn, finalOn)).toBe(expected);
  });
});

describe('lapse eligibility', () => {
  it.each([
    // domain.md § 9: age at the end of the year before the list; on the 2020 list, filed in 2015 or earlier lapse.
    ['turku', '2015-12-31', '2020-01-01', true],
    ['turku', '2016-01-01', '2020-12-31', false],
    ['turku', '2022-03-14', '2026-12-31', false],
    ['turku', '2022-03-14', '2027-01-01', true],
    ['turku', '2024-02-29', '2029-01-01', true],
    ['kajaani', '2010-01-01', '2026-03-31', false],
  ] as const)('%s, filed %s, on %s → %s', (pack, submittedOn, onDate, expected) => {
    expect(isLapseEligible(RULE_PACKS[pack], submittedOn, onDate)).toBe(expected);
  });
});

describe('adding days', () => {
  it.each([
    ['2026-05-01', 30, '2026-05-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });
});
