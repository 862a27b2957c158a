import type { EventType, Role, RulePackId } from './types';

/** What a role may do: every lifecycle event, and filing a new initiative. */
export type Action = EventType | 'FILE_INITIATIVE';

export type Permissions = Readonly<Record<Action, readonly Role[]>>;

export interface CouncilDeadlineRule {
  minSignatories: number;
  maxSignatories: number | null;
  /** Only initiatives without a financial effect (Espoo). */
  onlyWithoutFinancialEffect: boolean;
  months: number;
  rule: string;
}

export interface RulePack {
  id: RulePackId;
  municipality: string;
  diaryNumber: {
    defaultPrefix: string;
    /** Tokens: {prefix}, {year}, {seq}, {seq:N} (zero-padded to N digits). */
    template: string;
  };
  /** The hallintosääntö § the council cites when it refers an initiative to the board. */
  referralSection: number | null;
  annualList: { dueMonth: number; dueDay: number; rule: string };
  /** Initiatives with at most this many signers may be answered without council handling. */
  directAnswer: { maxSignatories: number; rule: string } | null;
  councilDeadlines: readonly CouncilDeadlineRule[];
  lapse: { years: number; rule: string } | null;
  permissions: Permissions;
}

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

const kajaani: RulePack = {
  id: 'kajaani',
  municipality: 'Kajaani',
  diaryNumber: { defaultPrefix: 'KAJDno', template: '{prefix}-{year}-{seq}' },
  referralSection: 119,
  annualList: { dueMonth: 3, dueDay: 31, rule: 'Kajaanin hallintosääntö 119 §' },
  directAnswer: null,
  councilDeadlines: [],
  lapse: null,
  permissions: DEFAULT_PERMISSIONS,
};

// Espoo and Helsinki give the annual list "yearly" without a fixed day; end of March is the common practice.
const espoo: RulePack = {
  id: 'espoo',
  municipality: 'Espoo',
  diaryNumber: { defaultPrefix: 'ESP', template: '{prefix}/{seq}/{year}' },
  referralSection: null,
  annualList: { dueMonth: 3, dueDay: 31, rule: 'Espoon hallintosääntö' },
  directAnswer: {
    maxSignatories: 13,
    rule: 'Espoon hallintosääntö: 1–13 allekirjoittajaa, kirjallinen vastaus',
  },
  councilDeadlines: [
    {
      minSignatories: 14,
      maxSignatories: null,
      onlyWithoutFinancialEffect: true,
      months: 6,
      rule: 'Espoon hallintosääntö: vähintään 14 allekirjoittajaa, valtuuston käsittelyyn 6 kk:ssa',
    },
    {
      minSignatories: 1,
      maxSignatories: 13,
      onlyWithoutFinancialEffect: false,
      months: 6,
      rule: 'Espoon hallintosääntö: 1–13 allekirjoittajaa, kirjallinen vastaus 6 kk:ssa',
    },
  ],
  lapse: null,
  permissions: DEFAULT_PERMISSIONS,
};

const helsinki: RulePack = {
  id: 'helsinki',
  municipality: 'Helsinki',
  diaryNumber: { defaultPrefix: 'HEL', template: '{prefix} {year}-{seq:6}' },
  referralSection: null,
  annualList: { dueMonth: 3, dueDay: 31, rule: 'Helsingin hallintosääntö' },
  directAnswer: {
    maxSignatories: 24,
    rule: 'Helsingin hallintosääntö: alle 25 allekirjoittajaa, toimivaltainen toimielin vastaa',
  },
  councilDeadlines: [],
  lapse: null,
  permissions: DEFAULT_PERMISSIONS,
};

const turku: RulePack = {
  id: 'turku',
  municipality: 'Turku',
  diaryNumber: { defaultPrefix: 'TKU', template: '{seq}-{year}' },
  referralSection: 131,
  annualList: { dueMonth: 3, dueDay: 31, rule: 'Turun hallintosääntö 131 §' },
  directAnswer: null,
  councilDeadlines: [],
  lapse: { years: 4, rule: 'Turun hallintosääntö 131 §: yli neljä vuotta vanhat aloitteet raukeavat' },
  permissions: DEFAULT_PERMISSIONS,
};

export const RULE_PACKS: Readonly<Record<RulePackId, RulePack>> = { kajaani, espoo, helsinki, turku };

export const DEFAULT_RULE_PACK: RulePackId = 'kajaani';
