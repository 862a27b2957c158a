import { addDays, DUE_SOON_DAYS, FINAL_STATES, type InitiativeState, type IsoDate } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { SUMMARY_COLUMNS } from './record-columns';
import type { InitiativeSummaryRow } from './records';

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

/** What council staff see first: each figure is one indexed query, run side by side. */
export async function dashboardRows(
  db: DataSource,
  municipalityId: string,
  bodyIds: readonly string[],
  today: IsoDate,
): Promise<DashboardRows> {
  const [byState, dueRows, openRequestsByBody, oldestOpen, requestsAtBodies] = await Promise.all([
    db.query(
      `SELECT state, count(*)::int AS count FROM initiative WHERE municipality_id = $1 GROUP BY state`,
      [municipalityId],
    ) as Promise<{ state: InitiativeState; count: number }[]>,
    db.query(
      `SELECT ${SUMMARY_COLUMNS} FROM initiative i
       WHERE i.municipality_id = $1 AND coalesce(i.due_at, 'infinity'::date) <= $2::date
       ORDER BY coalesce(i.due_at, 'infinity'::date), i.id LIMIT ${DUE_ROWS_SHOWN}`,
      [municipalityId, addDays(today, DUE_SOON_DAYS)],
    ) as Promise<InitiativeSummaryRow[]>,
    db.query(
      `SELECT body_id AS "bodyId", count(*)::int AS open, count(*) FILTER (WHERE due_date < $2::date)::int AS overdue
       FROM statement_request WHERE municipality_id = $1 AND status = 'open'
       GROUP BY body_id ORDER BY count(*) DESC, body_id`,
      [municipalityId, today],
    ) as Promise<OpenRequestsAtBody[]>,
    db.query(
      `SELECT ${SUMMARY_COLUMNS} FROM initiative i
       WHERE i.municipality_id = $1 AND i.state <> ALL($2::text[])
       ORDER BY i.submitted_on, i.id LIMIT ${OLDEST_SHOWN}`,
      [municipalityId, FINAL_STATES],
    ) as Promise<InitiativeSummaryRow[]>,
    bodyIds.length === 0
      ? Promise.resolve([])
      : (db.query(
          `SELECT i.id AS "initiativeId", i.diary_number AS "diaryNumber", i.title, i.state, r.body_id AS "bodyId",
             r.requested_on AS "requestedOn", r.due_date AS "dueDate"
           FROM statement_request r JOIN initiative i ON i.id = r.initiative_id
           WHERE r.municipality_id = $1 AND r.status = 'open' AND r.body_id = ANY($2::uuid[])
           ORDER BY r.due_date, i.diary_number`,
          [municipalityId, bodyIds],
        ) as Promise<OpenRequestRow[]>),
  ]);
  return {
    byState: Object.fromEntries(byState.map((row) => [row.state, row.count])),
    dueRows,
    openRequestsByBody,
    oldestOpen,
    requestsAtBodies,
  };
}
