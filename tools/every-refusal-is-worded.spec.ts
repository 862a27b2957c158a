import { LIFECYCLE_REFUSALS, RULE_PACK_ERROR_CODES } from '@aloite/domain';
/* eslint-disable @nx/enforce-module-boundaries -- the codes come from the API's own lists and the words from the web
   app's catalogues; neither has a test project that sees the other. */
import { ERROR_CODES, FIELD_RULES } from '../apps/api/src/http/app-error';
import { en } from '../apps/web/src/i18n/en';
import { fi } from '../apps/web/src/i18n/fi';
import { sv } from '../apps/web/src/i18n/sv';

// Issue 19: every refusal the API can send (a problem's code, a refused step's reason, a field's rule) is worded
// for the clerk in Finnish, Swedish and English. The lists are the API's and the domain's own, so a code added
// there without words here fails.

/** Everything a message may name, as the web app hands it over (already formatted). */
const NAMED = {
  action: 'ACTION-LABEL',
  max: '500',
  min: '0',
  negative: 'yes',
  earliest: '1.2.2026',
  latest: '2.12.2026',
  since: 'request',
  requestedOn: '3.3.2026',
  state: 'STATE-LABEL',
  value: 'KAJ-2026-0001',
  body: 'Tekninen lautakunta',
  year: '2027',
  count: '3',
  refused: 'KAJ-2026-0002',
  request: '2',
  lastDay: '28',
  token: '{day}',
};

const CATALOGUES = { fi, sv, en };
const LISTS = [
  ['problems', ERROR_CODES],
  ['refusals', LIFECYCLE_REFUSALS],
  ['fieldRules', FIELD_RULES],
  // Issue 20: a refused rule of a rule-pack version, by the reader's code, at the rule's field.
  ['rulePackErrors', RULE_PACK_ERROR_CODES],
] as const;

type Worded = (named: Record<string, string>) => string;

function worded(language: keyof typeof CATALOGUES, list: (typeof LISTS)[number][0], code: string) {
  const wording = (CATALOGUES[language][list] as Record<string, Worded | undefined>)[code];
  return wording && wording(NAMED);
}

describe.each(LISTS)('every %s code the API can send', (list, codes) => {
  it.each(['fi', 'sv', 'en'] as const)('is worded in %s', (language) => {
    expect(codes.filter((code) => worded(language, list, code) === undefined)).toEqual([]);
  });

  it.each(['fi', 'sv'] as const)('is worded in %s in that language, not in English', (language) => {
    expect(codes.filter((code) => worded(language, list, code) === worded('en', list, code))).toEqual([]);
  });

  it('names what it is given and no placeholder is left empty', () => {
    for (const language of ['fi', 'sv', 'en'] as const)
      for (const code of codes) expect(worded(language, list, code)).not.toMatch(/undefined|NaN|\$\{|^\s*$/);
  });
});

describe('the words the parameters fill in', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    '%s: a statement dated before its request names the request’s day',
    (l) => {
      expect(worded(l, 'refusals', 'beforeRequest')).toContain('3.3.2026');
    },
  );

  it.each(['fi', 'sv', 'en'] as const)(
    '%s: a role’s refusal names the action and says it is the role',
    (l) => {
      expect(worded(l, 'problems', 'FORBIDDEN')).toContain('ACTION-LABEL');
    },
  );

  it.each([
    ['fi', 'lausuntopyynnössä 2'],
    ['sv', 'begäran om utlåtande 2'],
    ['en', 'statement request 2'],
  ] as const)(
    '%s: a body asked twice in one form names the request that asks it first',
    (language, words) => {
      expect(worded(language, 'fieldRules', 'addresseeTwice')).toContain(words);
    },
  );

  it.each([
    ['fi', 'enintään 500 merkkiä'],
    ['sv', 'högst 500 tecken'],
    ['en', 'at most 500 characters'],
  ] as const)('%s: a length limit names the limit', (language, words) => {
    expect(worded(language, 'fieldRules', 'maxLength')).toContain(words);
  });

  it.each([
    ['fi', 'negatiivinen'],
    ['sv', 'negativt'],
    ['en', 'negative'],
  ] as const)('%s: a number below zero is called negative', (language, words) => {
    expect(worded(language, 'fieldRules', 'min')).toContain(words);
  });

  it.each([
    ['fi', 'väliltä 1–60'],
    ['sv', 'från 1 till 60'],
    ['en', 'from 1 to 60'],
  ] as const)(
    '%s: a rule of a rule pack out of its range names the range at its field',
    (language, words) => {
      const named = { code: 'OUT_OF_RANGE', min: '1', max: '60' };
      expect(CATALOGUES[language].fieldRules.rulePack(named)).toContain(words);
    },
  );
});
