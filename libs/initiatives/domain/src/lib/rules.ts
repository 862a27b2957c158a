import { addDays, addMonths, addYears, compareDates, daysBetween, isoDate, yearOf } from './dates';
import type {
  DeadlineRule,
  DeadlineRuleKind,
  InitiativeScope,
  Language,
  LapseRule,
  RulePack,
} from './rule-packs';
import type { InitiativeEvent, InitiativeFacts, IsoDate } from './types';

export type DeadlineStatus = 'open' | 'met' | 'dueSoon' | 'overdue';

export const DUE_SOON_DAYS = 30;

/** Statement requests are reminded of a week before they are due, and every day they are late. */
export const STATEMENT_REMINDER_DAYS = 7;

/** Kuntalaki 410/2015 23 §: a residents' initiative (≥ 2 % of residents) is taken up by the council within six months. */
const RESIDENT_INITIATIVE_MONTHS = 6;
const RESIDENT_INITIATIVE_RULE: Record<Language, string> = {
  fi: 'Kuntalaki 23 §: valtuuston käsiteltävä kuuden kuukauden kuluessa',
  sv: 'Kommunallagen 23 §: fullmäktige ska behandla initiativet inom sex månader',
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
  if (!seq) throw new Error(`The ${pack.template} diary number template has no {seq}.`);
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

/** How a rule is cited: the hallintosääntö by name, with its § where the pack gives one. */
export function citation(pack: RulePack, section: number | null, language: Language): string {
  return `${pack.governingRules[language]}${section === null ? '' : ` ${section} §`}`;
}

/** Whether a rule's scope (signers, financial effect, kind) takes in the initiative. */
export function isInScope(scope: InitiativeScope, facts: InitiativeFacts): boolean {
  return (
    scope.kinds.includes(facts.kind) &&
    facts.signatoryCount >= scope.minSignatories &&
    (scope.maxSignatories === null || facts.signatoryCount <= scope.maxSignatories) &&
    (scope.financialEffect === 'any' || (scope.financialEffect === 'with') === facts.hasFinancialEffect)
  );
}

/** Espoo: 1–13 signers get a written answer; Helsinki: under 25 signers are answered by the competent body. */
export function isDirectAnswerAllowed(pack: RulePack, facts: InitiativeFacts): boolean {
  // Kuntalaki 23 §: a residents' initiative is always the council's.
  if (facts.kind === 'resident') return false;
  return pack.directAnswer.some((scope) => isInScope(scope, facts));
}

export interface DeadlineOfFiling {
  kind: DeadlineRuleKind;
  dueDate: IsoDate;
  rule: string;
}

function signersText(scope: InitiativeScope, language: Language): string {
  const range =
    scope.maxSignatories === null
      ? `${language === 'fi' ? 'vähintään' : 'minst'} ${scope.minSignatories}`
      : scope.minSignatories === scope.maxSignatories
        ? `${scope.minSignatories}`
        : `${scope.minSignatories}–${scope.maxSignatories}`;
  const effect = {
    any: '',
    with: language === 'fi' ? ', taloudellisia vaikutuksia' : ', ekonomiska konsekvenser',
    without: language === 'fi' ? ', ei taloudellisia vaikutuksia' : ', utan ekonomiska konsekvenser',
  }[scope.financialEffect];
  return `${range} ${language === 'fi' ? 'allekirjoittajaa' : 'undertecknare'}${effect}`;
}

/** A deadline rule as the timeline cites it: "Espoon hallintosääntö: 1–13 allekirjoittajaa, kirjallinen vastaus 6 kk:ssa". */
export function deadlineRuleText(pack: RulePack, rule: DeadlineRule, language: Language): string {
  const what = {
    fi: { council: 'valtuuston käsittelyyn', answer: 'kirjallinen vastaus' },
    sv: { council: 'till fullmäktige', answer: 'skriftligt svar' },
  }[language][rule.kind];
  const within = language === 'fi' ? `${rule.months} kk:ssa` : `inom ${rule.months} mån.`;
  return `${citation(pack, rule.section, language)}: ${signersText(rule, language)}, ${what} ${within}`;
}

/**
 * The deadlines the filing sets, one per kind: the first rule of the pack whose scope takes the initiative in;
 * a residents' initiative has the Kuntalaki's council deadline instead.
 */
export function deadlinesOfFiling(
  pack: RulePack,
  facts: InitiativeFacts,
  language: Language = 'fi',
): DeadlineOfFiling[] {
  if (facts.kind === 'resident') {
    const dueDate = addMonths(facts.submittedOn, RESIDENT_INITIATIVE_MONTHS);
    return [{ kind: 'council', dueDate, rule: RESIDENT_INITIATIVE_RULE[language] }];
  }
  return (['council', 'answer'] as const).flatMap((kind) => {
    const rule = pack.deadlines.find((candidate) => candidate.kind === kind && isInScope(candidate, facts));
    return rule
      ? [
          {
            kind,
            dueDate: addMonths(facts.submittedOn, rule.months),
            rule: deadlineRuleText(pack, rule, language),
          },
        ]
      : [];
  });
}

/** The days the initiator is told of the handling by, where the hallintosääntö sets one. */
export function acknowledgementDueDate(pack: RulePack, facts: InitiativeFacts): IsoDate | null {
  return pack.acknowledgement ? addDays(facts.submittedOn, pack.acknowledgement.days) : null;
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

/** Domain § 9: the day the age is measured on for year Y's list; Turku's is the end of the year before it. */
export function lapseReferenceDate(pack: RulePack, lapse: LapseRule, listYear: number): IsoDate {
  return lapse.measuredAt === 'endOfYearBeforeList'
    ? annualListCutoff(listYear)
    : annualListDueDate(pack, listYear);
}

/** Turku HS 131 §: at least this many years old on the reference day, the initiative lapses unless the council keeps it. */
export function isLapseEligible(lapse: LapseRule, submittedOn: IsoDate, referenceDate: IsoDate): boolean {
  return compareDates(addYears(submittedOn, lapse.years), referenceDate) <= 0;
}

/** Whether the initiative lapses on year Y's list: what the list's preview shows and its decision applies. */
export function lapsesOnList(pack: RulePack, submittedOn: IsoDate, listYear: number): boolean {
  return (
    pack.lapse !== null &&
    isLapseEligible(pack.lapse, submittedOn, lapseReferenceDate(pack, pack.lapse, listYear))
  );
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
