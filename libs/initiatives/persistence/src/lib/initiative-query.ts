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

export async function listInitiatives(
  db: DataSource,
  municipalityId: string,
  filters: ListFilters,
  today: IsoDate,
): Promise<ListPage> {
  const params: unknown[] = [municipalityId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = ['i.municipality_id = $1'];
  if (filters.states.length > 0) where.push(`i.state = ANY(${param(filters.states)}::text[])`);
  if (filters.q) where.push(`i.search @@ websearch_to_tsquery('finnish', ${param(filters.q)})`);
  if (filters.year !== null) {
    where.push(`i.submitted_on >= ${param(`${filters.year}-01-01`)}::date`);
    where.push(`i.submitted_on < ${param(`${filters.year + 1}-01-01`)}::date`);
  }
  if (filters.bodyId) where.push(`i.body_ids @> ARRAY[${param(filters.bodyId)}::uuid]`);
  // The same expression as initiative_due_idx, so the deadline filters are index range scans.
  const due = "coalesce(i.due_at, 'infinity'::date)";
  if (filters.deadline === 'overdue') where.push(`${due} < ${param(today)}::date`);
  if (filters.deadline === 'dueSoon') {
    where.push(`${due} >= ${param(today)}::date AND ${due} <= ${param(addDays(today, DUE_SOON_DAYS))}::date`);
  }
  if (filters.signatory) where.push(`i.signatory_names ILIKE ${param(likePattern(filters.signatory))}`);
  const countParams = [...params];
  const countWhere = [...where];

  const { key, direction } = SORT_KEYS[filters.sort];
  if (filters.cursor) {
    const cursor = decodeCursor(filters.cursor);
    const comparison = direction === 'ASC' ? '>' : '<';
    where.push(`(${key}, i.id) ${comparison} (${param(cursor.key)}::date, ${param(cursor.id)}::uuid)`);
  }
  const { total, totalExact } = await countMatches(db, countWhere.join(' AND '), countParams);
  const limit = param(filters.limit + 1);
  const order = (alias: string) => `${alias}.sort_key ${direction}, ${alias}.id ${direction}`;
  // Many matches: walk the sort order's index and test each row, which stops after a page. Few (the count was
  // exact): gather them all, then sort. The index that finds a rare match (full text, a body) cannot give the
  // matches in order, and walking the sort order to find them can read the whole table: a word used only in
  // recent years, sorted oldest first.
  const pageIds = totalExact
    ? `WITH matches AS MATERIALIZED (SELECT i.id, ${key} AS sort_key FROM initiative i WHERE ${where.join(' AND ')})
       SELECT m.id, m.sort_key FROM matches m ORDER BY ${order('m')} LIMIT ${limit}`
    : `SELECT i.id, ${key} AS sort_key FROM initiative i WHERE ${where.join(' AND ')}
       ORDER BY ${key} ${direction}, i.id ${direction} LIMIT ${limit}`;
  const rows = (await db.query(
    `SELECT ${SUMMARY_COLUMNS}, page.sort_key AS "sortKey",
       (SELECT s.name FROM signatory s WHERE s.initiative_id = i.id ORDER BY s.first_signer DESC, s.position LIMIT 1)
         AS "firstSigner"
     FROM (${pageIds}) AS page JOIN initiative i ON i.id = page.id
     ORDER BY ${order('page')}`,
    params,
  )) as (InitiativeSummaryRow & { firstSigner: string | null; sortKey: string })[];

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
  db: DataSource,
  where: string,
  params: unknown[],
): Promise<{ total: number; totalExact: boolean }> {
  const [{ total }] = (await db.query(
    `SELECT count(*)::int AS total FROM (SELECT 1 FROM initiative i WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}) AS matches`,
    params,
  )) as [{ total: number }];
  if (total <= EXACT_COUNT_LIMIT) return { total, totalExact: true };
  const [plan] = (await db.query(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM initiative i WHERE ${where}`,
    params,
  )) as [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }];
  return {
    total: Math.max(EXACT_COUNT_LIMIT + 1, Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows'])),
    totalExact: false,
  };
}
