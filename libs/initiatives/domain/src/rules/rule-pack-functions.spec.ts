import {
  TEMPLATES,
  addDays,
  addMonths,
  addYears,
  annualListDueDate,
  deadlineStatus,
  deadlinesOfFiling,
  formatDiaryNumber,
  isDirectAnswerAllowed,
  isIsoDate,
  isLapseEligible,
  isOnAnnualList,
  lapseReferenceDate,
  lapsesOnList,
  type InitiativeFacts,
  type LapseRule,
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
    expect(formatDiaryNumber(TEMPLATES[pack], year, sequence, prefix)).toBe(expected);
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
    expect(isDirectAnswerAllowed(TEMPLATES[rulePack], facts({ rulePack, kind, signatoryCount }))).toBe(
      expected,
    );
  });
});

// Domain § 3 and § 9: Espoo's 14+ signers without financial effect reach the council, its 1–13 get a written
// answer (an answer deadline, not a council one); a residents' initiative has Kuntalaki 23 §'s council deadline.
describe('the deadlines a filing sets', () => {
  const deadlinesFor = (overrides: Partial<InitiativeFacts>) => {
    const initiative = facts({ submittedOn: '2026-08-31', ...overrides });
    return deadlinesOfFiling(TEMPLATES[initiative.rulePack], initiative).map(({ kind, dueDate }) => ({
      kind,
      dueDate,
    }));
  };

  it.each([
    [{ rulePack: 'espoo', signatoryCount: 14 }, [{ kind: 'council', dueDate: '2027-02-28' }]],
    [{ rulePack: 'espoo', signatoryCount: 40, hasFinancialEffect: true }, []],
    [
      { rulePack: 'espoo', signatoryCount: 13, hasFinancialEffect: true },
      [{ kind: 'answer', dueDate: '2027-02-28' }],
    ],
    [{ rulePack: 'espoo', signatoryCount: 1 }, [{ kind: 'answer', dueDate: '2027-02-28' }]],
    [{ rulePack: 'kajaani', signatoryCount: 30 }, []],
    [{ rulePack: 'helsinki', signatoryCount: 30 }, []],
    [{ rulePack: 'kunta', signatoryCount: 30 }, []],
    [
      { rulePack: 'kajaani', kind: 'resident', signatoryCount: 800 },
      [{ kind: 'council', dueDate: '2027-02-28' }],
    ],
    [
      { rulePack: 'turku', kind: 'resident', submittedOn: '2027-08-31' },
      [{ kind: 'council', dueDate: '2028-02-29' }],
    ],
  ] as const)('%o → %o', (overrides, expected) => {
    expect(deadlinesFor(overrides)).toEqual(expected);
  });
});

describe('the annual list', () => {
  it.each([
    ['kajaani', 2027, '2027-03-31'],
    ['turku', 2028, '2028-03-31'],
  ] as const)('%s list of %i is due %s', (pack, year, expected) => {
    expect(annualListDueDate(TEMPLATES[pack], year)).toBe(expected);
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
  // domain.md § 9: age at the end of the year before the list; on the 2020 list, filed in 2015 or earlier lapse.
  it.each([
    ['turku', '2015-12-31', 2020, true],
    ['turku', '2016-01-01', 2020, false],
    ['turku', '2016-01-25', 2020, false],
    ['turku', '2022-03-14', 2026, false],
    ['turku', '2022-03-14', 2027, true],
    ['turku', '2024-02-29', 2029, true],
    ['kajaani', '2010-01-01', 2026, false],
  ] as const)('%s, filed %s, on the list of %i → %s', (pack, submittedOn, listYear, expected) => {
    expect(lapsesOnList(TEMPLATES[pack], submittedOn, listYear)).toBe(expected);
  });

  const fourYears = (measuredAt: LapseRule['measuredAt']): LapseRule => ({
    years: 4,
    measuredAt,
    section: null,
  });

  it('measures Turku’s age on 31.12. of the year before the list, another pack’s on the list’s due day', () => {
    expect(lapseReferenceDate(TEMPLATES.turku, fourYears('endOfYearBeforeList'), 2020)).toBe('2019-12-31');
    expect(lapseReferenceDate(TEMPLATES.turku, fourYears('listDueDate'), 2020)).toBe('2020-03-31');
  });

  it.each([
    ['2015-12-31', '2019-12-31', true],
    ['2016-01-01', '2019-12-31', false],
    ['2016-03-31', '2020-03-31', true],
    ['2016-04-01', '2020-03-31', false],
    ['2024-02-29', '2028-02-28', false],
    ['2024-02-29', '2028-02-29', true],
  ] as const)('four years: filed %s, measured on %s → %s', (submittedOn, referenceDate, expected) => {
    expect(isLapseEligible(fourYears('listDueDate'), submittedOn, referenceDate)).toBe(expected);
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
