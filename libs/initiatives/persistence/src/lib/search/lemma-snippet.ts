// The matching passage of an initiative found only through base forms and compound parts, which PostgreSQL's
// headline (Snowball's stems) does not mark: koira in "koirapuistosta", joki in "joen". Marked as ts_headline marks.
import type { SnippetSegment } from '../initiative-search';
import { analyzable, QUERY_ITEM, searchAnalyzer, WORD, type Analyzer, type QueryTerm } from './morphology';

/** As the headline: some 30 words, the first match after a dozen. */
const WORDS_BEFORE = 12;
const WORDS_IN_PASSAGE = 30;
/** A match further into a text than this is not looked for, as the headline reads only the first 20,000 characters. */
const LAST_CHARACTER = 20_000;

/** Whether a word of a text is one the query asks for, by its base forms and compound parts. */
export type WordMatcher = (word: string) => boolean;

/** The query's words (not those it excludes with -), each by its terms; null when it has none. */
export function lemmaMatcher(q: string, analyzer: Analyzer = searchAnalyzer()): WordMatcher | null {
  const wanted: QueryTerm[] = [];
  for (const [, phrase, negated, word] of q.matchAll(QUERY_ITEM)) {
    if (negated) continue;
    const prefix = word?.endsWith('*') ?? false;
    for (const each of (phrase ?? word ?? '').match(WORD) ?? [])
      if (analyzable(each))
        for (const term of analyzer.queryTerms(each)) wanted.push({ ...term, prefix: term.prefix || prefix });
  }
  if (wanted.length === 0) return null;
  const known = new Map<string, boolean>();
  return (word) => {
    if (!analyzable(word)) return false;
    let matches = known.get(word);
    if (matches === undefined) {
      const terms = analyzer.indexTerms(word);
      matches = terms.some((term) =>
        wanted.some((query) => (query.prefix ? term.startsWith(query.term) : term === query.term)),
      );
      known.set(word, matches);
    }
    return matches;
  };
}

/** The passage around the first word the matcher accepts, its matching words marked; null when none does. */
export function lemmaSnippet(text: string, matches: WordMatcher): SnippetSegment[] | null {
  const words = [...text.slice(0, LAST_CHARACTER).matchAll(WORD)];
  const first = words.findIndex(([word]) => matches(word));
  if (first < 0) return null;
  const start = Math.max(0, first - WORDS_BEFORE);
  const passage = words.slice(start, start + WORDS_IN_PASSAGE);
  const segments: SnippetSegment[] = [];
  let at = passage[0]?.index ?? 0;
  for (const { 0: word, index } of passage) {
    if (!matches(word)) continue;
    if (index > at) segments.push({ text: text.slice(at, index), match: false });
    segments.push({ text: word, match: true });
    at = index + word.length;
  }
  const last = passage[passage.length - 1];
  const end = last ? last.index + last[0].length : at;
  if (end > at) segments.push({ text: text.slice(at, end), match: false });
  return segments;
}
