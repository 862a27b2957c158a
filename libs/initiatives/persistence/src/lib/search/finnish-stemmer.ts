// The Node-only Finnish analyzer: a light stemmer that, unlike Snowball, brings a word's strong and weak grades
// (katu/kadun, ranta/rannan, liikenne/liikenteen, hanke/hankkeen) and its derivative stems (maksuttomuus/
// maksuttomuudesta, bonus/bonuksesta, Hämäläinen/Hämäläisen) to one key. Without a lexicon it cannot split a
// compound, so it indexes the compound's tails too (koirapuisto: …puisto), which finds a compound by its head.

/** Endings, longest first: clitics, possessives, then case and number (Finnish grammar, Iso suomen kielioppi). */
const CLITICS = ['kaan', 'kään', 'kin', 'han', 'hän'];
const POSSESSIVES = ['nsa', 'nsä'];
const CASE_ENDINGS = [
  'isiin',
  'ihin',
  'issa',
  'issä',
  'ista',
  'istä',
  'illa',
  'illä',
  'ilta',
  'iltä',
  'ille',
  'iksi',
  'itta',
  'ittä',
  'seen',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'ksi',
  'tta',
  'ttä',
  'ien',
  'jen',
  'ten',
  'iin',
  'ina',
  'inä',
  'ita',
  'itä',
  'na',
  'nä',
  'ja',
  'jä',
  'ia',
  'iä',
  'n',
  't',
  'a',
  'ä',
];

/** Base forms that end like a case ending: kept, and -nen meets its inflecting stem -se- as -s. */
const BASE_FORMS: [ending: RegExp, key: string][] = [
  [/nen$/, 's'],
  [/(t[oö]n|[aeiouyäö]s)$/, '$1'],
];

/** Inflecting stems of derivatives, back to their base form's ending: -uude- → -uus, -ukse- → -us, -se- → -s. */
const DERIVATIVE_STEMS: [stem: RegExp, base: string][] = [
  [/(uu|yy)de$/, '$1s'],
  [/([aeiouyäö])kse$/, '$1s'],
  [/(t)t([oö])m[aäie]?$/, '$1$2n'],
  [/([aeiouyäö])se$/, '$1s'],
];

/** A stem's last consonants in one grade: the strong and weak forms of consonant gradation meet. */
const GRADES: [weakOrDouble: RegExp, strong: string][] = [
  [/kk$/, 'k'],
  [/pp$/, 'p'],
  [/tt$/, 't'],
  [/nn$/, 'nt'],
  [/mm$/, 'mp'],
  [/ll$/, 'lt'],
  [/rr$/, 'rt'],
  [/ng$/, 'nk'],
  [/hd$/, 'ht'],
  [/([aeiouyäö])d$/, '$1t'],
  [/([aeiouyäö])v$/, '$1p'],
];

const SHORTEST_STEM = 3;
/** A tail shorter than this is too often a word of its own by chance (sali, tie). */
const SHORTEST_TAIL = 4;

function strip(word: string, endings: readonly string[]): string {
  const ending = endings.find(
    (candidate) => word.endsWith(candidate) && word.length - candidate.length >= SHORTEST_STEM,
  );
  return ending ? word.slice(0, word.length - ending.length) : word;
}

/** The key a word's every inflected form shares, as far as suffix rules can tell. */
export function finnishStem(word: string): string {
  const lower = word.toLowerCase();
  const stem = strip(strip(lower, CLITICS), POSSESSIVES);
  const baseForm = BASE_FORMS.find(([ending]) => ending.test(stem));
  if (baseForm) return stem.replace(baseForm[0], baseForm[1]);
  const inflecting = strip(stem, CASE_ENDINGS);
  const derivative = DERIVATIVE_STEMS.find(([pattern]) => pattern.test(inflecting));
  if (derivative) return inflecting.replace(derivative[0], derivative[1]);
  const consonantFinal = inflecting.replace(/[aeiouyäö]+$/, '');
  if (consonantFinal.length < SHORTEST_STEM) return lower;
  const grade = GRADES.find(([pattern]) => pattern.test(consonantFinal));
  return grade ? consonantFinal.replace(grade[0], grade[1]) : consonantFinal;
}

/** The word's key and its key's tails, so that a compound is found by its head. */
export function finnishTerms(word: string): string[] {
  const key = finnishStem(word);
  const tails: string[] = [];
  for (let start = SHORTEST_STEM; key.length - start >= SHORTEST_TAIL; start++) tails.push(key.slice(start));
  return [key, ...tails];
}
