import { addDays, DUE_SOON_DAYS, type InitiativeState, type IsoDate } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import {
  documentsMatch,
  matchingDocuments,
  type DocumentReader,
  type MatchingDocument,
} from './document-search';
import { searchFor, TEXT_QUERY, type SnippetSegment } from './initiative-search';

export type { SnippetSegment };
import { decodeCursor, encodeCursor, invalidCursor, type Cursor } from './list-cursor';
import { SUMMARY_COLUMNS } from './record-columns';
import type { InitiativeSummaryRow } from './records';
import { pooledSql, prepared, type Parameters, type Sql } from './sql';

/** Relevance needs a query; the list's default order is filedAt. */
export const LIST_SORTS = ['relevance', 'filedAt', '-filedAt', 'dueDate'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
type DateSort = Exclude<ListSort, 'relevance'>;
export type DeadlineFilter = 'overdue' | 'dueSoon';

export interface ListFilters {
  states: InitiativeState[];
  q: string | null;
  bodyId: string | null;
  year: number | null;
  deadline: DeadlineFilter | null;
  signatory: string | null;
  limit: number;
  cursor: string | null;
  sort: ListSort;
  /** Whose documents a search reads: staff read all of the municipality's; the public pages only public ones. */
  reader?: DocumentReader;
}

export type ListItem = InitiativeSummaryRow & {
  firstSigner: string | null;
  /** The bodies with a handling or a statement request, as the body filter finds them. */
  bodyIds: string[];
  /** With a query: the documents the reader may read whose text matches it. */
  matchingDocuments: MatchingDocument[];
  /** With a query: the passage of the text that matches it, matches marked. */
  snippet: SnippetSegment[] | null;
};

export interface ListPage {
  items: ListItem[];
  total: number;
  /** False when `total` is the planner's estimate: exact counts stop at EXACT_COUNT_LIMIT. */
  totalExact: boolean;
  nextCursor: string | null;
  /** The order the items are in: relevance only with a query and at most EXACT_COUNT_LIMIT matches. */
  sort: ListSort;
}

/**
 * Counting a million matches costs more than the page itself; above this many, the total is PostgreSQL's
 * estimate, which is what a person paging through "about 480,000" initiatives needs anyway. A municipality files
 * tens of initiatives a year, so its real searches stay well below this and are counted exactly.
 */
export const EXACT_COUNT_LIMIT = 1_000;

const SORT_KEYS: Record<DateSort, { key: string; direction: 'ASC' | 'DESC' }> = {
  filedAt: { key: 'i.submitted_on', direction: 'ASC' },
  '-filedAt': { key: 'i.submitted_on', direction: 'DESC' },
  dueDate: { key: "coalesce(i.due_at, 'infinity'::date)", direction: 'ASC' },
};

/** Ranking needs every match's rank before the first page, so only a counted few are ranked. */
const FALLBACK_SORT: DateSort = 'filedAt';

/**
 * The order of this page: a cursor continues the order its page was in; a first page is ranked when a query asks
 * for relevance and the matches were few enough to count.
 */
function sortOf(filters: ListFilters, cursor: Cursor | null, totalExact: boolean): ListSort {
  const ranked =
    filters.sort === 'relevance' && filters.q !== null && (cursor ? 'rank' in cursor : totalExact);
  if (cursor && 'rank' in cursor && !ranked) throw invalidCursor();
  if (ranked) return 'relevance';
  return filters.sort === 'relevance' ? FALLBACK_SORT : filters.sort;
}

type PageRow = InitiativeSummaryRow & {
  firstSigner: string | null;
  bodyIds: string[];
  matchingDocuments: MatchingDocument[];
  sortKey: string;
  headline: string | null;
  unmarkedText: string | null;
};

export async function listInitiatives(
  db: DataSource,
  municipalityId: string,
  filters: ListFilters,
  today: IsoDate,
): Promise<ListPage> {
  const sql = pooledSql(db);
  const cursor = filters.cursor ? decodeCursor(filters.cursor) : null;
  const search = filters.q ? searchFor(filters.q, filters.reader) : null;
  // Every value a filter may name: a statement takes only those its text uses.
  const values = {
    municipalityId,
    states: filters.states,
    ...search?.values,
    yearStart: `${filters.year}-01-01`,
    nextYearStart: `${(filters.year ?? 0) + 1}-01-01`,
    bodyId: filters.bodyId,
    today,
    dueSoonUntil: addDays(today, DUE_SOON_DAYS),
    signatory: filters.signatory,
    limit: filters.limit + 1,
    cursorKey: cursor && ('rank' in cursor ? cursor.rank : cursor.key),
    cursorId: cursor?.id,
    matchIds: [] as string[],
  };
  const where = ['i.municipality_id = :municipalityId'];
  if (filters.states.length > 0) where.push(`i.state = ANY(:states::text[])`);
  if (search) where.push(`(${search.where} OR ${documentsMatch(TEXT_QUERY, filters.reader ?? 'staff')})`);
  if (filters.year !== null)
    where.push(`i.submitted_on >= :yearStart::date AND i.submitted_on < :nextYearStart::date`);
  if (filters.bodyId) where.push(`i.body_ids @> ARRAY[:bodyId::uuid]`);
  // The same expression as initiative_due_idx, so the deadline filters are index range scans.
  const due = "coalesce(i.due_at, 'infinity'::date)";
  if (filters.deadline === 'overdue') where.push(`${due} < :today::date`);
  if (filters.deadline === 'dueSoon') where.push(`${due} >= :today::date AND ${due} <= :dueSoonUntil::date`);
  // Part of a name, folded as the names are (Hamalainen finds Hämäläinen), wildcards taken literally.
  if (filters.signatory)
    where.push(`i.signatory_names_folded LIKE '%' || like_literal(search_fold(:signatory)) || '%'`);
  const { total, totalExact, ids } = await countMatches(sql, where.join(' AND '), values);
  // The page is chosen among the counted matches by id, or by the filters again when they were too many to count.
  values.matchIds = ids ?? [];
  const matching = ids ? ['i.id = ANY(:matchIds::uuid[])'] : where;

  const sort = sortOf(filters, cursor, totalExact);
  const { key, direction, type } =
    sort === 'relevance' && search
      ? { key: search.rank, direction: 'DESC', type: 'numeric' }
      : { ...SORT_KEYS[sort === 'relevance' ? FALLBACK_SORT : sort], type: 'date' };
  if (cursor) {
    const comparison = direction === 'ASC' ? '>' : '<';
    matching.push(`(${key}, i.id) ${comparison} (:cursorKey::${type}, :cursorId::uuid)`);
  }
  const order = (alias: string) => `${alias}.sort_key ${direction}, ${alias}.id ${direction}`;
  // Many matches: walk the sort order's index and test each row, which stops after a page. Few (the count was
  // exact), or ranked: gather them all, then sort. The index that finds a rare match (full text, a body) cannot
  // give the matches in order, and walking the sort order to find them can read the whole table: a word used only
  // in recent years, sorted oldest first.
  const pageIds =
    totalExact || sort === 'relevance'
      ? `WITH matches AS MATERIALIZED (SELECT i.id, ${key} AS sort_key FROM initiative i WHERE ${matching.join(' AND ')})
       SELECT m.id, m.sort_key FROM matches m ORDER BY ${order('m')} LIMIT :limit`
      : `SELECT i.id, ${key} AS sort_key FROM initiative i WHERE ${matching.join(' AND ')}
       ORDER BY ${key} ${direction}, i.id ${direction} LIMIT :limit`;
  const rows = await sql.rows(
    prepared<PageRow>(
      `SELECT ${SUMMARY_COLUMNS}, i.body_ids AS "bodyIds", page.sort_key::text AS "sortKey",
         ${search ? search.snippetColumns : 'NULL AS headline, NULL AS "unmarkedText"'},
         (SELECT s.name FROM signatory s WHERE s.initiative_id = i.id ORDER BY s.first_signer DESC, s.position LIMIT 1)
           AS "firstSigner",
         ${matchingDocuments(search && TEXT_QUERY, filters.reader ?? 'staff')} AS "matchingDocuments"
       FROM (${pageIds}) AS page JOIN initiative i ON i.id = page.id ${search ? search.snippetJoin : ''}
       ORDER BY ${order('page')}`,
    ),
    values,
  );

  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  const next: Cursor | null =
    rows.length > filters.limit && last
      ? sort === 'relevance'
        ? { rank: last.sortKey, id: last.id }
        : { key: last.sortKey, id: last.id }
      : null;
  return {
    items: page.map(({ sortKey: _sortKey, headline, unmarkedText, ...row }) => ({
      ...row,
      snippet: headline === null || !search ? null : search.snippet(headline, unmarkedText),
    })),
    total,
    totalExact,
    nextCursor: next && encodeCursor(next),
    sort,
  };
}

/**
 * Estimated matches beyond this share of the table are surely more than EXACT_COUNT_LIMIT, so they are not counted:
 * PostgreSQL overestimates a rare word's matches (some fifty-fold), but never up to a twentieth of the table.
 */
const SURELY_MANY_SHARE = 0.05;

interface Matches {
  total: number;
  totalExact: boolean;
  /** Every match, when they were few enough to count: the page is then read by id, not searched again. */
  ids: string[] | null;
}

async function countMatches(sql: Sql, where: string, values: Parameters): Promise<Matches> {
  const [plan] = await sql.rows(
    prepared<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM initiative i WHERE ${where}`,
    ),
    values,
  );
  const estimate = Math.round(plan?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  const [table] = await sql.rows(TABLE_SIZE, {});
  if (estimate > Math.max(EXACT_COUNT_LIMIT, (table?.rows ?? 0) * SURELY_MANY_SHARE))
    return { total: estimate, totalExact: false, ids: null };
  const matches = await sql.rows(
    prepared<{ id: string }>(`SELECT i.id FROM initiative i WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}`),
    values,
  );
  if (matches.length <= EXACT_COUNT_LIMIT)
    return { total: matches.length, totalExact: true, ids: matches.map((match) => match.id) };
  return { total: Math.max(EXACT_COUNT_LIMIT + 1, estimate), totalExact: false, ids: null };
}

const TABLE_SIZE = prepared<{ rows: number }>(
  `SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = 'initiative'::regclass`,
);
