import type { DataSource } from 'typeorm';
import type { MeetingStatus } from '@aloite/domain';
import { StoreError } from './errors';
import { knownInitiativesOf, type KnownInitiatives } from './known-initiatives';
import { AGENDA_ITEM_JSON } from './agenda-columns';
import type { AgendaItemRow } from './agenda-records';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';

/** A meeting (kokous) of one body. `startTime` is `HH:MM`. */
export interface MeetingRow {
  id: string;
  bodyId: string;
  date: string;
  startTime: string | null;
  place: string | null;
  status: MeetingStatus;
  minutesCheckedOn: string | null;
}

export interface MeetingWithAgenda extends MeetingRow {
  items: AgendaItemRow[];
}

export type NewMeeting = Pick<MeetingRow, 'date' | 'startTime' | 'place'>;

/** What a change of a meeting sets, and how its log names the change. */
export interface MeetingChange {
  change: string;
  set: Partial<Pick<MeetingRow, 'date' | 'startTime' | 'place' | 'status' | 'minutesCheckedOn'>>;
}

export const MEETING_COLUMNS = `m.id, m.body_id AS "bodyId", m.date, to_char(m.start_time, 'HH24:MI') AS "startTime",
  m.place, m.status, m.minutes_checked_on AS "minutesCheckedOn"`;

const CALENDAR = prepared<MeetingRow>(`
  SELECT ${MEETING_COLUMNS} FROM meeting m
  WHERE m.municipality_id = :municipalityId AND m.body_id = :bodyId
    AND (:year::int IS NULL OR m.date BETWEEN make_date(:year::int, 1, 1) AND make_date(:year::int, 12, 31))
  ORDER BY m.date, m.start_time NULLS LAST, m.id`);

const SCHEDULE = prepared<MeetingRow>(`
  WITH added AS (
    INSERT INTO meeting AS m (municipality_id, body_id, date, start_time, place)
    SELECT :municipalityId::uuid, :bodyId::uuid, x.date, x.start_time, x.place
    FROM jsonb_to_recordset(:meetings::jsonb) AS x(date date, start_time time, place text)
    RETURNING ${MEETING_COLUMNS}
  ), logged AS (
    INSERT INTO meeting_change (municipality_id, meeting_id, change, detail, actor)
    SELECT :municipalityId::uuid, a.id, 'planned', to_jsonb(a), :actor::text FROM added a
  )
  SELECT * FROM added ORDER BY date, "startTime" NULLS LAST`);

const FIND = prepared<MeetingWithAgenda>(`
  SELECT ${MEETING_COLUMNS}, coalesce((SELECT json_agg(${AGENDA_ITEM_JSON} ORDER BY ai.section)
    FROM agenda_item ai WHERE ai.meeting_id = m.id), '[]') AS items
  FROM meeting m WHERE m.id = :id AND m.municipality_id = :municipalityId`);

const SUMMARY = prepared<MeetingRow>(
  `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = :id AND m.municipality_id = :municipalityId`,
);

export const LOCK_MEETING = prepared<MeetingRow>(
  `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = :id AND m.municipality_id = :municipalityId FOR UPDATE`,
);

const UPDATE = prepared<MeetingRow>(`
  WITH updated AS (
    UPDATE meeting AS m SET date = :date, start_time = :startTime::time, place = :place, status = :status,
      minutes_checked_on = :minutesCheckedOn
    WHERE m.id = :id AND m.municipality_id = :municipalityId
    RETURNING ${MEETING_COLUMNS}
  ), logged AS (
    INSERT INTO meeting_change (municipality_id, meeting_id, change, detail, actor)
    SELECT :municipalityId::uuid, u.id, :change::text, :detail::jsonb, :actor::text FROM updated u
  )
  SELECT * FROM updated`);

const UNDECIDED_ITEMS = prepared<{ count: number }>(
  `SELECT count(*)::int AS count FROM agenda_item WHERE meeting_id = :id AND decision IS NULL`,
);
/** Domain § 8.4: documents waiting for the minutes become public; confidential ones never do. */
const PUBLISH_WAITING_DOCUMENTS = prepared<{ attachmentId: string; initiativeId: string }>(`
  INSERT INTO attachment_publication AS p (attachment_id, municipality_id, meeting_id, published_on, actor)
  SELECT a.id, :municipalityId::uuid, :id::uuid, :checkedOn::date, :actor::text
  FROM attachment a JOIN agenda_item ai ON ai.id = a.agenda_item_id
  WHERE ai.meeting_id = :id AND a.publicity = 'notYetPublic' AND a.public_once_minutes_checked
  ON CONFLICT DO NOTHING
  RETURNING p.attachment_id AS "attachmentId",
    (SELECT a2.initiative_id FROM attachment a2 WHERE a2.id = p.attachment_id) AS "initiativeId"`);

/** Changes a locked meeting and logs the change, in the caller's transaction. */
export async function changeMeeting(
  sql: Sql,
  municipalityId: string,
  meeting: MeetingRow,
  { change, set }: MeetingChange,
  actor: string,
): Promise<MeetingRow> {
  const [updated] = await sql.rows(UPDATE, {
    ...meeting,
    ...set,
    municipalityId,
    change,
    detail: JSON.stringify(set),
    actor,
  });
  return updated as MeetingRow;
}

/** A meeting of the municipality, locked for the rest of the caller's transaction. */
export async function lockMeeting(sql: Sql, municipalityId: string, id: string): Promise<MeetingRow> {
  const [meeting] = await sql.rows(LOCK_MEETING, { id, municipalityId });
  if (!meeting) throw new StoreError('NOT_FOUND', `No meeting ${id}.`);
  return meeting;
}

/** Bodies' meetings: the calendar, and changes to a meeting as a whole. */
export class MeetingStore {
  /** `known`: the process's one memory of initiatives, shared with every other store that writes them. */
  constructor(
    private readonly db: DataSource,
    private readonly known: KnownInitiatives = knownInitiativesOf(db),
  ) {}

  calendar(municipalityId: string, bodyId: string, year: number | null): Promise<MeetingRow[]> {
    return pooledSql(this.db).rows(CALENDAR, { municipalityId, bodyId, year });
  }

  /** Plans meetings of one body in one statement: all of them, or none. */
  schedule(
    municipalityId: string,
    bodyId: string,
    meetings: NewMeeting[],
    actor: string,
  ): Promise<MeetingRow[]> {
    const rows = meetings.map(({ date, startTime, place }) => ({ date, start_time: startTime, place }));
    return pooledSql(this.db).rows(SCHEDULE, {
      municipalityId,
      bodyId,
      meetings: JSON.stringify(rows),
      actor,
    });
  }

  /** The meeting without its agenda. */
  async summary(municipalityId: string, id: string): Promise<MeetingRow | null> {
    const [meeting] = await pooledSql(this.db).rows(SUMMARY, { id, municipalityId });
    return meeting ?? null;
  }

  async find(municipalityId: string, id: string): Promise<MeetingWithAgenda | null> {
    const [meeting] = await pooledSql(this.db).rows(FIND, { id, municipalityId });
    return meeting ?? null;
  }

  /** `decide` rules on the locked meeting: what changes, or a refusal thrown, which changes nothing. */
  async change(
    municipalityId: string,
    id: string,
    actor: string,
    decide: (meeting: MeetingRow) => MeetingChange,
  ): Promise<MeetingRow> {
    return inTransaction(this.db, async (sql) => {
      const meeting = await lockMeeting(sql, municipalityId, id);
      return changeMeeting(sql, municipalityId, meeting, decide(meeting), actor);
    });
  }

  /**
   * The minutes checked: `decide` rules on the locked meeting and how many of its items have no decision; the
   * documents waiting for the minutes are made public in the same transaction, each in the publication log.
   */
  async checkMinutes(
    municipalityId: string,
    id: string,
    checkedOn: string,
    actor: string,
    decide: (meeting: MeetingRow, undecidedItems: number) => MeetingChange,
  ): Promise<{ meeting: MeetingRow; published: { attachmentId: string; initiativeId: string }[] }> {
    const checked = await inTransaction(this.db, async (sql) => {
      const meeting = await lockMeeting(sql, municipalityId, id);
      const [undecided] = await sql.rows(UNDECIDED_ITEMS, { id });
      const change = decide(meeting, undecided?.count ?? 0);
      const changed = await changeMeeting(sql, municipalityId, meeting, change, actor);
      const published = await sql.rows(PUBLISH_WAITING_DOCUMENTS, { municipalityId, id, checkedOn, actor });
      return { meeting: changed, published };
    });
    // A remembered initiative lists its documents with the class they had.
    for (const { initiativeId } of checked.published) this.known.forget(initiativeId);
    return checked;
  }
}
