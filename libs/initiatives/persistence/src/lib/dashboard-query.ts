import { addDays, DUE_SOON_DAYS, FINAL_STATES, type InitiativeState, type IsoDate } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { SUMMARY_COLUMNS } from './record-columns';
import type { InitiativeSummaryRow } from './records';
import { pooledSql, prepared } from './sql';

export interface OpenRequestsAtBody {
  bodyId: string;
  open: number;
  overdue: number;
}

export interface OpenRequestRow {
  initiativeId: string;
  diaryNumber: string;
  title: string;
  state: InitiativeState;
  bodyId: string;
  requestedOn: IsoDate;
  dueDate: IsoDate;
}

export interface DashboardRows {
  byState: Partial<Record<InitiativeState, number>>;
  /** Open initiatives whose earliest unmet deadline is past or within the due-soon window, earliest first. */
  dueRows: InitiativeSummaryRow[];
  openRequestsByBody: OpenRequestsAtBody[];
  oldestOpen: InitiativeSummaryRow[];
  requestsAtBodies: OpenRequestRow[];
}

const DUE_ROWS_SHOWN = 20;
const OLDEST_SHOWN = 5;

const BY_STATE = prepared<{ state: InitiativeState; count: number }>(
  `SELECT state, count(*)::int AS count FROM initiative WHERE municipality_id = :municipalityId GROUP BY state`,
);
const DUE_ROWS = prepared<InitiativeSummaryRow>(`
  SELECT ${SUMMARY_COLUMNS} FROM initiative i
  WHERE i.municipality_id = :municipalityId AND coalesce(i.due_at, 'infinity'::date) <= :dueSoonUntil::date
  ORDER BY coalesce(i.due_at, 'infinity'::date), i.id LIMIT ${DUE_ROWS_SHOWN}`);
const OPEN_REQUESTS_BY_BODY = prepared<OpenRequestsAtBody>(`
  SELECT body_id AS "bodyId", count(*)::int AS open, count(*) FILTER (WHERE due_date < :today::date)::int AS overdue
  FROM statement_request WHERE municipality_id = :municipalityId AND status = 'open' AND body_id IS NOT NULL
  GROUP BY body_id ORDER BY count(*) DESC, body_id`);
const OLDEST_OPEN = prepared<InitiativeSummaryRow>(`
  SELECT ${SUMMARY_COLUMNS} FROM initiative i
  WHERE i.municipality_id = :municipalityId AND i.state <> ALL(:finalStates::text[])
  ORDER BY i.submitted_on, i.id LIMIT ${OLDEST_SHOWN}`);
const REQUESTS_AT_BODIES = prepared<OpenRequestRow>(`
  SELECT i.id AS "initiativeId", i.diary_number AS "diaryNumber", i.title, i.state, r.body_id AS "bodyId",
    r.requested_on AS "requestedOn", r.due_date AS "dueDate"
  FROM statement_request r JOIN initiative i ON i.id = r.initiative_id
  WHERE r.municipality_id = :municipalityId AND r.status = 'open' AND r.body_id = ANY(:bodyIds::uuid[])
  ORDER BY r.due_date, i.diary_number`);

/** What council staff see first: each figure is one indexed query, run side by side. */
export async function dashboardRows(
  db: DataSource,
  municipalityId: string,
  bodyIds: readonly string[],
  today: IsoDate,
): Promise<DashboardRows> {
  const sql = pooledSql(db);
  const values = {
    municipalityId,
    bodyIds,
    today,
    dueSoonUntil: addDays(today, DUE_SOON_DAYS),
    finalStates: FINAL_STATES,
  };
  const [byState, dueRows, openRequestsByBody, oldestOpen, requestsAtBodies] = await Promise.all([
    sql.rows(BY_STATE, values),
    sql.rows(DUE_ROWS, values),
    sql.rows(OPEN_REQUESTS_BY_BODY, values),
    sql.rows(OLDEST_OPEN, values),
    bodyIds.length === 0 ? Promise.resolve([]) : sql.rows(REQUESTS_AT_BODIES, values),
  ]);
  return {
    byState: Object.fromEntries(byState.map((row) => [row.state, row.count])),
    dueRows,
    openRequestsByBody,
    oldestOpen,
    requestsAtBodies,
  };
}
