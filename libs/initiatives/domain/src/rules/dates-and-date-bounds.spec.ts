import {
  TEMPLATES,
  addDays,
  addMonths,
  annualListCutoff,
  compareDates,
  daysBetween,
  daysInMonth,
  deadlinesOfFiling,
  diaryNumberPattern,
  eventDateBounds,
  filingDateBounds,
  isIsoDate,
  isLeapYear,
  isListYearOpen,
  isWithinBound,
  isoDate,
  yearOf,
  type RulePack,
} from '../index';
import { facts, referral, statementRequest } from '../testing';

describe('the calendar', () => {
  it('knows each month’s length, February by the Gregorian leap rule', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 13)).toBe(0);
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
  });

  it.each([
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['2026-1-01', false],
    [' 2026-01-01', false],
    ['2026-01-01 ', false],
    ['2026-12-31', true],
    ['2026-01-01', true],
  ])('%s is a date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('writes a date with four-digit years and two-digit months and days', () => {
    expect(isoDate(987, 1, 2)).toBe('0987-01-02');
    expect(isoDate(2026, 12, 31)).toBe('2026-12-31');
    expect(yearOf('2026-05-20')).toBe(2026);
  });

  it('counts months and days backwards across a year end', () => {
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-31');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts the days between two dates, a leap year having 366', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(daysBetween('2026-05-20', '2026-05-20')).toBe(0);
  });

  it('orders dates', () => {
    expect(compareDates('2026-05-19', '2026-05-20')).toBe(-1);
    expect(compareDates('2026-05-20', '2026-05-20')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('refuses to compute with something that is not a date', () => {
    expect(() => addDays('31.5.2026', 1)).toThrow(new RangeError('Not a date: 31.5.2026'));
    expect(() => yearOf('2026-5-31')).toThrow(RangeError);
  });
});

describe('the annual list’s year (Kuntalaki 23 §)', () => {
  it('covers initiatives filed by the end of the year before the list', () => {
    expect(annualListCutoff(2026)).toBe('2025-12-31');
    expect(annualListCutoff(2030)).toBe('2029-12-31');
  });

  it('is decided in its own year or later, never before it begins', () => {
    expect(isListYearOpen(2026, '2025-12-31')).toBe(false);
    expect(isListYearOpen(2026, '2026-01-01')).toBe(true);
    expect(isListYearOpen(2026, '2027-03-01')).toBe(true);
  });
});

describe('diary numbers as text around the running number (domain § 1)', () => {
  it('splits Kajaani’s KAJDno-2026-577 around its running number', () => {
    expect(diaryNumberPattern(TEMPLATES.kajaani, 2026)).toEqual({
      before: 'KAJDno-2026-',
      width: 0,
      after: '',
    });
    expect(diaryNumberPattern(TEMPLATES.kajaani, 2027, 'KAJ')).toEqual({
      before: 'KAJ-2027-',
      width: 0,
      after: '',
    });
  });

  it('reads a zero-padded running number of any width from the template', () => {
    const padded: RulePack = {
      ...TEMPLATES.kajaani,
      diaryNumber: { defaultPrefix: 'DNRO', template: '{prefix} {seq:12}/{year}' },
    };
    expect(diaryNumberPattern(padded, 2026)).toEqual({ before: 'DNRO ', width: 12, after: '/2026' });
  });

  it('refuses a template without a running number', () => {
    const broken: RulePack = {
      ...TEMPLATES.kajaani,
      diaryNumber: { defaultPrefix: 'X', template: '{prefix}' },
    };
    expect(() => diaryNumberPattern(broken, 2026)).toThrow('The kajaani diary number template has no {seq}.');
  });
});

describe('a residents’ initiative (Kuntalaki 23 §)', () => {
  it('is due in the council within six months, citing the law', () => {
    const resident = facts({ rulePack: 'helsinki', kind: 'resident', submittedOn: '2026-02-10' });
    expect(deadlinesOfFiling(TEMPLATES.helsinki, resident)).toEqual([
      { kind: 'council', dueDate: '2026-08-10', rule: expect.stringContaining('Kuntalaki 23 §') },
    ]);
    expect(deadlinesOfFiling(TEMPLATES.helsinki, resident, 'sv')).toEqual([
      { kind: 'council', dueDate: '2026-08-10', rule: expect.stringContaining('Kommunallagen 23 §') },
    ]);
  });
});

// api.md: every event's date is never after today and never before the filing, and a refusal names the field.
describe('the days an event’s dates may fall on', () => {
  const filedOn = '2026-01-15';
  const today = '2026-06-01';

  it('bounds a meeting by the filing and today', () => {
    expect(eventDateBounds(referral('2026-02-02'), filedOn, today)).toEqual([
      { field: 'meeting.date', date: '2026-02-02', earliest: filedOn, latest: today },
    ]);
  });

  it('bounds a withdrawal’s date likewise', () => {
    expect(
      eventDateBounds({ type: 'WITHDRAW', date: '2026-03-03', requestedBy: 'x' }, filedOn, today),
    ).toEqual([{ field: 'date', date: '2026-03-03', earliest: filedOn, latest: today }]);
  });

  it('lets only a statement’s due date lie ahead, and not before its request', () => {
    expect(
      eventDateBounds(statementRequest('technical', '2026-02-10', '2026-09-30'), filedOn, today),
    ).toEqual([
      { field: 'date', date: '2026-02-10', earliest: filedOn, latest: today },
      { field: 'dueDate', date: '2026-09-30', earliest: '2026-02-10', latest: null },
    ]);
  });

  it('bounds a filing: handed in by today, recorded at a council meeting between then and today', () => {
    expect(filingDateBounds('2026-03-31', '2026-04-02', today)).toEqual([
      { field: 'submittedOn', date: '2026-03-31', earliest: null, latest: today },
      { field: 'filedAt.date', date: '2026-04-02', earliest: '2026-03-31', latest: today },
    ]);
  });

  it.each([
    ['2026-01-15', '2026-01-15', '2026-06-01', true],
    ['2026-06-01', '2026-01-15', '2026-06-01', true],
    ['2026-01-14', '2026-01-15', '2026-06-01', false],
    ['2026-06-02', '2026-01-15', '2026-06-01', false],
    ['1900-01-01', null, '2026-06-01', true],
    ['2200-12-31', '2026-01-15', null, true],
    ['2026-01-14', '2026-01-15', null, false],
    ['2026-06-02', null, '2026-06-01', false],
  ])('%s lies between %s and %s (null: open): %s', (date, earliest, latest, expected) => {
    expect(isWithinBound({ field: 'date', date, earliest, latest })).toBe(expected);
  });
});
