import type { IsoDate, Preparer } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { INITIATIVE_COLUMNS } from './record-columns';
import type { InitiativeRow } from './records';
import { inTransaction, pooledSql, prepared } from './sql';

export interface OpenRequestDue {
  municipalityId: string;
  initiativeId: string;
  diaryNumber: string;
  title: string;
  bodyId: string;
  bodyName: string;
  dueDate: IsoDate;
  preparers: Preparer[];
  /** Active secretaries of the body who have an e-mail address. */
  secretaryEmails: string[];
}

export interface ReminderMessage {
  municipalityId: string;
  day: IsoDate;
  reminderKey: string;
  initiativeId: string;
  recipient: string;
  subject: string;
  body: string;
}

export interface OutboxEntry extends ReminderMessage {
  id: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** A message that failed this many times today is left for tomorrow's reminder. */
export const MAX_ATTEMPTS = 5;

const OUTBOX_COLUMNS = `id::text, municipality_id AS "municipalityId", day, reminder_key AS "reminderKey",
  initiative_id AS "initiativeId", recipient, subject, body, status, attempts, last_error AS "lastError",
  created_at AS "createdAt", sent_at AS "sentAt"`;

const OPEN_REQUESTS_DUE = prepared<OpenRequestDue>(`
  SELECT r.municipality_id AS "municipalityId", r.initiative_id AS "initiativeId", i.diary_number AS "diaryNumber",
    i.title, r.body_id AS "bodyId", b.name AS "bodyName", r.due_date AS "dueDate", r.preparers,
    coalesce((SELECT array_agg(u.email ORDER BY u.email) FROM user_account u
      WHERE u.municipality_id = r.municipality_id AND u.active AND u.email IS NOT NULL
        AND 'committeeSecretary' = ANY(u.roles) AND r.body_id = ANY(u.body_ids)), '{}') AS "secretaryEmails"
  FROM statement_request r JOIN initiative i ON i.id = r.initiative_id JOIN body b ON b.id = r.body_id
  WHERE r.status = 'open' AND r.due_date <= :until::date
    AND (:municipalityId::uuid IS NULL OR r.municipality_id = :municipalityId::uuid)
  ORDER BY r.due_date, i.diary_number`);
const INITIATIVES_DUE = prepared<InitiativeRow>(`
  SELECT ${INITIATIVE_COLUMNS} FROM initiative i
  WHERE coalesce(i.due_at, 'infinity'::date) <= :until::date
    AND (:municipalityId::uuid IS NULL OR i.municipality_id = :municipalityId::uuid)`);
const REGISTRAR_EMAILS = prepared<{ municipalityId: string; emails: string[] }>(`
  SELECT municipality_id AS "municipalityId", array_agg(email ORDER BY email) AS emails FROM user_account
  WHERE active AND email IS NOT NULL AND 'registrar' = ANY(roles) GROUP BY municipality_id`);
const ENQUEUE = prepared(`
  INSERT INTO reminder_outbox (municipality_id, day, reminder_key, initiative_id, recipient, subject, body)
  SELECT * FROM unnest(:municipalityIds::uuid[], :days::date[], :reminderKeys::text[], :initiativeIds::uuid[],
    :recipients::text[], :subjects::text[], :bodies::text[])
  ON CONFLICT ON CONSTRAINT reminder_outbox_once_a_day DO NOTHING
  RETURNING id`);
const UNSENT = prepared<OutboxEntry>(`
  SELECT ${OUTBOX_COLUMNS} FROM reminder_outbox
  WHERE day = :day::date AND status <> 'sent' AND attempts < :maxAttempts
    AND (:municipalityId::uuid IS NULL OR municipality_id = :municipalityId::uuid)
  ORDER BY id`);
const TAKE_UNSENT = prepared(`
  SELECT id FROM reminder_outbox WHERE id = :id AND status <> 'sent' AND attempts < :maxAttempts
  FOR UPDATE SKIP LOCKED`);
const MARK_SENT = prepared(`
  UPDATE reminder_outbox SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL
  WHERE id = :id`);
const MARK_FAILED = prepared(
  `UPDATE reminder_outbox SET status = 'failed', attempts = attempts + 1, last_error = :error WHERE id = :id`,
);
const OUTBOX = prepared<OutboxEntry>(`
  SELECT ${OUTBOX_COLUMNS} FROM reminder_outbox WHERE municipality_id = :municipalityId
  ORDER BY created_at DESC, id DESC LIMIT :limit`);

/** The reminder outbox: each message once per day, reminder and recipient, with what became of it. */
export class ReminderStore {
  constructor(private readonly db: DataSource) {}

  openRequestsDueBy(until: IsoDate, municipalityId: string | null): Promise<OpenRequestDue[]> {
    return pooledSql(this.db).rows(OPEN_REQUESTS_DUE, { until, municipalityId });
  }

  /** Initiatives whose earliest unmet deadline falls by `until`; the caller picks out the council deadlines. */
  initiativesDueBy(until: IsoDate, municipalityId: string | null): Promise<InitiativeRow[]> {
    return pooledSql(this.db).rows(INITIATIVES_DUE, { until, municipalityId });
  }

  /** The registry's addresses per municipality: council deadlines are theirs to watch. */
  async registrarEmails(): Promise<Map<string, string[]>> {
    const rows = await pooledSql(this.db).rows(REGISTRAR_EMAILS);
    return new Map(rows.map((row) => [row.municipalityId, row.emails]));
  }

  /** Adds the day's messages; one already there for the same day, reminder and recipient is left as it is. */
  async enqueue(messages: ReminderMessage[]): Promise<number> {
    if (messages.length === 0) return 0;
    const rows = await pooledSql(this.db).rows(ENQUEUE, {
      municipalityIds: messages.map((message) => message.municipalityId),
      days: messages.map((message) => message.day),
      reminderKeys: messages.map((message) => message.reminderKey),
      initiativeIds: messages.map((message) => message.initiativeId),
      recipients: messages.map((message) => message.recipient),
      subjects: messages.map((message) => message.subject),
      bodies: messages.map((message) => message.body),
    });
    return rows.length;
  }

  unsent(day: IsoDate, municipalityId: string | null): Promise<OutboxEntry[]> {
    return pooledSql(this.db).rows(UNSENT, { day, maxAttempts: MAX_ATTEMPTS, municipalityId });
  }

  /**
   * Sends a message read as unsent, unless another run (in this API process or another: the daily one and one asked
   * for may overlap) is sending it or has sent it meanwhile: its row stays locked until the outcome is recorded.
   */
  sendOnce(id: string, send: () => Promise<void>): Promise<'sent' | 'failed' | 'taken'> {
    return inTransaction(this.db, async (sql) => {
      if ((await sql.rows(TAKE_UNSENT, { id, maxAttempts: MAX_ATTEMPTS })).length === 0) return 'taken';
      try {
        await send();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await sql.rows(MARK_FAILED, { id, error: message.slice(0, 1000) });
        return 'failed';
      }
      await sql.rows(MARK_SENT, { id });
      return 'sent';
    });
  }

  outbox(municipalityId: string, limit: number): Promise<OutboxEntry[]> {
    return pooledSql(this.db).rows(OUTBOX, { municipalityId, limit });
  }
}
