import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The logs this migration adds are legal records like the audit log: the database refuses to rewrite them. */
const LOGS = ['meeting_change', 'agenda_item_change', 'attachment_publication'];

/**
 * Meetings and their agendas (domain § 8): a body's meeting, the items on its agenda with the initiatives each
 * handles, a log of every change to either, and the documents of an item, made public by the checking of the
 * minutes in a log of its own (the document row itself stays as uploaded).
 */
export class MeetingsAndAgendas1764576000000 implements MigrationInterface {
  name = 'MeetingsAndAgendas1764576000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        body_id uuid NOT NULL,
        date date NOT NULL,
        start_time time,
        place text,
        status text NOT NULL DEFAULT 'planned',
        minutes_checked_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_pk PRIMARY KEY (id),
        CONSTRAINT meeting_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT meeting_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
        CONSTRAINT meeting_status_check
          CHECK (status IN ('planned', 'agendaPublished', 'held', 'minutesChecked', 'cancelled')),
        CONSTRAINT meeting_minutes_checked_check CHECK ((status = 'minutesChecked') = (minutes_checked_on IS NOT NULL)),
        CONSTRAINT meeting_place_check CHECK (char_length(place) <= 200)
      )`);
    await db.query(`CREATE INDEX meeting_body_date_idx ON meeting (body_id, date)`);
    await db.query(`
      CREATE TABLE agenda_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        section integer NOT NULL,
        title text NOT NULL,
        event text NOT NULL,
        preparers jsonb NOT NULL,
        presenter jsonb,
        proposal text NOT NULL,
        response_text text,
        answer_directly boolean NOT NULL DEFAULT false,
        decision jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_item_pk PRIMARY KEY (id),
        CONSTRAINT agenda_item_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT agenda_item_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
        CONSTRAINT agenda_item_section_unique UNIQUE (meeting_id, section),
        CONSTRAINT agenda_item_section_check CHECK (section >= 1),
        CONSTRAINT agenda_item_event_check CHECK (event IN ('REFER_TO_BOARD', 'RECORD_STATEMENT',
          'RECORD_BOARD_DECISION', 'RECORD_COUNCIL_DECISION'))
      )`);
    await db.query(`
      CREATE TABLE agenda_item_initiative (
        agenda_item_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        body_id uuid NOT NULL,
        position integer NOT NULL,
        open boolean NOT NULL DEFAULT true,
        event_seq integer,
        CONSTRAINT agenda_item_initiative_pk PRIMARY KEY (agenda_item_id, initiative_id),
        CONSTRAINT agenda_item_initiative_item_fk FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
        CONSTRAINT agenda_item_initiative_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
        CONSTRAINT agenda_item_initiative_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
        CONSTRAINT agenda_item_initiative_decided_check CHECK (open = (event_seq IS NULL))
      )`);
    // Domain § 8.2: an initiative waits on one body's agenda at a time; tabled or returned, it is put on a later one.
    await db.query(`
      CREATE UNIQUE INDEX agenda_item_initiative_one_open ON agenda_item_initiative (initiative_id, body_id)
      WHERE open`);
    await db.query(
      `CREATE INDEX agenda_item_initiative_initiative_idx ON agenda_item_initiative (initiative_id)`,
    );
    await db.query(`
      CREATE TABLE meeting_change (
        id bigint GENERATED ALWAYS AS IDENTITY,
        municipality_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        change text NOT NULL,
        detail jsonb NOT NULL,
        actor text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_change_pk PRIMARY KEY (id),
        CONSTRAINT meeting_change_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id)
      )`);
    await db.query(`
      CREATE TABLE agenda_item_change (
        id bigint GENERATED ALWAYS AS IDENTITY,
        municipality_id uuid NOT NULL,
        agenda_item_id uuid NOT NULL,
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        reason text,
        actor text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_item_change_pk PRIMARY KEY (id),
        CONSTRAINT agenda_item_change_item_fk FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id)
      )`);
    await db.query(`
      ALTER TABLE attachment
        ADD COLUMN agenda_item_id uuid,
        ADD COLUMN public_once_minutes_checked boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT attachment_agenda_item_fk FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
        ADD CONSTRAINT attachment_public_once_minutes_checked_check
          CHECK (NOT public_once_minutes_checked OR publicity = 'notYetPublic')`);
    await db.query(`CREATE INDEX attachment_agenda_item_idx ON attachment (agenda_item_id)`);
    await db.query(`
      CREATE TABLE attachment_publication (
        attachment_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        published_on date NOT NULL,
        actor text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attachment_publication_pk PRIMARY KEY (attachment_id),
        CONSTRAINT attachment_publication_attachment_fk FOREIGN KEY (attachment_id) REFERENCES attachment (id),
        CONSTRAINT attachment_publication_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id)
      )`);
    await db.query(`
      CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of LOGS) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachment_publication`);
    await db.query(`
      ALTER TABLE attachment DROP COLUMN agenda_item_id, DROP COLUMN public_once_minutes_checked`);
    for (const table of [
      'agenda_item_change',
      'meeting_change',
      'agenda_item_initiative',
      'agenda_item',
      'meeting',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION refuse_rewrite()`);
  }
}
