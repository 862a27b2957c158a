import { DATE_YEARS, isoDate } from './dates';
import { BODY_NAMES, DEFAULT_PERMISSIONS, type Bilingual, type RulePack } from './rule-packs';
import type { RulePackId } from './types';

const FROM_THE_START = isoDate(DATE_YEARS.first, 1, 1);
const COUNCILLORS = ['councillor', 'councilGroup'] as const;

// Kajaanin hallintosääntö 119 §: referral to the board and the list by the end of March.
const kajaani: RulePack = {
  template: 'kajaani',
  validFrom: FROM_THE_START,
  wording: 'kaupunki',
  municipality: { fi: 'Kajaani', sv: 'Kajana' },
  ...BODY_NAMES.kaupunki,
  governingRules: { fi: 'Kajaanin hallintosääntö', sv: 'Kajana stads förvaltningsstadga' },
  referralSection: 119,
  annualList: { dueMonth: 3, dueDay: 31, section: 119 },
  diaryNumber: { defaultPrefix: 'KAJDno', template: '{prefix}-{year}-{seq}' },
  directAnswer: [],
  deadlines: [],
  lapse: null,
  acknowledgement: null,
  permissions: DEFAULT_PERMISSIONS,
};

// Espoo and Helsinki give the annual list "yearly" without a fixed day; end of March is the common practice.
const espoo: RulePack = {
  template: 'espoo',
  validFrom: FROM_THE_START,
  wording: 'kaupunki',
  municipality: { fi: 'Espoo', sv: 'Esbo' },
  ...BODY_NAMES.kaupunki,
  governingRules: { fi: 'Espoon hallintosääntö', sv: 'Esbo stads förvaltningsstadga' },
  referralSection: null,
  annualList: { dueMonth: 3, dueDay: 31, section: null },
  diaryNumber: { defaultPrefix: 'ESP', template: '{prefix}/{seq}/{year}' },
  directAnswer: [
    { minSignatories: 1, maxSignatories: 13, financialEffect: 'any', kinds: COUNCILLORS, section: null },
  ],
  deadlines: [
    {
      kind: 'council',
      minSignatories: 14,
      maxSignatories: null,
      financialEffect: 'without',
      kinds: COUNCILLORS,
      months: 6,
      section: null,
    },
    {
      kind: 'answer',
      minSignatories: 1,
      maxSignatories: 13,
      financialEffect: 'any',
      kinds: COUNCILLORS,
      months: 6,
      section: null,
    },
  ],
  lapse: null,
  acknowledgement: null,
  permissions: DEFAULT_PERMISSIONS,
};

const helsinki: RulePack = {
  template: 'helsinki',
  validFrom: FROM_THE_START,
  wording: 'kaupunki',
  municipality: { fi: 'Helsinki', sv: 'Helsingfors' },
  ...BODY_NAMES.kaupunki,
  governingRules: { fi: 'Helsingin hallintosääntö', sv: 'Helsingfors stads förvaltningsstadga' },
  referralSection: null,
  annualList: { dueMonth: 3, dueDay: 31, section: null },
  diaryNumber: { defaultPrefix: 'HEL', template: '{prefix} {year}-{seq:6}' },
  directAnswer: [
    { minSignatories: 1, maxSignatories: 24, financialEffect: 'any', kinds: COUNCILLORS, section: null },
  ],
  deadlines: [],
  lapse: null,
  acknowledgement: null,
  permissions: DEFAULT_PERMISSIONS,
};

// Turun hallintosääntö 131 §: the list, and the lapse of initiatives over four years old.
const turku: RulePack = {
  template: 'turku',
  validFrom: FROM_THE_START,
  wording: 'kaupunki',
  municipality: { fi: 'Turku', sv: 'Åbo' },
  ...BODY_NAMES.kaupunki,
  governingRules: { fi: 'Turun hallintosääntö', sv: 'Åbo stads förvaltningsstadga' },
  referralSection: 131,
  annualList: { dueMonth: 3, dueDay: 31, section: 131 },
  diaryNumber: { defaultPrefix: 'TKU', template: '{seq}-{year}' },
  directAnswer: [],
  deadlines: [],
  lapse: { years: 4, measuredAt: 'endOfYearBeforeList', section: 131 },
  acknowledgement: null,
  permissions: DEFAULT_PERMISSIONS,
};

/** A municipality (kunta) with no rules beyond the Kuntalaki: the start for any of the other 300. */
const kunta: RulePack = {
  template: 'kunta',
  validFrom: FROM_THE_START,
  wording: 'kunta',
  municipality: { fi: 'Kunta', sv: 'Kommunen' },
  ...BODY_NAMES.kunta,
  governingRules: { fi: 'Hallintosääntö', sv: 'Förvaltningsstadgan' },
  referralSection: null,
  annualList: { dueMonth: 3, dueDay: 31, section: null },
  diaryNumber: { defaultPrefix: 'DNO', template: '{prefix}-{year}-{seq:4}' },
  directAnswer: [],
  deadlines: [],
  lapse: null,
  acknowledgement: null,
  permissions: DEFAULT_PERMISSIONS,
};

/** The rules an administrator starts a municipality from. */
export const TEMPLATES: Readonly<Record<RulePackId, RulePack>> = { kajaani, espoo, helsinki, turku, kunta };

export const DEFAULT_TEMPLATE: RulePackId = 'kajaani';

/**
 * A template as another municipality's first version: its names in place of the template city's, and its
 * hallintosääntö cited without the city's name until the administrator names it.
 */
export function templateFor(id: RulePackId, municipality: Bilingual): RulePack {
  const template = TEMPLATES[id];
  if (template.municipality.fi === municipality.fi) return template;
  return { ...template, municipality, governingRules: kunta.governingRules };
}
