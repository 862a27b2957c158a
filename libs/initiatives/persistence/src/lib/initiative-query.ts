import { addDays, DUE_SOON_DAYS, type InitiativeState, type IsoDate } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { invalid } from './errors';
import { INITIATIVE_COLUMNS } from './initiative-store';
import type { InitiativeRow } from './records';

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
  items: (InitiativeRow & { firstSigner: string | null })[];
  total: number;
  nextCursor: string | null;
}

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
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const date = /^(\d{4}-\d{2}-\d{2}|infinity)$/;
    if (
      typeof parsed.key === 'string' &&
      date.test(parsed.key) &&
      typeof parsed.id === 'string' &&
      uuid.test(parsed.id)
    ) {
      return { key: parsed.key, id: parsed.id };
    }
  } catch {
    // fall through to the clerk-readable error
  }
  throw invalid('cursor', 'is not a cursor from a previous page; start from the first page');
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
  if (filters.bodyId) {
    const body = param(filters.bodyId);
    where.push(`(EXISTS (SELECT 1 FROM handling h WHERE h.initiative_id = i.id AND h.body_id = ${body}::uuid)
      OR EXISTS (SELECT 1 FROM statement_request r WHERE r.initiative_id = i.id AND r.body_id = ${body}::uuid))`);
  }
  if (filters.deadline === 'overdue') where.push(`i.due_at < ${param(today)}::date`);
  if (filters.deadline === 'dueSoon') {
    where.push(
      `i.due_at >= ${param(today)}::date AND i.due_at <= ${param(addDays(today, DUE_SOON_DAYS))}::date`,
    );
  }
  if (filters.signatory) {
    where.push(
      `EXISTS (SELECT 1 FROM signatory s WHERE s.initiative_id = i.id AND s.name ILIKE ${param(likePattern(filters.signatory))})`,
    );
  }
  const countParams = [...params];
  const countWhere = [...where];

  const { key, direction } = SORT_KEYS[filters.sort];
  if (filters.cursor) {
    const cursor = decodeCursor(filters.cursor);
    const comparison = direction === 'ASC' ? '>' : '<';
    where.push(`(${key}, i.id) ${comparison} (${param(cursor.key)}::date, ${param(cursor.id)}::uuid)`);
  }
  const limit = param(filters.limit + 1);
  const rows = (await db.query(
    `SELECT ${INITIATIVE_COLUMNS}, ${key} AS "sortKey",
       (SELECT s.name FROM signatory s WHERE s.initiative_id = i.id ORDER BY s.first_signer DESC, s.position LIMIT 1)
         AS "firstSigner"
     FROM initiative i WHERE ${where.join(' AND ')}
     ORDER BY ${key} ${direction}, i.id ${direction} LIMIT ${limit}`,
    params,
  )) as (InitiativeRow & { firstSigner: string | null; sortKey: string })[];
  const [{ total }] = (await db.query(
    `SELECT count(*)::int AS total FROM initiative i WHERE ${countWhere.join(' AND ')}`,
    countParams,
  )) as [{ total: number }];

  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortKey: _sortKey, ...row }) => row),
    total,
    nextCursor: rows.length > filters.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}
