import {
  EVENT_TYPES,
  type EventType,
  type InitiativeKind,
  type IsoDate,
  type Role,
  type RulePackId,
} from './types';

/** What a role may do: every lifecycle event, and filing a new initiative. */
export type Action = EventType | 'FILE_INITIATIVE';

export type Permissions = Readonly<Record<Action, readonly Role[]>>;

export const LANGUAGES = ['fi', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Domain § 9: a city has kaupunginvaltuusto and -hallitus, a municipality kunnanvaltuusto and -hallitus. */
export const WORDINGS = ['kaupunki', 'kunta'] as const;
export type Wording = (typeof WORDINGS)[number];

export interface Bilingual {
  fi: string;
  sv: string;
}

export const FINANCIAL_EFFECTS = ['any', 'with', 'without'] as const;
export type FinancialEffectScope = (typeof FINANCIAL_EFFECTS)[number];

/** Which initiatives a rule is for: a range of signers, a financial effect, kinds of initiative. */
export interface InitiativeScope {
  minSignatories: number;
  /** Null: no upper bound. */
  maxSignatories: number | null;
  financialEffect: FinancialEffectScope;
  kinds: readonly InitiativeKind[];
  /** The hallintosääntö § the rule comes from; null where the rules are cited as a whole. */
  section: number | null;
}

/** Council: the board's answer must be on the council's agenda; answer: a written answer to the first signer. */
export const DEADLINE_RULE_KINDS = ['council', 'answer'] as const;
export type DeadlineRuleKind = (typeof DEADLINE_RULE_KINDS)[number];

export interface DeadlineRule extends InitiativeScope {
  kind: DeadlineRuleKind;
  months: number;
}

/** The day an initiative's age is measured on for the list of year Y. */
export const LAPSE_REFERENCE_DATES = ['endOfYearBeforeList', 'listDueDate'] as const;
export type LapseReferenceDate = (typeof LAPSE_REFERENCE_DATES)[number];

export interface LapseRule {
  years: number;
  measuredAt: LapseReferenceDate;
  section: number | null;
}

/** One version of a municipality's rules, in force from `validFrom` until the next version's. */
export interface RulePack {
  /** The template the version was started from (informational: every rule is in the fields below). */
  template: RulePackId;
  validFrom: IsoDate;
  wording: Wording;
  municipality: Bilingual;
  council: Bilingual;
  board: Bilingual;
  /** The hallintosääntö's name as cited: "Kajaanin hallintosääntö", "Esbo stads förvaltningsstadga". */
  governingRules: Bilingual;
  /** The hallintosääntö § the council cites when it refers an initiative to the board. */
  referralSection: number | null;
  annualList: { dueMonth: number; dueDay: number; section: number | null };
  diaryNumber: {
    defaultPrefix: string;
    /** Tokens: {prefix}, {year}, {seq}, {seq:N} (zero-padded to N digits). */
    template: string;
  };
  /** Initiatives the board may answer without council handling; empty: none. */
  directAnswer: readonly InitiativeScope[];
  deadlines: readonly DeadlineRule[];
  lapse: LapseRule | null;
  /** Days within which the initiator is told how the initiative is handled (met by the referral). */
  acknowledgement: { days: number; section: number | null } | null;
  permissions: Permissions;
}

export const ACTIONS: readonly Action[] = ['FILE_INITIATIVE', ...EVENT_TYPES];

export const DEFAULT_PERMISSIONS: Permissions = {
  FILE_INITIATIVE: ['registrar'],
  REFER_TO_BOARD: ['registrar'],
  REQUEST_STATEMENT: ['registrar'],
  RECORD_STATEMENT: ['committeeSecretary'],
  // Domain § 8.6: an office holder's written answer reaches the registry, which records it.
  RECORD_WRITTEN_STATEMENT: ['registrar'],
  WAIVE_STATEMENT: ['registrar'],
  // Domain § 8.6: the registry refers for measures as it asks for statements.
  REFER_FOR_MEASURES: ['registrar'],
  RECORD_BOARD_DECISION: ['registrar'],
  RECORD_COUNCIL_DECISION: ['registrar'],
  CLOSE_VIA_ANNUAL_LIST: ['registrar'],
  WITHDRAW: ['registrar'],
  DECLARE_LAPSED: ['registrar'],
};

/** The council's and board's names in each wording, as a template starts them. */
export const BODY_NAMES: Readonly<Record<Wording, { council: Bilingual; board: Bilingual }>> = {
  kaupunki: {
    council: { fi: 'Kaupunginvaltuusto', sv: 'Stadsfullmäktige' },
    board: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen' },
  },
  kunta: {
    council: { fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' },
    board: { fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen' },
  },
};

/**
 * Issue 17: an initiative is judged by the version in force on its filing date, the latest that started by then;
 * one filed before the first version is judged by the first.
 */
export function versionInForce<T extends Pick<RulePack, 'validFrom'>>(
  versions: readonly T[],
  date: IsoDate,
): T {
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const first = sorted[0];
  if (!first) throw new Error('A municipality has at least one rule-pack version.');
  return sorted.filter((version) => version.validFrom <= date).at(-1) ?? first;
}

/** The filing days a new version starting on `validFrom` takes over; null: open on that side. */
export interface FilingDays {
  from: IsoDate | null;
  until: IsoDate | null;
}

/**
 * The initiatives a new version judges once added (`versionInForce`): those filed from its start until the next
 * version's; a version starting before every other also takes over those filed before it.
 */
export function filingDaysTakenOver(
  versions: readonly Pick<RulePack, 'validFrom'>[],
  validFrom: IsoDate,
): FilingDays {
  const later = versions
    .map((version) => version.validFrom)
    .filter((day) => day > validFrom)
    .sort();
  const earliest = versions.every((version) => version.validFrom > validFrom);
  return { from: earliest ? null : validFrom, until: later[0] ?? null };
}
