import { DEADLINE_KINDS } from '@aloite/domain';
/* eslint-disable @nx/enforce-module-boundaries -- the web app has no test project of its own; its messages are plain
   data that need no browser. */
import { en } from '../apps/web/src/i18n/en';
import { fi } from '../apps/web/src/i18n/fi';
import { sv } from '../apps/web/src/i18n/sv';
import { deadlineKindLabel } from '../apps/web/src/i18n/deadline-kinds';

// Every deadline the domain computes is named in the web app in all three languages: a kind without its own label
// would show as a plain "deadline", and one left untranslated would show Finnish to a Swedish or English clerk.

const LANGUAGES = { fi, sv, en };

describe('the web app’s names of the domain’s deadline kinds', () => {
  it.each(DEADLINE_KINDS)('names %s in Finnish, Swedish and English', (kind) => {
    const labels = Object.fromEntries(
      Object.entries(LANGUAGES).map(([language, m]) => [language, deadlineKindLabel(m, kind)]),
    );
    for (const [language, m] of Object.entries(LANGUAGES)) {
      expect([language, labels[language]]).not.toEqual([language, '']);
      expect([language, labels[language]]).not.toEqual([language, kind]);
      expect([language, labels[language]]).not.toEqual([language, m.fields.deadline]);
    }
    expect(labels.sv).not.toBe(labels.fi);
    expect(labels.en).not.toBe(labels.fi);
  });

  it('tells the kinds apart in each language', () => {
    for (const m of Object.values(LANGUAGES)) {
      expect(new Set(DEADLINE_KINDS.map((kind) => deadlineKindLabel(m, kind))).size).toBe(
        DEADLINE_KINDS.length,
      );
    }
  });

  it('shows a kind it does not know as a plain deadline, never its code', () => {
    expect(deadlineKindLabel(fi, 'reviewByOmbudsman')).toBe('Määräaika');
    expect(deadlineKindLabel(sv, 'reviewByOmbudsman')).toBe('Tidsfrist');
    expect(deadlineKindLabel(en, 'constructor')).toBe('Deadline');
  });
});
