import type { Bilingual, Language, RulePack } from './rule-packs';

/** A body's name inside a sentence: "Kaupunginhallitus" is a heading, "kaupunginhallitukselle" running text. */
export function bodyNameInText(name: string): string {
  return name.charAt(0).toLocaleLowerCase('fi') + name.slice(1);
}

// Finnish -us nouns (hallitus) inflect on the stem -ukse- (hallitukse-n, hallitukse-lle); vowel stems
// (valtuusto) take the ending as they are.
function finnishForm(name: string, ending: 'n' | 'lle'): string {
  const stem = name.endsWith('us') ? `${name.slice(0, -2)}ukse` : name;
  return `${stem}${ending}`;
}

// Swedish names come in the definite form (stadsstyrelsen, fullmäktige); a genitive adds -s unless the name
// already ends in a sibilant.
function swedishGenitive(name: string): string {
  return /[sxz]$/.test(name) ? name : `${name}s`;
}

/** To the body, in running text: "kaupunginhallitukselle" / "stadsstyrelsen" (after "till"). */
export function bodyDative(name: Bilingual, language: Language): string {
  return language === 'fi' ? bodyNameInText(finnishForm(name.fi, 'lle')) : bodyNameInText(name.sv);
}

/** The body's, in running text: "kunnanhallituksen" / "kommunstyrelsens". */
export function bodyGenitive(name: Bilingual, language: Language): string {
  return language === 'fi'
    ? bodyNameInText(finnishForm(name.fi, 'n'))
    : bodyNameInText(swedishGenitive(name.sv));
}

/** Domain § 9: the city's or the municipality's (kaupungin, kunnan; stadens, kommunens). */
export function municipalityGenitive(pack: RulePack, language: Language): string {
  const words = { kaupunki: { fi: 'kaupungin', sv: 'stadens' }, kunta: { fi: 'kunnan', sv: 'kommunens' } };
  return words[pack.wording][language];
}
