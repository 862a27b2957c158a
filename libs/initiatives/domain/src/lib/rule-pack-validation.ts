import { daysInMonth, isIsoDate } from './dates';
import {
  ACTIONS,
  DEADLINE_RULE_KINDS,
  FINANCIAL_EFFECTS,
  LAPSE_REFERENCE_DATES,
  WORDINGS,
  type Action,
  type Bilingual,
  type DeadlineRule,
  type InitiativeScope,
  type LapseRule,
  type Permissions,
  type RulePack,
} from './rule-packs';
import { INITIATIVE_KINDS, ROLES, RULE_PACK_IDS, type Role } from './types';
import { ROOT, Reader, all, at, item, whole, type Range, type RulePackError } from './rule-pack-reader';

export type RulePackParse = { ok: true; pack: RulePack } | { ok: false; errors: RulePackError[] };

const LIMITS = {
  prefix: 20,
  template: 60,
  // More than Finland's largest municipality has residents.
  signatories: 1_000_000,
} as const;
const RANGES = {
  section: [1, 9999],
  month: [1, 12],
  day: [1, 31],
  months: [1, 60],
  years: [1, 20],
  days: [1, 365],
} as const;

const [COMMON_YEAR, LEAP_YEAR] = [2025, 2028];
const PREFIX = /^[A-Za-z0-9ÅÄÖåäö.-]+$/;
const TEMPLATE_PART = /\{[^{}]*\}|[{}]/g;
const TEMPLATE_TOKEN = /^\{(?:(prefix|year)|(seq)(?::[1-9])?)\}$/;

function bilingual(r: Reader, value: unknown, field: string): Bilingual | undefined {
  const v = r.record(value, field, ['fi', 'sv']);
  return v && whole<Bilingual>({ fi: r.text(v.fi, at(field, 'fi')), sv: r.text(v.sv, at(field, 'sv')) });
}

const section = (r: Reader, value: unknown, field: string) =>
  r.nullable(value, (present) => r.integer(present, field, RANGES.section));

/** A date every year has, since the list falls due each year (29.2. only one year in four). */
function annualList(r: Reader, value: unknown): RulePack['annualList'] | undefined {
  const v = r.record(value, 'annualList', ['dueMonth', 'dueDay', 'section']);
  if (!v) return undefined;
  const dueMonth = r.integer(v.dueMonth, 'annualList.dueMonth', RANGES.month);
  let dueDay = r.integer(v.dueDay, 'annualList.dueDay', RANGES.day);
  const lastDay = dueMonth && Math.min(daysInMonth(COMMON_YEAR, dueMonth), daysInMonth(LEAP_YEAR, dueMonth));
  if (dueDay && lastDay && dueDay > lastDay) {
    const date = `${dueDay}.${dueMonth}.`;
    const why = dueDay === 29 ? `${date} is missing in three years of four` : `${date} does not exist`;
    const message = `${why}. Choose a day from 1 to ${lastDay}.`;
    const params = { dueDay, dueMonth, lastDay };
    dueDay = r.refuse('annualList.dueDay', 'NOT_A_DAY_OF_EVERY_YEAR', message, params);
  }
  return whole({ dueMonth, dueDay, section: section(r, v.section, 'annualList.section') });
}

// The sequence is drawn per year (rules.ts diaryNumberPattern), so a number without its year would repeat.
function diaryTemplate(r: Reader, value: unknown, field: string): string | undefined {
  const template = r.text(value, field, LIMITS.template);
  if (template === undefined) return undefined;
  const before = r.errors.length;
  const counts = { prefix: 0, year: 0, seq: 0 };
  for (const [part] of template.matchAll(TEMPLATE_PART)) {
    const token = TEMPLATE_TOKEN.exec(part);
    const name = (token?.[1] ?? token?.[2]) as keyof typeof counts | undefined;
    if (name) counts[name] += 1;
    else {
      const message = `Remove “${part}”: use only {prefix}, {year}, {seq} or {seq:N} (N 1–9).`;
      r.refuse(field, 'TEMPLATE_UNKNOWN_TOKEN', message, { token: part });
    }
  }
  for (const [name, count] of Object.entries(counts)) {
    if (count > 1)
      r.refuse(field, 'TEMPLATE_TOKEN_REPEATED', `Use {${name}} only once.`, { token: `{${name}}` });
  }
  if (counts.seq === 0)
    r.refuse(field, 'TEMPLATE_WITHOUT_SEQ', 'Add {seq} (or {seq:N}): the running number.');
  if (counts.year === 0)
    r.refuse(field, 'TEMPLATE_WITHOUT_YEAR', 'Add {year}: numbers start again each year.');
  return r.errors.length === before ? template : undefined;
}

function diaryNumber(r: Reader, value: unknown): RulePack['diaryNumber'] | undefined {
  const v = r.record(value, 'diaryNumber', ['defaultPrefix', 'template']);
  if (!v) return undefined;
  const field = 'diaryNumber.defaultPrefix';
  let defaultPrefix = r.text(v.defaultPrefix, field, LIMITS.prefix);
  if (defaultPrefix !== undefined && !PREFIX.test(defaultPrefix)) {
    defaultPrefix = r.refuse(
      field,
      'INVALID_PREFIX',
      'Use only letters, digits, dots and hyphens, without spaces.',
    );
  }
  return whole({ defaultPrefix, template: diaryTemplate(r, v.template, 'diaryNumber.template') });
}

const SCOPE_KEYS = ['minSignatories', 'maxSignatories', 'financialEffect', 'kinds', 'section'] as const;

function scope(r: Reader, v: Record<(typeof SCOPE_KEYS)[number], unknown>, field: string) {
  const signers: Range = [1, LIMITS.signatories];
  const minSignatories = r.integer(v.minSignatories, at(field, 'minSignatories'), signers);
  const maxField = at(field, 'maxSignatories');
  let maxSignatories = r.nullable(v.maxSignatories, (present) => r.integer(present, maxField, signers));
  if (minSignatories && maxSignatories && maxSignatories < minSignatories) {
    const message = `Enter at least ${minSignatories}, the smallest number of signers, or leave it empty.`;
    maxSignatories = r.refuse(maxField, 'MAX_BELOW_MIN', message, { min: minSignatories });
  }
  const kindsField = at(field, 'kinds');
  let kinds = r.set(v.kinds, kindsField, INITIATIVE_KINDS, true);
  // Kuntalaki 23 §: the council takes up a residents' initiative within six months, whatever the municipality.
  const resident = kinds?.indexOf('resident') ?? -1;
  if (resident >= 0) {
    kinds = r.refuse(
      item(kindsField, resident),
      'RESIDENT_INITIATIVE_IN_SCOPE',
      'Remove “resident”: the council handles a residents’ initiative within six months by law.',
    );
  }
  return whole<InitiativeScope>({
    minSignatories,
    maxSignatories,
    financialEffect: r.oneOf(v.financialEffect, at(field, 'financialEffect'), FINANCIAL_EFFECTS),
    kinds,
    section: section(r, v.section, at(field, 'section')),
  });
}

function directAnswer(r: Reader, value: unknown, field: string): InitiativeScope | undefined {
  const v = r.record(value, field, SCOPE_KEYS);
  return v && scope(r, v, field);
}

function deadline(r: Reader, value: unknown, field: string): DeadlineRule | undefined {
  const v = r.record(value, field, [...SCOPE_KEYS, 'kind', 'months']);
  if (!v) return undefined;
  const kind = r.oneOf(v.kind, at(field, 'kind'), DEADLINE_RULE_KINDS);
  const months = r.integer(v.months, at(field, 'months'), RANGES.months);
  const inScope = scope(r, v, field);
  return inScope && kind && months ? { kind, ...inScope, months } : undefined;
}

/** Two rules of one kind that could both take an initiative in would give it two deadlines. */
function overlap(a: DeadlineRule, b: DeadlineRule): string | null {
  const lowest = Math.max(a.minSignatories, b.minSignatories);
  const highest = Math.min(a.maxSignatories ?? Infinity, b.maxSignatories ?? Infinity);
  const effects =
    a.financialEffect === 'any' || b.financialEffect === 'any' || a.financialEffect === b.financialEffect;
  const kinds = a.kinds.filter((kind) => b.kinds.includes(kind));
  if (a.kind !== b.kind || !effects || kinds.length === 0 || lowest > highest) return null;
  return `${kinds.join(', ')} with ${highest === Infinity ? `${lowest} or more` : `${lowest}–${highest}`} signers`;
}

function checkOverlaps(r: Reader, rules: readonly (DeadlineRule | undefined)[]): void {
  rules.forEach((second, j) =>
    rules.slice(0, j).forEach((first, i) => {
      const shared = first && second && overlap(first, second);
      if (!shared) return;
      r.refuse(
        item('deadlines', j),
        'SIGNER_RANGES_OVERLAP',
        `Deadline rules ${i + 1} and ${j + 1} both set the ${second.kind} deadline for ${shared}: ` +
          'change their signer ranges, financial effects or kinds so that they do not overlap.',
        { first: i, second: j },
      );
    }),
  );
}

function lapse(r: Reader, value: unknown): LapseRule | undefined {
  const v = r.record(value, 'lapse', ['years', 'measuredAt', 'section']);
  return (
    v &&
    whole<LapseRule>({
      years: r.integer(v.years, 'lapse.years', RANGES.years),
      measuredAt: r.oneOf(v.measuredAt, 'lapse.measuredAt', LAPSE_REFERENCE_DATES),
      section: section(r, v.section, 'lapse.section'),
    })
  );
}

function acknowledgement(r: Reader, value: unknown): RulePack['acknowledgement'] | undefined {
  const v = r.record(value, 'acknowledgement', ['days', 'section']);
  return (
    v &&
    whole({
      days: r.integer(v.days, 'acknowledgement.days', RANGES.days),
      section: section(r, v.section, 'acknowledgement.section'),
    })
  );
}

/** Every action needs a role; declaring lapse only where the pack has a lapse rule. */
function permissions(
  r: Reader,
  value: unknown,
  lapseRule: LapseRule | null | undefined,
): Permissions | undefined {
  const v = r.record(value, 'permissions', ACTIONS);
  if (!v) return undefined;
  const roles = ACTIONS.map((action) => {
    const field = at('permissions', action);
    const read = r.set(v[action], field, ROLES, false);
    const needed = action !== 'DECLARE_LAPSED' || Boolean(lapseRule);
    if (read?.length !== 0 || !needed) return read;
    return r.refuse(field, 'ACTION_WITHOUT_ROLE', 'Give at least one role that may do this.', { action });
  });
  const byAction = Object.fromEntries(ACTIONS.map((action, index) => [action, roles[index]]));
  return whole<Permissions>(byAction as Record<Action, Role[] | undefined>);
}

const PACK_KEYS = [
  'template',
  'validFrom',
  'wording',
  'municipality',
  'council',
  'board',
  'governingRules',
  'referralSection',
  'annualList',
  'diaryNumber',
  'directAnswer',
  'deadlines',
  'lapse',
  'acknowledgement',
  'permissions',
] as const;

function rulePack(r: Reader, input: unknown): RulePack | undefined {
  // Below the root, undefined stands for a field already reported missing; the root has no parent to report it.
  const v = r.record(input ?? null, ROOT, PACK_KEYS);
  if (!v) return undefined;
  const validFrom = typeof v.validFrom === 'string' && isIsoDate(v.validFrom) ? v.validFrom : undefined;
  if (v.validFrom !== undefined && validFrom === undefined) {
    r.refuse('validFrom', 'NOT_A_DATE', 'Enter a real date as YYYY-MM-DD, between 1900 and 2200.');
  }
  // Read in the fields' order, so that the errors come in the order a form shows the fields.
  const read = {
    template: r.oneOf(v.template, 'template', RULE_PACK_IDS),
    validFrom,
    wording: r.oneOf(v.wording, 'wording', WORDINGS),
    municipality: bilingual(r, v.municipality, 'municipality'),
    council: bilingual(r, v.council, 'council'),
    board: bilingual(r, v.board, 'board'),
    governingRules: bilingual(r, v.governingRules, 'governingRules'),
    referralSection: section(r, v.referralSection, 'referralSection'),
    annualList: annualList(r, v.annualList),
    diaryNumber: diaryNumber(r, v.diaryNumber),
    directAnswer: all(r.items(v.directAnswer, 'directAnswer', (it, field) => directAnswer(r, it, field))),
  };
  const deadlines = r.items(v.deadlines, 'deadlines', (it, field) => deadline(r, it, field));
  if (deadlines) checkOverlaps(r, deadlines);
  const lapseRule = r.nullable(v.lapse, (present) => lapse(r, present));
  return whole<RulePack>({
    ...read,
    deadlines: all(deadlines),
    lapse: lapseRule,
    acknowledgement: r.nullable(v.acknowledgement, (present) => acknowledgement(r, present)),
    permissions: permissions(r, v.permissions, lapseRule),
  });
}

/** Issue 17: an administrator's rule-pack version, every impossible combination refused with its field named. */
export function parseRulePack(input: unknown): RulePackParse {
  const reader = new Reader();
  const pack = rulePack(reader, input);
  return pack && reader.errors.length === 0 ? { ok: true, pack } : { ok: false, errors: reader.errors };
}
