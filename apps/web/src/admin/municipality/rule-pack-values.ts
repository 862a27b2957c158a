import { ACTIONS, ROLES, type Action, type Role } from '@aloite/domain/vocabulary';
import type { FieldError } from '../../api/client';
import type { components } from '../../api/generated/openapi';
import type { Values } from '../../forms/form';
import { date, integer, text, type AsTyped } from '../../forms/payload';

// A rule-pack version as the form's flat values (`annualList.dueDay`, `deadlines.<row>.months`) and back. Rows
// of the two lists are named by an id that stays while rows before them are removed.

type Schemas = components['schemas'];
export type RulePack = Schemas['RulePackResponse'];
export type RulePackVersion = Schemas['RulePackVersionResponse'];
export type RulePackPreview = Schemas['RulePackPreviewResponse'];
type Scope = Schemas['InitiativeScopeResponse'];
type DeadlineRule = Schemas['DeadlineRuleResponse'];

export const LISTS = ['deadlines', 'directAnswer'] as const;
export type RuleList = (typeof LISTS)[number];
/** The kinds a deadline or a direct answer may cover: a residents' initiative has its deadline by law. */
export const SCOPE_KINDS = ['councillor', 'councilGroup'] as const;
const BILINGUAL = ['municipality', 'council', 'board', 'governingRules'] as const;
/** Every rule of a version but its first day, in the order the versions' list names what changed. */
export const RULE_KEYS = [
  'template',
  'wording',
  ...BILINGUAL,
  'referralSection',
  'annualList',
  'diaryNumber',
  'directAnswer',
  'deadlines',
  'lapse',
  'acknowledgement',
  'permissions',
] as const;

const shown = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

function scopeValues(list: RuleList, id: string, rule: Scope & Partial<DeadlineRule>): Values {
  const at = (part: string) => `${list}.${id}.${part}`;
  const values: Values = {
    [at('minSignatories')]: shown(rule.minSignatories),
    [at('maxSignatories')]: shown(rule.maxSignatories),
    [at('financialEffect')]: rule.financialEffect,
    [at('section')]: shown(rule.section),
  };
  for (const kind of SCOPE_KINDS) values[at(`kinds.${kind}`)] = rule.kinds.includes(kind);
  if (list === 'deadlines') {
    values[at('kind')] = rule.kind ?? 'council';
    values[at('months')] = shown(rule.months);
  }
  return values;
}

/** A new row: councillors' and groups' initiatives, whatever their signers and effects. */
export function newRow(list: RuleList, id: string): Values {
  return scopeValues(list, id, {
    minSignatories: 1,
    maxSignatories: null,
    financialEffect: 'any',
    kinds: [...SCOPE_KINDS],
    section: null,
    kind: 'council',
    months: 6,
  });
}

/** The form's values for a version: the one in force today, its first day left for the administrator. */
export function valuesOf(pack: RulePack): Values {
  const values: Values = {
    template: pack.template,
    validFrom: '',
    wording: pack.wording,
    referralSection: shown(pack.referralSection),
    'annualList.dueMonth': shown(pack.annualList.dueMonth),
    'annualList.dueDay': shown(pack.annualList.dueDay),
    'annualList.section': shown(pack.annualList.section),
    'diaryNumber.defaultPrefix': pack.diaryNumber.defaultPrefix,
    'diaryNumber.template': pack.diaryNumber.template,
    hasLapse: pack.lapse !== null,
    'lapse.years': shown(pack.lapse?.years ?? 5),
    'lapse.measuredAt': pack.lapse?.measuredAt ?? 'endOfYearBeforeList',
    'lapse.section': shown(pack.lapse?.section),
    hasAcknowledgement: pack.acknowledgement !== null,
    'acknowledgement.days': shown(pack.acknowledgement?.days ?? 30),
    'acknowledgement.section': shown(pack.acknowledgement?.section),
  };
  for (const name of BILINGUAL) {
    values[`${name}.fi`] = pack[name].fi;
    values[`${name}.sv`] = pack[name].sv;
  }
  for (const list of LISTS) {
    const rules: readonly (Scope & Partial<DeadlineRule>)[] = pack[list];
    values[list] = rules.map((_, index) => String(index));
    rules.forEach((rule, index) => Object.assign(values, scopeValues(list, String(index), rule)));
  }
  const permissions = pack.permissions as Record<Action, Role[]>;
  for (const action of ACTIONS)
    for (const role of ROLES) values[`permissions.${action}.${role}`] = permissions[action].includes(role);
  return values;
}

/** The ids of a list's rows, in the order they are sent. */
export const rowIds = (values: Values, list: RuleList) => (values[list] as string[] | undefined) ?? [];

const nullableInt = (values: Values, name: string) => (text(values, name) ? integer(values, name) : null);

function scope(values: Values, list: RuleList, id: string) {
  const at = (part: string) => `${list}.${id}.${part}`;
  return {
    minSignatories: integer(values, at('minSignatories')),
    maxSignatories: nullableInt(values, at('maxSignatories')),
    financialEffect: text(values, at('financialEffect')),
    kinds: SCOPE_KINDS.filter((kind) => values[at(`kinds.${kind}`)] === true),
    section: nullableInt(values, at('section')),
  };
}

/** The version the form holds, as the API reads it; what does not parse is sent as typed, for the API to name. */
export function packOf(values: Values): AsTyped<RulePack> {
  const bilingual = (name: (typeof BILINGUAL)[number]) => ({
    fi: text(values, `${name}.fi`),
    sv: text(values, `${name}.sv`),
  });
  return {
    template: text(values, 'template') as RulePack['template'],
    validFrom: date(values, 'validFrom'),
    wording: text(values, 'wording') as RulePack['wording'],
    municipality: bilingual('municipality'),
    council: bilingual('council'),
    board: bilingual('board'),
    governingRules: bilingual('governingRules'),
    referralSection: nullableInt(values, 'referralSection'),
    annualList: {
      dueMonth: integer(values, 'annualList.dueMonth'),
      dueDay: integer(values, 'annualList.dueDay'),
      section: nullableInt(values, 'annualList.section'),
    },
    diaryNumber: {
      defaultPrefix: text(values, 'diaryNumber.defaultPrefix'),
      template: text(values, 'diaryNumber.template'),
    },
    directAnswer: rowIds(values, 'directAnswer').map((id) => scope(values, 'directAnswer', id)),
    deadlines: rowIds(values, 'deadlines').map((id) => ({
      ...scope(values, 'deadlines', id),
      kind: text(values, `deadlines.${id}.kind`),
      months: integer(values, `deadlines.${id}.months`),
    })),
    lapse:
      values.hasLapse === true
        ? {
            years: integer(values, 'lapse.years'),
            measuredAt: text(values, 'lapse.measuredAt'),
            section: nullableInt(values, 'lapse.section'),
          }
        : null,
    acknowledgement:
      values.hasAcknowledgement === true
        ? {
            days: integer(values, 'acknowledgement.days'),
            section: nullableInt(values, 'acknowledgement.section'),
          }
        : null,
    permissions: Object.fromEntries(
      ACTIONS.map((action) => [
        action,
        ROLES.filter((role) => values[`permissions.${action}.${role}`] === true),
      ]),
    ),
  } as AsTyped<RulePack>;
}

/**
 * The API names a rule by its place in what was sent (`deadlines[1].months`, `directAnswer[0].kinds[1]`); the
 * form names it by the row's id (`deadlines.4.months`) and shows a chosen kind's error at the kinds.
 */
export function formErrors(errors: FieldError[], values: Values): FieldError[] {
  return errors.map((error) => {
    const field = error.field
      .replace(/^(deadlines|directAnswer)\[(\d+)\]/, (whole, list: RuleList, index: string) => {
        const id = rowIds(values, list)[Number(index)];
        return id === undefined ? whole : `${list}.${id}`;
      })
      .replace(/\.kinds\[\d+\]$/, '.kinds');
    return { ...error, field };
  });
}

/** The rules a version changed from the one before it. */
export function changedRules(version: RulePack, before: RulePack | undefined): (typeof RULE_KEYS)[number][] {
  if (!before) return [];
  return RULE_KEYS.filter((key) => JSON.stringify(version[key]) !== JSON.stringify(before[key]));
}
