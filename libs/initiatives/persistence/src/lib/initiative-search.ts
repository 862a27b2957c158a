import type { DocumentReader } from './document-search';
import { lemmaMatcher, lemmaSnippet } from './search/lemma-snippet';
import { lemmaQuery } from './search/morphology';
import { queryNameForms } from './search/name-forms';

/**
 * The list's search box: the words in the initiatives' title and text, a diary number by any part of it, and a
 * signatory by name with or without diacritics; ranked with exact things first.
 */

/** Finnish and Swedish initiatives are stemmed each in its own language, and a query may be in either. */
export const TEXT_QUERY = `(websearch_to_tsquery('finnish', :q) || websearch_to_tsquery('swedish', :q))`;

/** A Finnish initiative's words by base form and compound part (`lemmas`, written at filing by Node's analyzer). */
const LEMMA_QUERY = `:lemmaQuery::tsquery`;

/** The configuration the search vector's trigger stemmed this initiative with. */
const OWN_CONFIGURATION = `(CASE i.language WHEN 'sv' THEN 'swedish' ELSE 'finnish' END)::regconfig`;

/** One clause per value, each with its own parameter: a constant the planner estimates and matches to an index. */
function anyOf(count: number, name: string, clause: (parameter: string) => string): string {
  return `(${Array.from({ length: count }, (_, index) => clause(`:${name}${index}`)).join(' OR ')})`;
}
const numbered = (values: readonly string[], name: string) =>
  Object.fromEntries(values.map((value, index) => [`${name}${index}`, value]));

/** A diary number contains one of the terms (`like_literal` escapes LIKE's wildcards, so `%` is a percent sign). */
const diaryPart = (count: number) =>
  anyOf(count, 'diaryTerm', (term) => `i.diary_number ILIKE '%' || like_literal(${term}) || '%'`);
const diaryExact = (count: number) =>
  anyOf(count, 'diaryTerm', (term) => `i.diary_number ILIKE like_literal(${term})`);

/** The names a query is compared with: each line is one signatory's or one preparer's name, ' word word '. */
const SIGNATORY_LINES = 'i.signatory_names_folded';
const NAME_LINES = `(i.signatory_names_folded || E'\\n' || i.preparer_names_folded)`;

/**
 * The query, folded as the names are, is whole words of one name, as typed or as a base form (Hämäläisen). The
 * names' word index finds the initiatives that have all the words; their lines say whether one name has them so.
 */
function nameMatch(forms: number, lines: string): string {
  const words = Array.from(
    { length: forms },
    (_, index) => `plainto_tsquery('simple', search_fold(:nameForm${index}))`,
  );
  const inOneLine = anyOf(
    forms,
    'nameForm',
    (form) => `strpos(${lines}, ' ' || search_fold(${form}) || ' ') > 0`,
  );
  return `(i.name_words @@ (${words.join(' || ')}) AND ${inOneLine})`;
}

/**
 * The matching passage, between two control characters that no stored text can hold (text fields refuse them), so
 * the marks are found again without trusting anything in the text. Only the first 20,000 characters (some seven
 * pages) are read: the highlighter parses all it is given, some 17 ms a row for a filing's longest text.
 */
const START = '\u0001';
const STOP = '\u0002';
const HEADLINE = `ts_headline(${OWN_CONFIGURATION}, left(i.text, 20000), websearch_to_tsquery(${OWN_CONFIGURATION}, :q),
  'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/** The headline, computed once a row. */
const SNIPPET_JOIN = `CROSS JOIN LATERAL (SELECT ${HEADLINE} AS marked) AS headline`;

/** The headline, and the text where it marks nothing but the row's base forms match (koira in koirapuistosta). */
const snippetColumns = (byLemmas: string | false) => `headline.marked AS headline,
  CASE WHEN ${byLemmas || 'false'} AND strpos(headline.marked, '${START}') = 0 THEN left(i.text, 20000) END
    AS "unmarkedText"`;

/** Trigram indexes find nothing shorter: a shorter diary number or name part would read every row. */
const SHORTEST_TERM = 3;

export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface Search {
  /** True for an initiative the query finds. */
  where: string;
  /**
   * Exact diary number 3, a signatory's name 2, a preparer's 1.5, a diary number's part 1, plus the text's rank
   * (below 1).
   */
  rank: string;
  /** Joined to each row of the page: its headline (the matching passage marked by Snowball's stems). */
  snippetJoin: string;
  /** `headline` and `unmarkedText`, the columns `snippet` reads. */
  snippetColumns: string;
  /** The matching passage: the headline's marks, or the words the query's base forms match where it has none. */
  snippet(headline: string, unmarkedText: string | null): SnippetSegment[];
  values: Record<string, string | null>;
}

/**
 * What may be a diary number typed whole or in part: the whole query if it has a digit (`HEL 2026-000042`,
 * `2026-726`, `12-2026`), and each word with a digit and a separator (`kajdno-2026-7` in `kajdno-2026-7 uimahalli`).
 * A lone number among words (a year) would find every initiative of that year, so it stays a word of the text.
 */
export function diaryNumberTerms(query: string): string[] {
  const whole = query.replace(/["\s]+/g, ' ').trim();
  const words = whole.split(' ').filter((word) => /[-/]/.test(word));
  return [...new Set([whole, ...words])].filter((term) => /\d/.test(term) && term.length >= SHORTEST_TERM);
}

export function searchFor(q: string, reader: DocumentReader = 'staff'): Search {
  const diaryTerms = diaryNumberTerms(q);
  const lemmas = lemmaQuery(q);
  let matches: ReturnType<typeof lemmaMatcher> | undefined;
  // Quotes mark phrases for the text search; a name is matched as typed without them.
  const nameQuery = q.replace(/"/g, ' ');
  const byName = nameQuery.replace(/[\s-]/g, '').length >= SHORTEST_TERM;
  const nameForms = byName ? queryNameForms(nameQuery) : [];
  // A statement request's or a draft agenda item's preparers are not public (issue 21): nor is finding one by them.
  const byNameSql = nameMatch(nameForms.length, reader === 'public' ? SIGNATORY_LINES : NAME_LINES);
  const byDiary = diaryTerms.length > 0;
  const exact = [
    byDiary && `WHEN ${diaryExact(diaryTerms.length)} THEN 3`,
    byName && `WHEN ${nameMatch(nameForms.length, SIGNATORY_LINES)} THEN 2`,
    byName && `WHEN ${byNameSql} THEN 1.5`,
    byDiary && `WHEN ${diaryPart(diaryTerms.length)} THEN 1`,
  ];
  const tiers = exact.filter(Boolean);
  const byLemmas = lemmas !== null && `i.lemmas @@ ${LEMMA_QUERY}`;
  const textRank = `ts_rank_cd(i.search, ${TEXT_QUERY}, 32)`;
  const rank = byLemmas
    ? `greatest(${textRank}, coalesce(ts_rank_cd(i.lemmas, ${LEMMA_QUERY}, 32), 0))`
    : textRank;
  return {
    where: `(${[`i.search @@ ${TEXT_QUERY}`, byLemmas, byName && byNameSql, byDiary && diaryPart(diaryTerms.length)].filter(Boolean).join(' OR ')})`,
    rank: `round(${rank}::numeric${tiers.length > 0 ? ` + CASE ${tiers.join(' ')} ELSE 0 END` : ''}, 6)`,
    snippetJoin: SNIPPET_JOIN,
    snippetColumns: snippetColumns(byLemmas),
    snippet: (headline, unmarkedText) => {
      const matcher = unmarkedText === null ? null : (matches ??= lemmaMatcher(q));
      return (
        (matcher && unmarkedText !== null && lemmaSnippet(unmarkedText, matcher)) || snippetSegments(headline)
      );
    },
    values: {
      q,
      lemmaQuery: lemmas,
      ...numbered(diaryTerms, 'diaryTerm'),
      ...numbered(nameForms, 'nameForm'),
    },
  };
}

/** A headline as text with its matches marked, never markup: whatever the text holds stays text. */
export function snippetSegments(headline: string): SnippetSegment[] {
  const [before = '', ...marked] = headline.trim().split(START);
  return [
    { text: before, match: false },
    ...marked.flatMap((part) => {
      const [match = '', after = ''] = part.split(STOP);
      return [
        { text: match, match: true },
        { text: after, match: false },
      ];
    }),
  ].filter((segment) => segment.text !== '');
}
