import {
  RULE_PACK_ERROR_CODES,
  RULE_PACK_IDS,
  TEMPLATES,
  parseRulePack,
  type RulePackError,
  type RulePackErrorCode,
} from '../index';
import * as vocabulary from '../vocabulary';

// Issue 17: every impossible rule-pack version is refused with its field named, never a throw (the API's 500).
type Node = Record<PropertyKey, unknown>;
type Change = (pack: Node) => unknown;

/** A copy of Espoo's pack with every optional part filled in: both kinds of scope, a lapse rule, an acknowledgement. */
function fullPack(): Node {
  const pack = JSON.parse(JSON.stringify(TEMPLATES.espoo)) as Node;
  pack['lapse'] = { years: 4, measuredAt: 'endOfYearBeforeList', section: 131 };
  pack['acknowledgement'] = { days: 30, section: 12 };
  return pack;
}

/** 'deadlines[1].kinds' → the object holding `kinds` and the key. */
function locate(root: Node, path: string): [Node, string] {
  const keys = path.split(/\.|(?=\[)/).map((key) => key.replace(/^\[(\d+)\]$/, '$1'));
  const last = keys.pop() ?? '';
  return [keys.reduce((node, key) => node[key] as Node, root), last];
}

const set =
  (path: string, value: unknown): Change =>
  (pack) => {
    const [node, key] = locate(pack, path);
    node[key] = value;
    return pack;
  };
const remove =
  (path: string): Change =>
  (pack) => {
    const [node, key] = locate(pack, path);
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else delete node[key];
    return pack;
  };
const both =
  (...changes: Change[]): Change =>
  (pack) => {
    changes.forEach((change) => change(pack));
    return pack;
  };
const scope = (kind: string, min: number, max: number | null, financialEffect: string, kinds: string[]) => ({
  kind,
  minSignatories: min,
  maxSignatories: max,
  financialEffect,
  kinds,
  months: 6,
  section: null,
});
const addDeadline = (rule: object) => (pack: Node) =>
  set(`deadlines[${(pack['deadlines'] as []).length}]`, rule)(pack);
const long = (length: number) => 'x'.repeat(length);

const fieldsAndCodes = (errors: readonly RulePackError[]) => errors.map(({ field, code }) => [field, code]);

function errorsOf(change: Change): RulePackError[] {
  const result = parseRulePack(change(fullPack()));
  return result.ok ? [] : result.errors;
}

type Row = [title: string, change: Change, expected: [field: string, code: RulePackErrorCode][]];
const show = (value: unknown) =>
  typeof value === 'number' ? String(value) : JSON.stringify(value).slice(0, 40);
/** A row whose change is one value, refused at its own path unless another field is named. */
const bad = (path: string, value: unknown, code: RulePackErrorCode, field = path): Row => [
  `${path} = ${show(value)}`,
  set(path, value),
  [[field, code]],
];
const dueOn = (day: number, month: number) =>
  both(set('annualList.dueDay', day), set('annualList.dueMonth', month));
const template = (value: string, ...codes: RulePackErrorCode[]): Row => [
  `the diary-number template ${value}`,
  set('diaryNumber.template', value),
  codes.map((code) => ['diaryNumber.template', code]),
];
const overlapping = (title: string, rule: object): Row => [
  `${title}, overlapping Espoo's rules`,
  addDeadline(rule),
  [['deadlines[2]', 'SIGNER_RANGES_OVERLAP']],
];
const directAnswers = (count: number) => (pack: Node) =>
  set('directAnswer', Array<unknown>(count).fill((pack['directAnswer'] as unknown[])[0]))(pack);

// One row per check of the issue and the brief; each expects exactly these errors, so the valid rest gives none.
const REFUSED: Row[] = [
  ['null instead of a pack', () => null, [['rulePack', 'NOT_AN_OBJECT']]],
  ['a list instead of a pack', (pack) => [pack], [['rulePack', 'NOT_AN_OBJECT']]],
  ['a string instead of a pack', () => '{}', [['rulePack', 'NOT_AN_OBJECT']]],
  bad('colour', 'blue', 'UNKNOWN_FIELD'),
  bad('annualList.dueWeek', 13, 'UNKNOWN_FIELD'),
  bad('deadlines[0].note', '', 'UNKNOWN_FIELD'),
  // As a request's body arrives: JSON.parse makes __proto__ an own field (an assignment would set the prototype).
  [
    'a field __proto__',
    (pack) => JSON.parse(`{"__proto__":{},${JSON.stringify(pack).slice(1)}`),
    [['__proto__', 'UNKNOWN_FIELD']],
  ],
  bad('municipality.constructor', 'x', 'UNKNOWN_FIELD'),
  ['no board', remove('board'), [['board', 'MISSING_FIELD']]],
  ['no months in a rule', remove('deadlines[1].months'), [['deadlines[1].months', 'MISSING_FIELD']]],
  bad('municipality.fi', 42, 'NOT_A_STRING'),
  bad('council.sv', '   ', 'EMPTY_TEXT'),
  bad('council.fi', 'Valtuusto\u0000', 'UNSAFE_CHARACTERS'),
  bad('board.sv', 'Styrelsen\u000b', 'UNSAFE_CHARACTERS'),
  bad('municipality.fi', 'Kajaani\ud800', 'UNSAFE_CHARACTERS'),
  bad('governingRules.fi', long(201), 'TEXT_TOO_LONG'),
  bad('template', 'tampere', 'NOT_ONE_OF'),
  bad('wording', 'city', 'NOT_ONE_OF'),
  bad('deadlines[0].financialEffect', 'some', 'NOT_ONE_OF'),
  bad('deadlines[0].kind', 'acknowledgement', 'NOT_ONE_OF'),
  bad('lapse.measuredAt', 'meetingDate', 'NOT_ONE_OF'),
  bad('directAnswer[0].kinds[1]', 'mayor', 'NOT_ONE_OF'),
  bad('deadlines[0].kinds', 'councillor', 'NOT_A_LIST'),
  bad('deadlines[1].kinds', [], 'EMPTY_LIST'),
  bad('deadlines[0].kinds[1]', 'councillor', 'DUPLICATE_ITEM'),
  bad('permissions.WITHDRAW', ['mayor'], 'NOT_ONE_OF', 'permissions.WITHDRAW[0]'),
  bad('permissions.WITHDRAW', ['admin', 'admin'], 'DUPLICATE_ITEM', 'permissions.WITHDRAW[1]'),
  bad('validFrom', '2026-02-30', 'NOT_A_DATE'),
  bad('validFrom', '1.1.2026', 'NOT_A_DATE'),
  bad('validFrom', 20260101, 'NOT_A_DATE'),
  ['the list due 31.2.', dueOn(31, 2), [['annualList.dueDay', 'NOT_A_DAY_OF_EVERY_YEAR']]],
  ['the list due 30.2.', dueOn(30, 2), [['annualList.dueDay', 'NOT_A_DAY_OF_EVERY_YEAR']]],
  ['the list due 29.2.', dueOn(29, 2), [['annualList.dueDay', 'NOT_A_DAY_OF_EVERY_YEAR']]],
  ['the list due 31.4.', dueOn(31, 4), [['annualList.dueDay', 'NOT_A_DAY_OF_EVERY_YEAR']]],
  bad('annualList.dueDay', 32, 'OUT_OF_RANGE'),
  bad('annualList.dueMonth', 13, 'OUT_OF_RANGE'),
  bad('diaryNumber.defaultPrefix', 'KAJ Dno', 'INVALID_PREFIX'),
  bad('diaryNumber.defaultPrefix', '{seq}', 'INVALID_PREFIX'),
  bad('diaryNumber.defaultPrefix', long(21), 'TEXT_TOO_LONG'),
  template('{prefix}-{year}', 'TEMPLATE_WITHOUT_SEQ'),
  template('{prefix}-{seq:4}', 'TEMPLATE_WITHOUT_YEAR'),
  template('{seq}/{year}/{seq:2}', 'TEMPLATE_TOKEN_REPEATED'),
  template('{year}/{seq}/{year}', 'TEMPLATE_TOKEN_REPEATED'),
  template('{dept}/{seq}/{year}', 'TEMPLATE_UNKNOWN_TOKEN'),
  template('{seq}/{year}}', 'TEMPLATE_UNKNOWN_TOKEN'),
  template('{year}-{seq:10}', 'TEMPLATE_UNKNOWN_TOKEN', 'TEMPLATE_WITHOUT_SEQ'),
  template('{year}-{seq:0}', 'TEMPLATE_UNKNOWN_TOKEN', 'TEMPLATE_WITHOUT_SEQ'),
  template(`{year}{seq}${long(50)}`, 'TEXT_TOO_LONG'),
  bad('referralSection', 0, 'OUT_OF_RANGE'),
  bad('annualList.section', 10000, 'OUT_OF_RANGE'),
  bad('lapse.section', 1.5, 'NOT_AN_INTEGER'),
  bad('referralSection', '119', 'NOT_AN_INTEGER'),
  bad('deadlines[0].months', 61, 'OUT_OF_RANGE'),
  bad('deadlines[1].months', 0, 'OUT_OF_RANGE'),
  bad('lapse.years', 21, 'OUT_OF_RANGE'),
  bad('acknowledgement.days', 366, 'OUT_OF_RANGE'),
  bad('deadlines[0].minSignatories', 0, 'OUT_OF_RANGE'),
  bad('deadlines[0].minSignatories', 1e308, 'OUT_OF_RANGE'),
  bad('deadlines[0].minSignatories', NaN, 'NOT_AN_INTEGER'),
  bad('directAnswer[0].maxSignatories', 'NaN', 'NOT_AN_INTEGER'),
  bad('directAnswer[0].maxSignatories', Infinity, 'NOT_AN_INTEGER'),
  bad('deadlines[0].maxSignatories', 13, 'MAX_BELOW_MIN'),
  bad('directAnswer[0].kinds', ['resident'], 'RESIDENT_INITIATIVE_IN_SCOPE', 'directAnswer[0].kinds[0]'),
  bad('deadlines[0].kinds[2]', 'resident', 'RESIDENT_INITIATIVE_IN_SCOPE'),
  overlapping('a council deadline for 20–30', scope('council', 20, 30, 'any', ['councillor'])),
  overlapping('an answer deadline for 10–20', scope('answer', 10, 20, 'without', ['councilGroup'])),
  overlapping('an answer deadline from 13', scope('answer', 13, null, 'with', ['councillor'])),
  ['21 direct-answer rules', directAnswers(21), [['directAnswer', 'TOO_MANY_ITEMS']]],
  bad('deadlines', Array<null>(100_000).fill(null), 'TOO_MANY_ITEMS'),
  bad('deadlines[0]', null, 'NOT_AN_OBJECT'),
  bad('lapse', 4, 'NOT_AN_OBJECT'),
  bad('permissions', [], 'NOT_AN_OBJECT'),
  ['no WITHDRAW permission', remove('permissions.WITHDRAW'), [['permissions.WITHDRAW', 'MISSING_FIELD']]],
  bad('permissions.APPROVE', ['admin'], 'UNKNOWN_FIELD'),
  bad('permissions.REFER_TO_BOARD', [], 'ACTION_WITHOUT_ROLE'),
  bad('permissions.DECLARE_LAPSED', [], 'ACTION_WITHOUT_ROLE'),
];

// Each valid at the edge of a check above.
const ACCEPTED: [string, Change][] = [
  ['every optional part filled in', (pack) => pack],
  ['a name of 200 characters', set('governingRules.fi', long(200))],
  ['the list due 28.2.', dueOn(28, 2)],
  ['the list due 30.4.', dueOn(30, 4)],
  ['the list due 31.10. as in Porvoo', dueOn(31, 10)],
  [
    'a prefix of 20 letters, digits, dots and hyphens',
    set('diaryNumber.defaultPrefix', 'ÅboÄÖ.12-aåäöZ-34567'),
  ],
  ['a zero-padded sequence as in KAJDno-2025-0811', set('diaryNumber.template', '{prefix}-{year}-{seq:9}')],
  ['a template of 60 characters', set('diaryNumber.template', `{year}{seq}${long(49)}`)],
  [
    'sections 1, 9999 and none',
    both(set('referralSection', 1), set('annualList.section', 9999), set('lapse.section', null)),
  ],
  [
    'limits at their top',
    both(set('deadlines[0].months', 60), set('lapse.years', 20), set('acknowledgement.days', 365)),
  ],
  ['a range of one signer', set('directAnswer[0].maxSignatories', 1)],
  ['adjacent ranges (1–13 and 14+)', addDeadline(scope('answer', 14, null, 'without', ['councillor']))],
  [
    'the same range, with and without financial effect',
    addDeadline(scope('council', 14, null, 'with', ['councillor'])),
  ],
  [
    'the same range, other kinds',
    both(
      set('deadlines[0].kinds', ['councilGroup']),
      addDeadline(scope('council', 14, null, 'without', ['councillor'])),
    ),
  ],
  ['20 direct-answer rules that overlap', directAnswers(20)],
  [
    'nobody declaring lapse without a lapse rule',
    both(set('lapse', null), set('permissions.DECLARE_LAPSED', [])),
  ],
];

describe('a rule-pack version an administrator submits (issue 17)', () => {
  it('accepts every template as it is, and as JSON, giving back an equal pack', () => {
    for (const id of RULE_PACK_IDS) {
      for (const input of [TEMPLATES[id], JSON.parse(JSON.stringify(TEMPLATES[id])) as unknown]) {
        expect(parseRulePack(input)).toEqual({ ok: true, pack: TEMPLATES[id] });
      }
    }
  });

  it.each(REFUSED)('refuses %s', (_, change, expected) => {
    const errors = errorsOf(change);
    expect(fieldsAndCodes(errors)).toEqual(expected);
    for (const { message } of errors) expect(message.trim()).not.toBe('');
  });

  it.each(ACCEPTED)('accepts %s', (_, change) => {
    expect(errorsOf(change)).toEqual([]);
  });

  it('has a row above for every error code, and the vocabulary lists the same codes', () => {
    const tried = new Set(REFUSED.flatMap(([, , expected]) => expected.map(([, code]) => code)));
    expect([...tried].sort()).toEqual([...RULE_PACK_ERROR_CODES].sort());
    expect(vocabulary.RULE_PACK_ERROR_CODES).toBe(RULE_PACK_ERROR_CODES);
  });

  it('returns every error, not only the first, in the order of the fields', () => {
    const change = both(remove('wording'), set('annualList.dueMonth', 2), set('permissions.WITHDRAW', []));
    expect(fieldsAndCodes(errorsOf(change))).toEqual([
      ['wording', 'MISSING_FIELD'],
      ['annualList.dueDay', 'NOT_A_DAY_OF_EVERY_YEAR'],
      ['permissions.WITHDRAW', 'ACTION_WITHOUT_ROLE'],
    ]);
  });

  it('tells the clerk why 29.2. and 31.4. will not do, and which days will', () => {
    const [leapDay] = errorsOf(dueOn(29, 2));
    expect(leapDay?.message).toBe('29.2. is missing in three years of four. Choose a day from 1 to 28.');
    const [april] = errorsOf(dueOn(31, 4));
    expect(april?.message).toBe('31.4. does not exist. Choose a day from 1 to 30.');
    expect(april?.params).toEqual({ dueDay: 31, dueMonth: 4, lastDay: 30 });
  });

  it('names both overlapping deadline rules and the initiatives they share', () => {
    const [error] = errorsOf(addDeadline(scope('council', 20, 30, 'any', ['councillor', 'councilGroup'])));
    expect(error?.params).toEqual({ first: 0, second: 2 });
    expect(error?.message).toContain('rules 1 and 3');
    expect(error?.message).toContain('councillor, councilGroup with 20–30 signers');
  });

  it('stores names trimmed', () => {
    const result = parseRulePack(set('municipality.sv', '  Esbo ')(fullPack()));
    expect(result.ok && result.pack.municipality.sv).toBe('Esbo');
  });

  it('shortens an unknown field’s name that is too long to show', () => {
    const [error] = errorsOf(set(long(1000), 1));
    expect(error?.field).toBe(`${long(40)}…`);
  });
});
