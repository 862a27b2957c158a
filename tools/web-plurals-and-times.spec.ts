/* eslint-disable @nx/enforce-module-boundaries -- the web app has no test project of its own; its messages are plain
   data that need no browser. */
import { en } from '../apps/web/src/i18n/en';
import { fi } from '../apps/web/src/i18n/fi';
import { sv } from '../apps/web/src/i18n/sv';

// Issue 19: counts take the noun's form by each language's plural rules (1 aloite, 2 aloitetta), and Swedish
// writes the time of day without the Finnish "klo".

describe('counts in each language’s grammar', () => {
  it.each([
    [fi, '1 aloite', '2 aloitetta'],
    [sv, '1 motion', '2 motioner'],
    [en, '1 initiative', '2 initiatives'],
  ])('names one initiative and several as the language does', (m, one, two) => {
    expect(m.list.total(1, true)).toBe(one);
    expect(m.list.total(2, true)).toBe(two);
  });

  it('says one other signatory in the singular', () => {
    expect(fi.initiative.moreSignatories(1)).toBe('Lisäksi 1 muu allekirjoittaja.');
    expect(fi.initiative.moreSignatories(3)).toBe('Lisäksi 3 muuta allekirjoittajaa.');
    expect(sv.initiative.moreSignatories(1)).toBe('Dessutom 1 annan undertecknare.');
    expect(en.initiative.moreSignatories(1)).toBe('And 1 more signatory.');
  });

  it('counts one field with an error in the singular', () => {
    expect(fi.form.invalidBody(1)).toMatch(/^Yhdessä kentässä on virhe/);
    expect(fi.form.invalidBody(6)).toMatch(/^6 kentässä on virhe/);
    expect(fi.annualList.decided(1, 0)).toBe('Loppuun käsiteltiin 1 aloite, rauenneiksi todettiin 0.');
  });
});

describe('the time of day', () => {
  it('is “klo 18.00” in Finnish and “kl. 18.00” in Swedish, never “klo” there', () => {
    expect(fi.meetings.at('18:00')).toBe('klo 18.00');
    expect(sv.meetings.at('18:00')).toBe('kl. 18.00');
    expect(sv.meetings.at('18:00')).not.toContain('klo');
  });
});
