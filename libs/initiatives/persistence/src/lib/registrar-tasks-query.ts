import type { IsoDate } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { pooledSql, prepared } from './sql';

/** An initiative waiting for the registry, oldest first. */
export interface TaskInitiativeRow {
  initiativeId: string;
  diaryNumber: string;
  title: string;
  submittedOn: IsoDate;
}

/** A statement request past its due date: asked of a body or of an office holder. */
export interface OverdueRequestRow {
  initiativeId: string;
  diaryNumber: string;
  title: string;
  bodyId: string | null;
  officeHolder: string | null;
  dueDate: IsoDate;
}

export interface RegistrarTaskRows {
  /** Filed and not yet referred to the board. */
  toRefer: TaskInitiativeRow[];
  overdueRequests: OverdueRequestRow[];
  overdueRequestsTotal: number;
  /** In board preparation: no request open, the board's proposal to make. */
  boardDecisions: TaskInitiativeRow[];
  /** A council decision on an annual list is recorded on or after `listYearStart`. */
  annualListDecided: boolean;
}

export const TASKS_SHOWN = 10;

// Both walk initiative_state_idx in filing order, as the list's state filter does.
const IN_STATE = prepared<TaskInitiativeRow>(`
  SELECT i.id AS "initiativeId", i.diary_number AS "diaryNumber", i.title, i.submitted_on AS "submittedOn"
  FROM initiative i WHERE i.municipality_id = :municipalityId AND i.state = :state
  ORDER BY i.submitted_on, i.id LIMIT ${TASKS_SHOWN}`);
// The same scan as the dashboard's open requests per body; the window counts them all before the limit.
const OVERDUE_REQUESTS = prepared<OverdueRequestRow & { total: number }>(`
  SELECT i.id AS "initiativeId", i.diary_number AS "diaryNumber", i.title, r.body_id AS "bodyId",
    r.office_holder_name AS "officeHolder", r.due_date AS "dueDate", count(*) OVER ()::int AS total
  FROM statement_request r JOIN initiative i ON i.id = r.initiative_id
  WHERE r.municipality_id = :municipalityId AND r.status = 'open' AND r.due_date < :today::date
  ORDER BY r.due_date, i.diary_number, r.position LIMIT ${TASKS_SHOWN}`);
// handling_annual_list_idx holds only the handlings of annual-list decisions.
const ANNUAL_LIST_DECIDED = prepared<{ decided: boolean }>(`
  SELECT EXISTS (SELECT 1 FROM handling h WHERE h.municipality_id = :municipalityId
    AND h.event IN ('CLOSE_VIA_ANNUAL_LIST', 'DECLARE_LAPSED') AND h.date >= :listYearStart::date) AS decided`);

/** What the registry has to do next; each read is one indexed query, run side by side. */
export async function registrarTaskRows(
  db: DataSource,
  municipalityId: string,
  today: IsoDate,
  listYearStart: IsoDate,
): Promise<RegistrarTaskRows> {
  const sql = pooledSql(db);
  const [toRefer, overdue, boardDecisions, [annualList]] = await Promise.all([
    sql.rows(IN_STATE, { municipalityId, state: 'registered' }),
    sql.rows(OVERDUE_REQUESTS, { municipalityId, today }),
    sql.rows(IN_STATE, { municipalityId, state: 'boardPreparation' }),
    sql.rows(ANNUAL_LIST_DECIDED, { municipalityId, listYearStart }),
  ]);
  return {
    toRefer,
    overdueRequests: overdue.map(({ total: _total, ...request }) => request),
    overdueRequestsTotal: overdue[0]?.total ?? 0,
    boardDecisions,
    annualListDecided: annualList?.decided ?? false,
  };
}
