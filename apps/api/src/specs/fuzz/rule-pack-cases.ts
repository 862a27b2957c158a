import { ACTIONS, ROLES, RULE_PACK_IDS } from '@aloite/domain';
import { endpointCase, once, pick, type EndpointCase } from './endpoint-case';
import { LIMITS, padded, text } from './largest-values';
import { LAPSING_FILED_ON, TODAY, type Targets } from './targets';

// Issue 17's rule-pack endpoints: a version previewed (what-if) and added, and new rules started from a template
// on PUT /api/municipality. Every twin is a whole valid version, so every mutation reaches the rule-pack reader.

/** The reader's limits (issue 17): names, list items, the diary-number prefix and template. */
const RULE_PACK_LIMITS = { items: 20, prefix: 20, template: 60 } as const;
/** Added versions start on days of their own from here on, after every filing: they take nothing over. */
const FIRST_ADDED_DAY = Date.UTC(2027, 0, 1);
const DAY = 86_400_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a rule pack as JSON, changed field by field
type Pack = Record<string, any>;

const scope = (kind: string, minSignatories: number, maxSignatories: number | null) => ({
  kind,
  minSignatories,
  maxSignatories,
  financialEffect: 'any',
  kinds: ['councillor', 'councilGroup'],
  months: 60,
  section: 9999,
});

/** Every field at its largest: 200-character names, 20 rules of each list, every role for every action. */
function largestVersion(pack: Pack): Pack {
  const name = (tag: string) => ({ fi: text(LIMITS.name, tag), sv: text(LIMITS.name, tag) });
  // Ten council and ten answer deadlines on disjoint signer ranges: 1–10, 11–20, …, 91 or more.
  const ranges = Array.from({ length: RULE_PACK_LIMITS.items / 2 }, (_, index) => [
    index * 10 + 1,
    index === RULE_PACK_LIMITS.items / 2 - 1 ? null : index * 10 + 10,
  ]) as [number, number | null][];
  return {
    ...pack,
    municipality: name('Kunta '),
    council: name('Valtuusto '),
    board: name('Hallitus '),
    governingRules: name('Hallintosääntö '),
    referralSection: 9999,
    diaryNumber: {
      defaultPrefix: padded('K', RULE_PACK_LIMITS.prefix, 'D'),
      template: padded('{prefix}-{year}-{seq:9}', RULE_PACK_LIMITS.template, '-'),
    },
    directAnswer: Array.from({ length: RULE_PACK_LIMITS.items }, (_, index) => {
      const { kind: _kind, months: _months, ...rest } = scope('answer', index + 1, null);
      return rest;
    }),
    deadlines: ranges.flatMap(([min, max]) => [scope('council', min, max), scope('answer', min, max)]),
    lapse: { years: 20, measuredAt: 'listDueDate', section: 9999 },
    acknowledgement: { days: 365, section: 9999 },
    permissions: Object.fromEntries(ACTIONS.map((action) => [action, [...ROLES]])),
  };
}

/** Porvoo-like: a kunta's wording, the list due at the end of October, a zero-padded number, a lapse rule. */
const customised = (pack: Pack): Pack => ({
  ...pack,
  wording: 'kunta',
  municipality: { fi: 'Porvoo', sv: 'Borgå' },
  annualList: { dueMonth: 10, dueDay: 31, section: 12 },
  diaryNumber: { defaultPrefix: 'PRV', template: '{prefix}-{year}-{seq:4}' },
  lapse: { years: 4, measuredAt: 'endOfYearBeforeList', section: 131 },
  acknowledgement: { days: 30, section: 5 },
});

export function rulePackCases(targets: Targets): EndpointCase[] {
  const { token } = targets;
  const templates = once(async () => {
    const listed = (await targets.call('GET', '/api/municipality/rule-packs/templates')) as {
      id: string;
      rules: Pack;
    }[];
    return new Map(listed.map(({ id, rules }) => [id, rules]));
  });
  const version = async (validFrom: string, largest: boolean, round: number) => {
    const pack = { ...(await templates()).get(pick(RULE_PACK_IDS, round)), validFrom };
    return largest ? largestVersion(pack) : round % 2 === 1 ? customised(pack) : pack;
  };
  let added = 0;
  const nextDay = () => new Date(FIRST_ADDED_DAY + added++ * DAY).toISOString().slice(0, 10);

  return [
    endpointCase<Pack>({
      name: 'POST /api/municipality/rule-packs/preview',
      // What Kajaani's rules without a lapse would change for the lapsing initiatives, or a version to come.
      prepare: (largest, round) => version(round % 3 === 0 ? LAPSING_FILED_ON : nextDay(), largest, round),
      twin: (pack) => ({ method: 'POST', route: '/api/municipality/rule-packs/preview', body: pack, token }),
    }),
    endpointCase<Pack>({
      name: 'POST /api/municipality/rule-packs',
      prepare: (largest, round) => version(nextDay(), largest, round),
      twin: (pack) => ({ method: 'POST', route: '/api/municipality/rule-packs', body: pack, token }),
    }),
    endpointCase<string>({
      name: 'PUT /api/municipality (rules from a template)',
      // Another template starts new rules today, once: after that, today's rules are kept.
      prepare: async (_, round) => {
        const { rulePack, rulePackValidFrom } = await targets.call('GET', '/api/municipality');
        if (rulePackValidFrom === TODAY) return rulePack as string;
        return pick(
          RULE_PACK_IDS.filter((id) => id !== rulePack),
          round,
        );
      },
      twin: (rulePack, largest) => ({
        method: 'PUT',
        route: '/api/municipality',
        body: {
          name: largest ? text(LIMITS.name, 'Kajaani ') : 'Kajaani',
          rulePack,
          diaryPrefix: 'KAJDno',
          language: 'fi',
          secondLanguage: largest ? 'sv' : null,
        },
        token,
      }),
    }),
  ];
}
