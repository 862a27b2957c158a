import { finnishStem, finnishTerms } from './finnish-stemmer';

// The oracle is Finnish grammar: a word's inflected forms, strong and weak grades alike, are one word.
describe('the Node-only Finnish stemmer', () => {
  it.each([
    ['katu', 'kadun', 'kaduilla'],
    ['lupa', 'luvan', 'luvat'],
    ['ranta', 'rannan', 'rannoilla'],
    ['liikenne', 'liikenteen', 'liikenteestä'],
    ['hanke', 'hankkeen', 'hankkeita'],
    ['päiväkoti', 'päiväkodin', 'päiväkodeissa'],
    ['lippu', 'lipun', 'liput'],
    ['hoito', 'hoidon', 'hoitoa'],
    ['Kuluntalahti', 'Kuluntalahden', 'Kuluntalahdelle'],
  ])('brings %s, %s and %s to one key (consonant gradation)', (...forms) => {
    expect(new Set(forms.map(finnishStem)).size).toBe(1);
  });

  it.each([
    ['maksuttomuus', 'maksuttomuudesta', 'maksuttomuuden'],
    ['työllisyysbonus', 'työllisyysbonuksesta', 'työllisyysbonukset'],
    ['Hämäläinen', 'Hämäläisen', 'Hämäläiset'],
    ['maksuton', 'maksuttoman', 'maksuttomaksi'],
  ])('brings a derivative %s and its stems %s, %s to one key', (...forms) => {
    expect(new Set(forms.map(finnishStem)).size).toBe(1);
  });

  it('keeps different words apart', () => {
    expect(finnishStem('liikenne')).not.toBe(finnishStem('liike'));
    expect(finnishStem('ranta')).not.toBe(finnishStem('rata'));
    expect(finnishStem('lupa')).not.toBe(finnishStem('lippu'));
  });

  it('indexes a compound under its tails, so that its head finds it', () => {
    expect(finnishTerms('koirapuistoon')).toEqual(expect.arrayContaining([finnishStem('puisto')]));
    expect(finnishTerms('kasvisruokaa')).toEqual(expect.arrayContaining([finnishStem('ruoka')]));
    expect(finnishTerms('katu')).toEqual([finnishStem('katu')]);
  });
});
