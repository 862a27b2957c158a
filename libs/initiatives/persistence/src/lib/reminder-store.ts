import type { IsoDate, Preparer } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { INITIATIVE_COLUMNS } from './initiative-store';
import type { InitiativeRow } from './records';

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

/** The reminder outbox: each message once per day, reminder and recipient, with what became of it. */
export class ReminderStore {
  constructor(private readonly db: DataSource) {}

  async openRequestsDueBy(until: IsoDate, municipalityId: string | null): Promise<OpenRequestDue[]> {
    return (await this.db.query(
      `SELECT r.municipality_id AS "municipalityId", r.initiative_id AS "initiativeId", i.diary_number AS "diaryNumber",
         i.title, r.body_id AS "bodyId", b.name AS "bodyName", r.due_date AS "dueDate", r.preparers,
         coalesce((SELECT array_agg(u.email ORDER BY u.email) FROM user_account u
           WHERE u.municipality_id = r.municipality_id AND u.active AND u.email IS NOT NULL
             AND 'committeeSecretary' = ANY(u.roles) AND r.body_id = ANY(u.body_ids)), '{}') AS "secretaryEmails"
       FROM statement_request r JOIN initiative i ON i.id = r.initiative_id JOIN body b ON b.id = r.body_id
       WHERE r.status = 'open' AND r.due_date <= $1::date AND ($2::uuid IS NULL OR r.municipality_id = $2::uuid)
       ORDER BY r.due_date, i.diary_number`,
      [until, municipalityId],
    )) as OpenRequestDue[];
  }

  /** Initiatives whose earliest unmet deadline falls by `until`; the caller picks out the council deadlines. */
  async initiativesDueBy(until: IsoDate, municipalityId: string | null): Promise<InitiativeRow[]> {
    return (await this.db.query(
      `SELECT ${INITIATIVE_COLUMNS} FROM initiative i
       WHERE coalesce(i.due_at, 'infinity'::date) <= $1::date AND ($2::uuid IS NULL OR i.municipality_id = $2::uuid)`,
      [until, municipalityId],
    )) as InitiativeRow[];
  }

  /** The registry's addresses per municipality: council deadlines are theirs to watch. */
  async registrarEmails(): Promise<Map<string, string[]>> {
    const rows = (await this.db.query(
      `SELECT municipality_id AS "municipalityId", array_agg(email ORDER BY email) AS emails FROM user_account
       WHERE active AND email IS NOT NULL AND 'registrar' = ANY(roles) GROUP BY municipality_id`,
    )) as { municipalityId: string; emails: string[] }[];
    return new Map(rows.map((row) => [row.municipalityId, row.emails]));
  }

  /** Adds the day's messages; one already there for the same day, reminder and recipient is left as it is. */
  async enqueue(messages: ReminderMessage[]): Promise<number> {
    if (messages.length === 0) return 0;
    const rows = (await this.db.query(
      `INSERT INTO reminder_outbox (municipality_id, day, reminder_key, initiative_id, recipient, subject, body)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT ON CONSTRAINT reminder_outbox_once_a_day DO NOTHING
       RETURNING id`,
      [
        messages.map((message) => message.municipalityId),
        messages.map((message) => message.day),
        messages.map((message) => message.reminderKey),
        messages.map((message) => message.initiativeId),
        messages.map((message) => message.recipient),
        messages.map((message) => message.subject),
        messages.map((message) => message.body),
      ],
    )) as unknown[];
    return rows.length;
  }

  async unsent(day: IsoDate, municipalityId: string | null): Promise<OutboxEntry[]> {
    return (await this.db.query(
      `SELECT ${OUTBOX_COLUMNS} FROM reminder_outbox
       WHERE day = $1::date AND status <> 'sent' AND attempts < $2 AND ($3::uuid IS NULL OR municipality_id = $3::uuid)
       ORDER BY id`,
      [day, MAX_ATTEMPTS, municipalityId],
    )) as OutboxEntry[];
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(
      `UPDATE reminder_outbox SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL
       WHERE id = $1`,
      [id],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE reminder_outbox SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`,
      [id, error.slice(0, 1000)],
    );
  }

  async outbox(municipalityId: string, limit: number): Promise<OutboxEntry[]> {
    return (await this.db.query(
      `SELECT ${OUTBOX_COLUMNS} FROM reminder_outbox WHERE municipality_id = $1 ORDER BY created_at DESC, id DESC
       LIMIT $2`,
      [municipalityId, limit],
    )) as OutboxEntry[];
  }
}
