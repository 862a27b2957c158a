// A name typed inflected, as a clerk writes it in a sentence ("Hämäläisen aloite", "Mäkelälle"): the base forms it
// may stand for, by Finnish surnames' case endings. Only whole words of a stored name are compared with them, so a
// form that is no one's name finds nothing.

/** A case ending and what the base form has instead; -nen names change their stem (Hämäläinen: Hämäläise-). */
const ENDINGS: readonly (readonly [ending: string, base: string])[] = [
  ...['sen', 'sestä', 'sessä', 'seen', 'selle', 'sellä', 'seltä', 'seksi', 'senä', 'stä', 'set', 'sten'].map(
    (ending) => [ending, 'nen'] as const,
  ),
  ['een', 'e'],
  ...['n', 'lle', 'llä', 'ltä', 'ssä', 'stä', 'ksi', 'nä', 'ä'].map((ending) => [ending, ''] as const),
  // A name ending in a consonant takes a linking i: Öhmanin, Åkerlundille.
  ...['in', 'ille', 'illä', 'iltä', 'issä', 'istä', 'iksi', 'inä', 'iä'].map(
    (ending) => [ending, ''] as const,
  ),
];

/** Back vowels for each front-vowel ending: Räsäsen has ä, Kemppaisesta a. */
const withBackVowels = (ending: string) => ending.replace(/ä/g, 'a');

/** Shorter than this, a stripped word is no surname (Aho is the shortest common one). */
const SHORTEST_NAME = 3;

/** The base forms a word may be the inflected form of, the word itself first. */
export function nameForms(word: string): string[] {
  const lower = word.toLowerCase();
  const forms = [lower];
  for (const [ending, base] of ENDINGS)
    for (const variant of new Set([ending, withBackVowels(ending)]))
      if (lower.endsWith(variant) && lower.length - variant.length >= SHORTEST_NAME)
        forms.push(lower.slice(0, -variant.length) + base);
  return [...new Set(forms)];
}

/** A query's forms as a name: the whole query, and each base form of its last word (a first name is not inflected). */
export function queryNameForms(query: string): string[] {
  const words = query.trim().split(/\s+/);
  const last = words.pop() ?? '';
  return nameForms(last).map((form) => [...words, form].join(' '));
}
