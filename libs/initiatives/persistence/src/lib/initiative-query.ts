import {
  addDays,
  DUE_SOON_DAYS,
  isIsoDate,
  UUID_PATTERN,
  type InitiativeState,
  type IsoDate,
} from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { invalidInput } from './errors';
import { SUMMARY_COLUMNS } from './record-columns';
import type { InitiativeSummaryRow } from './records';
import { lemmaQuery } from './search/morphology';
import { pooledSql, prepared, type Parameters, type Sql } from './sql';

export type ListSort = 'filedAt' | '-filedAt' | 'dueDate';
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
}

export interface ListPage {
  items: (InitiativeSummaryRow & { firstSigner: string | null })[];
  total: number;
  /** False when `total` is the planner's estimate: exact counts stop at EXACT_COUNT_LIMIT. */
  totalExact: boolean;
  nextCursor: string | null;
}

/**
 * Counting a million matches costs more than the page itself; above this many, the total is PostgreSQL's
 * estimate, which is what a person paging through "about 480,000" initiatives needs anyway. A municipality files
 * tens of initiatives a year, so its real searches stay well below this and are counted exactly.
 */
export const EXACT_COUNT_LIMIT = 1_000;

interface Cursor {
  key: string;
  id: string;
}

const SORT_KEYS: Record<ListSort, { key: string; direction: 'ASC' | 'DESC' }> = {
  filedAt: { key: 'i.submitted_on', direction: 'ASC' },
  '-filedAt': { key: 'i.submitted_on', direction: 'DESC' },
  dueDate: { key: "coalesce(i.due_at, 'infinity'::date)", direction: 'ASC' },
};

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Cursor>;
    // A real day (a tampered 2026-02-30 or 0000-01-01 would fail in SQL), or a due date's infinity.
    if (
      typeof parsed.key === 'string' &&
      (parsed.key === 'infinity' || isIsoDate(parsed.key)) &&
      typeof parsed.id === 'string' &&
      UUID_PATTERN.test(parsed.id)
    ) {
      return { key: parsed.key, id: parsed.id };
    }
  } catch {
    // fall through to the clerk-readable error
  }
  throw invalidInput('cursor', 'is not a cursor from a previous page; start from the first page');
}

/** Escapes LIKE wildcards so a name is matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}

type PageRow = InitiativeSummaryRow & { firstSigner: string | null; sortKey: string };

export async function listInitiatives(
  db: DataSource,
  municipalityId: string,
  filters: ListFilters,
  today: IsoDate,
): Promise<ListPage> {
  const sql = pooledSql(db);
  const cursor = filters.cursor ? decodeCursor(filters.cursor) : null;
  // Every value a filter may name: a statement takes only those its text uses.
  const values = {
    municipalityId,
    states: filters.states,
    q: filters.q,
    lemmaQuery: filters.q && lemmaQuery(filters.q),
    yearStart: `${filters.year}-01-01`,
    nextYearStart: `${(filters.year ?? 0) + 1}-01-01`,
    bodyId: filters.bodyId,
    today,
    dueSoonUntil: addDays(today, DUE_SOON_DAYS),
    signatory: filters.signatory && likePattern(filters.signatory),
    limit: filters.limit + 1,
    cursorKey: cursor?.key,
    cursorId: cursor?.id,
  };
  const where = ['i.municipality_id = :municipalityId'];
  if (filters.states.length > 0) where.push(`i.state = ANY(:states::text[])`);
  // Finnish and Swedish initiatives are stemmed each in its own language, and a query may be in either; a Finnish
  // one is also found through its words' base forms and compound parts.
  if (filters.q)
    where.push(
      `(i.search @@ (websearch_to_tsquery('finnish', :q) || websearch_to_tsquery('swedish', :q)) OR i.lemmas @@ :lemmaQuery::tsquery)`,
    );
  if (filters.year !== null)
    where.push(`i.submitted_on >= :yearStart::date AND i.submitted_on < :nextYearStart::date`);
  if (filters.bodyId) where.push(`i.body_ids @> ARRAY[:bodyId::uuid]`);
  // The same expression as initiative_due_idx, so the deadline filters are index range scans.
  const due = "coalesce(i.due_at, 'infinity'::date)";
  if (filters.deadline === 'overdue') where.push(`${due} < :today::date`);
  if (filters.deadline === 'dueSoon') where.push(`${due} >= :today::date AND ${due} <= :dueSoonUntil::date`);
  if (filters.signatory) where.push(`i.signatory_names ILIKE :signatory`);
  const { total, totalExact } = await countMatches(sql, where.join(' AND '), values);

  const { key, direction } = SORT_KEYS[filters.sort];
  if (cursor) {
    const comparison = direction === 'ASC' ? '>' : '<';
    where.push(`(${key}, i.id) ${comparison} (:cursorKey::date, :cursorId::uuid)`);
  }
  const order = (alias: string) => `${alias}.sort_key ${direction}, ${alias}.id ${direction}`;
  // Many matches: walk the sort order's index and test each row, which stops after a page. Few (the count was
  // exact): gather them all, then sort. The index that finds a rare match (full text, a body) cannot give the
  // matches in order, and walking the sort order to find them can read the whole table: a word used only in
  // recent years, sorted oldest first.
  const pageIds = totalExact
    ? `WITH matches AS MATERIALIZED (SELECT i.id, ${key} AS sort_key FROM initiative i WHERE ${where.join(' AND ')})
       SELECT m.id, m.sort_key FROM matches m ORDER BY ${order('m')} LIMIT :limit`
    : `SELECT i.id, ${key} AS sort_key FROM initiative i WHERE ${where.join(' AND ')}
       ORDER BY ${key} ${direction}, i.id ${direction} LIMIT :limit`;
  const rows = await sql.rows(
    prepared<PageRow>(
      `SELECT ${SUMMARY_COLUMNS}, page.sort_key AS "sortKey",
         (SELECT s.name FROM signatory s WHERE s.initiative_id = i.id ORDER BY s.first_signer DESC, s.position LIMIT 1)
           AS "firstSigner"
       FROM (${pageIds}) AS page JOIN initiative i ON i.id = page.id
       ORDER BY ${order('page')}`,
    ),
    values,
  );

  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortKey: _sortKey, ...row }) => row),
    total,
    totalExact,
    nextCursor: rows.length > filters.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

async function countMatches(
  sql: Sql,
  where: string,
  values: Parameters,
): Promise<{ total: number; totalExact: boolean }> {
  const [counted] = await sql.rows(
    prepared<{ total: number }>(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM initiative i WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}) AS matches`,
    ),
    values,
  );
  const total = counted?.total ?? 0;
  if (total <= EXACT_COUNT_LIMIT) return { total, totalExact: true };
  const [plan] = await sql.rows(
    prepared<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM initiative i WHERE ${where}`,
    ),
    values,
  );
  return {
    total: Math.max(EXACT_COUNT_LIMIT + 1, Math.round(plan?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0)),
    totalExact: false,
  };
}
