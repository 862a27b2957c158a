import type { BodyKind, DeadlineRule, RulePack } from '@aloite/domain';
import { ok } from './committee-meetings';
import {
  addRulePackVersion,
  municipalityFromTemplate,
  type NewMunicipality,
} from './municipality-from-template';
import type { TestApp } from './test-app';

// Issue 17: Tuusula, Järvenpää, Porvoo and Mikkeli, created by `npm run setup` from a template and then configured
// by their administrators through the API alone. The sections (§) are made up; the due days are domain § 9's.

const COUNCILLORS = ['councillor', 'councilGroup'] as const;

/** The administrators' versions start before anything is filed, so every initiative is judged by them. */
export const CONFIGURED_FROM = '2021-01-01';

const council = (months: number, section: number, scope: Partial<DeadlineRule> = {}): DeadlineRule => ({
  kind: 'council',
  minSignatories: 1,
  maxSignatories: null,
  financialEffect: 'any',
  kinds: COUNCILLORS,
  months,
  section,
  ...scope,
});

const KAUPUNKI = {
  wording: 'kaupunki',
  council: { fi: 'Kaupunginvaltuusto', sv: 'Stadsfullmäktige' },
  board: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen' },
} as const;

export interface NewMunicipalityCase {
  name: string;
  handle: string;
  /** `npm run setup` options but the administrator. */
  setup: string[];
  diaryPrefix: string;
  /** New names (fi, sv) the administrator gives the bodies setup created, or new bodies. */
  renamed?: Partial<Record<'council' | 'board', { name: string; nameSv: string }>>;
  created?: { name: string; nameSv: string; kind: BodyKind }[];
  rules: Partial<RulePack>;
}

export const TUUSULA: NewMunicipalityCase = {
  name: 'Tuusula',
  handle: 'tuusula',
  setup: ['--municipality', 'Tuusula', '--template', 'kunta', '--name-sv', 'Tusby'],
  diaryPrefix: 'TUU',
  rules: {
    wording: 'kunta',
    municipality: { fi: 'Tuusula', sv: 'Tusby' },
    council: { fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' },
    board: { fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen' },
    governingRules: { fi: 'Tuusulan kunnan hallintosääntö', sv: 'Tusby kommuns förvaltningsstadga' },
    referralSection: 134,
    annualList: { dueMonth: 3, dueDay: 31, section: 134 },
    diaryNumber: { defaultPrefix: 'TUU', template: '{prefix}-{year}-{seq:4}' },
    deadlines: [council(6, 134)],
    acknowledgement: { days: 30, section: 134 },
  },
};

/** A city set up from the neutral kunta template: its administrator makes it a kaupunki, bodies and all. */
export const JARVENPAA: NewMunicipalityCase = {
  name: 'Järvenpää',
  handle: 'jarvenpaa',
  setup: ['--municipality', 'Järvenpää', '--template', 'kunta', '--name-sv', 'Träskända'],
  diaryPrefix: 'JPA',
  renamed: {
    council: { name: 'Kaupunginvaltuusto', nameSv: 'Stadsfullmäktige' },
    board: { name: 'Kaupunginhallitus', nameSv: 'Stadsstyrelsen' },
  },
  rules: {
    ...KAUPUNKI,
    governingRules: { fi: 'Järvenpään kaupungin hallintosääntö', sv: 'Träskända stads förvaltningsstadga' },
    referralSection: 98,
    annualList: { dueMonth: 4, dueDay: 30, section: 98 },
    diaryNumber: { defaultPrefix: 'JPA', template: '{prefix}/{year}/{seq}' },
    deadlines: [council(12, 98)],
  },
};

export const MIKKELI: NewMunicipalityCase = {
  name: 'Mikkeli',
  handle: 'mikkeli',
  setup: ['--municipality', 'Mikkeli', '--template', 'kajaani', '--name-sv', 'S:t Michel'],
  diaryPrefix: 'MLI',
  rules: {
    ...KAUPUNKI,
    governingRules: { fi: 'Mikkelin kaupungin hallintosääntö', sv: 'S:t Michels stads förvaltningsstadga' },
    referralSection: 140,
    annualList: { dueMonth: 5, dueDay: 31, section: 140 },
    diaryNumber: { defaultPrefix: 'MLI', template: '{prefix}-{seq:3}/{year}' },
    directAnswer: [
      { minSignatories: 1, maxSignatories: 4, financialEffect: 'any', kinds: COUNCILLORS, section: 140 },
    ],
    deadlines: [
      { ...council(3, 140, { maxSignatories: 4 }), kind: 'answer' },
      council(12, 140, { minSignatories: 5 }),
    ],
  },
};

/** Bilingual, Finnish the majority: bodies named in both languages. */
export const PORVOO: NewMunicipalityCase = {
  name: 'Porvoo',
  handle: 'porvoo',
  setup: [
    ...['--municipality', 'Porvoo', '--template', 'helsinki', '--name-sv', 'Borgå'],
    ...['--language', 'fi', '--second-language', 'sv'],
  ],
  diaryPrefix: 'PRV',
  created: [
    {
      name: 'Kasvatus- ja opetuslautakunta',
      nameSv: 'Nämnden för fostran och utbildning',
      kind: 'committee',
    },
  ],
  rules: {
    ...KAUPUNKI,
    municipality: { fi: 'Porvoo', sv: 'Borgå' },
    governingRules: { fi: 'Porvoon kaupungin hallintosääntö', sv: 'Borgå stads förvaltningsstadga' },
    referralSection: 31,
    annualList: { dueMonth: 10, dueDay: 31, section: 31 },
    diaryNumber: { defaultPrefix: 'PRV', template: '{prefix}/{year}/{seq:3}' },
    directAnswer: [],
    deadlines: [council(6, 31, { financialEffect: 'without' }), council(9, 31, { financialEffect: 'with' })],
  },
};

/** The setup, then everything else as its administrator does it through the API. */
export async function configuredMunicipality(
  api: TestApp,
  { handle, setup, diaryPrefix, renamed = {}, created = [], rules }: NewMunicipalityCase,
): Promise<NewMunicipality> {
  const municipality = await municipalityFromTemplate(api, handle, setup);
  const { admin } = municipality;
  for (const kind of ['council', 'board'] as const) {
    const names = renamed[kind];
    if (names) await ok(admin('PATCH', `/api/bodies/${municipality[kind]}`, names));
  }
  for (const body of created) await ok(admin('POST', '/api/bodies', body), 201);
  const current = await ok(admin('GET', '/api/municipality'));
  await ok(admin('PUT', '/api/municipality', { name: current.name, diaryPrefix }));
  await ok(addRulePackVersion(admin, { ...rules, validFrom: CONFIGURED_FROM }), 201);
  return municipality;
}
