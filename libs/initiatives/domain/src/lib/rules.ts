import { addMonths, addYears, compareDates, daysBetween, isoDate, yearOf } from './dates';
import type { CouncilDeadlineRule, RulePack } from './rule-packs';
import type { InitiativeEvent, InitiativeFacts, IsoDate } from './types';

export type DeadlineStatus = 'open' | 'met' | 'dueSoon' | 'overdue';

export const DUE_SOON_DAYS = 30;

/** Statement requests are reminded of a week before they are due, and every day they are late. */
export const STATEMENT_REMINDER_DAYS = 7;

/** Kuntalaki 410/2015 23 §: a residents' initiative (≥ 2 % of residents) is taken up by the council within six months. */
const RESIDENT_INITIATIVE_RULE: CouncilDeadlineRule = {
  minSignatories: 1,
  maxSignatories: null,
  onlyWithoutFinancialEffect: false,
  months: 6,
  rule: 'Kuntalaki 23 §: valtuuston käsiteltävä kuuden kuukauden kuluessa',
};

/** A diary number as the text around its sequence number, which is drawn where the initiative is stored. */
export interface DiaryNumberPattern {
  before: string;
  /** Zero-padded to this many digits; 0: as it is. */
  width: number;
  after: string;
}

export function diaryNumberPattern(pack: RulePack, year: number, prefix?: string): DiaryNumberPattern {
  const template = pack.diaryNumber.template
    .replace('{prefix}', prefix ?? pack.diaryNumber.defaultPrefix)
    .replace('{year}', String(year));
  const seq = /\{seq(?::(\d+))?\}/.exec(template);
  if (!seq) throw new Error(`The ${pack.id} diary number template has no {seq}.`);
  return {
    before: template.slice(0, seq.index),
    width: seq[1] ? Number(seq[1]) : 0,
    after: template.slice(seq.index + seq[0].length),
  };
}

export function formatDiaryNumber(pack: RulePack, year: number, sequence: number, prefix?: string): string {
  const { before, width, after } = diaryNumberPattern(pack, year, prefix);
  return `${before}${String(sequence).padStart(width, '0')}${after}`;
}

export function deadlineStatus(dueDate: IsoDate, metOn: IsoDate | null, today: IsoDate): DeadlineStatus {
  if (metOn !== null) return 'met';
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'dueSoon' : 'open';
}

/** Espoo: 1–13 signers get a written answer; Helsinki: under 25 signers are answered by the competent body. */
export function isDirectAnswerAllowed(pack: RulePack, facts: InitiativeFacts): boolean {
  if (!pack.directAnswer || facts.kind === 'resident') return false;
  return facts.signatoryCount <= pack.directAnswer.maxSignatories;
}

export function councilDeadlineRule(pack: RulePack, facts: InitiativeFacts): CouncilDeadlineRule | null {
  if (facts.kind === 'resident') return RESIDENT_INITIATIVE_RULE;
  return (
    pack.councilDeadlines.find(
      (rule) =>
        facts.signatoryCount >= rule.minSignatories &&
        (rule.maxSignatories === null || facts.signatoryCount <= rule.maxSignatories) &&
        !(rule.onlyWithoutFinancialEffect && facts.hasFinancialEffect),
    ) ?? null
  );
}

export function councilDeadline(
  pack: RulePack,
  facts: InitiativeFacts,
): { dueDate: IsoDate; rule: string } | null {
  const rule = councilDeadlineRule(pack, facts);
  return rule ? { dueDate: addMonths(facts.submittedOn, rule.months), rule: rule.rule } : null;
}

/** Kuntalaki 23 § and the hallintosääntö: the board lists unfinished initiatives to the council by this day. */
export function annualListDueDate(pack: RulePack, listYear: number): IsoDate {
  return isoDate(listYear, pack.annualList.dueMonth, pack.annualList.dueDay);
}

/** The last day an initiative may be filed to be on year Y's list: 31.12. of Y − 1. */
export function annualListCutoff(listYear: number): IsoDate {
  return isoDate(listYear - 1, 12, 31);
}

/** Year Y's list: filed by 31.12. of Y − 1 and not finally handled at that date. */
export function isOnAnnualList(listYear: number, submittedOn: IsoDate, finalOn: IsoDate | null): boolean {
  const cutoff = annualListCutoff(listYear);
  return compareDates(submittedOn, cutoff) <= 0 && (finalOn === null || compareDates(finalOn, cutoff) > 0);
}

/**
 * Turku HS 131 §: four years old at the end of the year before the list (domain.md § 9: on the 2020 list, those filed
 * in 2015 or earlier), the initiative lapses unless the council decides otherwise. The list is that of `onDate`'s year.
 */
export function isLapseEligible(pack: RulePack, submittedOn: IsoDate, onDate: IsoDate): boolean {
  if (!pack.lapse) return false;
  return compareDates(addYears(submittedOn, pack.lapse.years), annualListCutoff(yearOf(onDate))) <= 0;
}

export function isListYearOpen(listYear: number, decidedOn: IsoDate): boolean {
  return yearOf(decidedOn) >= listYear;
}

/** A date a request carries and the days it may fall on; null: no bound on that side. */
export interface DateBound {
  field: string;
  date: IsoDate;
  earliest: IsoDate | null;
  latest: IsoDate | null;
  /** The earliest is the day of a meeting (domain § 8.3), not of the initiative's filing or request. */
  sinceMeeting?: boolean;
}

/**
 * Domain § 6.3: nothing is recorded before the initiative was filed (its submittedOn, the day every deadline counts
 * from) nor dated after today; only a due date lies ahead, and not before its request.
 */
export function eventDateBounds(event: InitiativeEvent, filedOn: IsoDate, today: IsoDate): DateBound[] {
  if ('meeting' in event)
    return [{ field: 'meeting.date', date: event.meeting.date, earliest: filedOn, latest: today }];
  const happened: DateBound = { field: 'date', date: event.date, earliest: filedOn, latest: today };
  const dueDate =
    event.type === 'REQUEST_STATEMENT' || event.type === 'REFER_FOR_MEASURES' ? event.dueDate : undefined;
  if (dueDate === undefined) return [happened];
  return [happened, { field: 'dueDate', date: dueDate, earliest: event.date, latest: null }];
}

/**
 * An initiative is handed in by today, and the council meeting that recorded it was held then or
 * later, by today; every deadline counts from these dates, so a future or earlier one would skew them all.
 */
export function filingDateBounds(submittedOn: IsoDate, filedAtDate: IsoDate, today: IsoDate): DateBound[] {
  return [
    { field: 'submittedOn', date: submittedOn, earliest: null, latest: today },
    { field: 'filedAt.date', date: filedAtDate, earliest: submittedOn, latest: today },
  ];
}

/** A bound's reason is the rule that made it (above); null sides are open, and the ends are allowed days. */
export function isWithinBound({ date, earliest, latest }: DateBound): boolean {
  return (
    (earliest === null || compareDates(date, earliest) >= 0) &&
    (latest === null || compareDates(date, latest) <= 0)
  );
}
