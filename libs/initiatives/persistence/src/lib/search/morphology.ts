// Finnish morphology for the list's search: at filing, a Finnish initiative's title and text become its `lemmas`
// vector (base forms and compound parts, by word position); at query time each word of `q` becomes the same
// terms. Voikko when installed, else the Node-only stemmer; ALOITE_SEARCH_ANALYZER=node|voikko|auto chooses.
import { finnishStem, finnishTerms } from './finnish-stemmer';
import { loadVoikko, type Voikko, type VoikkoAnalysis } from './voikko';

export interface Analyzer {
  name: 'voikko' | 'node';
  /** What a word of an initiative is indexed under. */
  indexTerms(word: string): string[];
  /** What a word of a query is looked up as: any one of them is a match. */
  queryTerms(word: string): QueryTerm[];
}

export interface QueryTerm {
  term: string;
  /** Matches every indexed term that begins with it. */
  prefix: boolean;
}

/**
 * The stemmer cannot tell a compound's first part, so a query word's key also matches as a prefix (koira finds
 * koirapuisto); a key this short would find unrelated words (kat: katsoa), so it matches only itself.
 */
const SHORTEST_PREFIX = 4;

const NODE_ONLY: Analyzer = {
  name: 'node',
  indexTerms: finnishTerms,
  queryTerms: (word) => {
    const term = finnishStem(word);
    return [{ term, prefix: term.length >= SHORTEST_PREFIX }];
  },
};

/** The runs of two or more adjacent parts of a compound, so that kesätyö finds kesätyöseteli. */
function partRuns(parts: readonly string[]): string[] {
  const runs: string[] = [];
  for (let start = 0; start < parts.length; start++)
    for (let end = start + 2; end <= parts.length; end++) runs.push(parts.slice(start, end).join(''));
  return runs;
}

/** The shortest compound head and first part looked for in a word Voikko does not know. */
const SHORTEST_HEAD = 4;
const SHORTEST_FRONT = 2;

/**
 * A word Voikko does not know is often a compound of a new first part and a known head (skeittipuistoon,
 * Kuluntalahdelle): the longest known tail is its head, inflected as Voikko says.
 */
function analyzeCompound(voikko: Voikko, word: string): VoikkoAnalysis[] {
  const known = voikko.analyze(word);
  if (known.length > 0) return known;
  for (let start = SHORTEST_FRONT; word.length - start >= SHORTEST_HEAD; start++) {
    const front = word.slice(0, start).toLowerCase();
    const heads = voikko.analyze(word.slice(start));
    if (heads.length > 0)
      return heads.map(({ baseForm, parts }) => ({ baseForm: front + baseForm, parts: [front, ...parts] }));
  }
  return [];
}

/** Voikko for the words it knows and the compounds of a known head; any other word goes to the stemmer. */
function withVoikko(voikko: Voikko): Analyzer {
  return {
    name: 'voikko',
    indexTerms(word) {
      const analyses = analyzeCompound(voikko, word);
      if (analyses.length === 0) return NODE_ONLY.indexTerms(word);
      return [
        ...new Set(analyses.flatMap(({ baseForm, parts }) => [baseForm, ...parts, ...partRuns(parts)])),
      ];
    },
    queryTerms(word) {
      const analyses = analyzeCompound(voikko, word);
      if (analyses.length === 0) return NODE_ONLY.queryTerms(word);
      return [...new Set(analyses.map((analysis) => analysis.baseForm))].map((term) => ({
        term,
        prefix: false,
      }));
    },
  };
}

export type AnalyzerChoice = 'node' | 'voikko' | 'auto';

const chosen = new Map<AnalyzerChoice, Analyzer>();

/** The analyzer the environment asks for; `voikko` without Voikko installed is a configuration error. */
export function searchAnalyzer(choice = process.env['ALOITE_SEARCH_ANALYZER'] ?? 'auto'): Analyzer {
  if (choice !== 'node' && choice !== 'voikko' && choice !== 'auto')
    throw new Error(`ALOITE_SEARCH_ANALYZER must be node, voikko or auto, not ${choice}`);
  const known = chosen.get(choice);
  if (known) return known;
  const voikko = choice === 'node' ? null : loadVoikko();
  if (choice === 'voikko' && !voikko)
    throw new Error('ALOITE_SEARCH_ANALYZER=voikko, but libvoikko1 and voikko-fi are not installed');
  const analyzer = voikko ? withVoikko(voikko) : NODE_ONLY;
  chosen.set(choice, analyzer);
  return analyzer;
}

/** Words as the index counts them: runs of letters and digits; a hyphen or a space ends a word. */
export const WORD = /[\p{L}\p{N}]+/gu;
export const HAS_LETTER = /\p{L}/u;
/**
 * Longer than any Finnish word (the longest in use have about 60 letters); a longer run is no word to analyse, and
 * the analysers' work on compounds grows with the square of a word's length.
 */
const LONGEST_WORD = 80;
/** A word the analysers look at: it has a letter and is not longer than a word can be. */
export const analyzable = (word: string) => HAS_LETTER.test(word) && word.length <= LONGEST_WORD;
/** tsvector's limits: positions up to 16383, at most 256 of them per lexeme. */
const LAST_POSITION = 16_383;
const POSITIONS_PER_TERM = 256;

/** A lexeme as tsvector and tsquery input read it, whatever its characters. */
function quoted(term: string): string {
  return `'${term.replace(/['\\]/g, (match) => `\\${match}`)}'`;
}

/** The `lemmas` vector of a Finnish initiative, as tsvector input; null for a Swedish one (Snowball serves it). */
export function lemmaVector(
  language: string,
  title: string,
  text: string,
  analyzer = searchAnalyzer(),
): string | null {
  if (language !== 'fi') return null;
  const positions = new Map<string, number[]>();
  const words = `${title}\n${text}`.match(WORD) ?? [];
  words.forEach((word, index) => {
    if (!analyzable(word)) return;
    const position = Math.min(index + 1, LAST_POSITION);
    for (const term of analyzer.indexTerms(word)) {
      const list = positions.get(term) ?? [];
      if (list.length < POSITIONS_PER_TERM && list[list.length - 1] !== position) list.push(position);
      positions.set(term, list);
    }
  });
  return [...positions].map(([term, list]) => `${quoted(term)}:${list.join(',')}`).join(' ');
}

/** One word of a query: any of its terms; a word ending in * any term that begins so. */
function wordQuery(word: string, prefix: boolean, analyzer: Analyzer): string {
  if (!analyzable(word)) return quoted(word.toLowerCase());
  const terms = analyzer.queryTerms(word).map((query) => ({ ...query, prefix: query.prefix || prefix }));
  if (prefix) terms.push({ term: word.toLowerCase(), prefix });
  const alternatives = new Set(terms.map((query) => `${quoted(query.term)}${query.prefix ? ':*' : ''}`));
  return `(${[...alternatives].join(' | ')})`;
}

/** Words in a row, as a quoted phrase or a hyphenated word has them: each follows the one before. */
function adjacent(text: string, prefix: boolean, analyzer: Analyzer): string | null {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return null;
  return words
    .map((word, index) => wordQuery(word, prefix && index === words.length - 1, analyzer))
    .join(' <-> ');
}

/** `"phrase"`, `-word`, `or`, `word*` or `word`, the way websearch_to_tsquery reads a query, plus the prefix. */
export const QUERY_ITEM = /"([^"]*)"?|(-?)([^\s"]+)/g;

/**
 * The morphology part of a `q` match, as tsquery input for the `lemmas` vector: every word (or quoted phrase) of
 * the query must match, through its base form, an inflected form or a compound part. Null when `q` has no words.
 */
export function lemmaQuery(q: string, analyzer = searchAnalyzer()): string | null {
  const items: string[] = [];
  let joiner = ' & ';
  for (const [, phrase, negated, word] of q.matchAll(QUERY_ITEM)) {
    if (word !== undefined && word.toLowerCase() === 'or' && !negated) {
      joiner = items.length > 0 ? ' | ' : ' & ';
      continue;
    }
    const prefix = word?.endsWith('*') ?? false;
    const item = adjacent(phrase ?? word ?? '', prefix, analyzer);
    if (item === null) continue;
    items.push(`${items.length > 0 ? joiner : ''}${negated ? '!' : ''}(${item})`);
    joiner = ' & ';
  }
  return items.length > 0 ? items.join('') : null;
}
