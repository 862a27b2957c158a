import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadline reminders: staff accounts get an e-mail address, and every reminder message is kept in an outbox,
 * at most once per day, reminder and recipient.
 */
export class Reminders1764144000000 implements MigrationInterface {
  name = 'Reminders1764144000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_account ADD COLUMN email text`);
    await db.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_email_check CHECK (email ~ '^[^@\\s]+@[^@\\s]+$')`,
    );
    await db.query(`
      CREATE TABLE reminder_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY,
        municipality_id uuid NOT NULL,
        day date NOT NULL,
        reminder_key text NOT NULL,
        initiative_id uuid NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT reminder_outbox_pk PRIMARY KEY (id),
        CONSTRAINT reminder_outbox_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT reminder_outbox_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
        CONSTRAINT reminder_outbox_status_check CHECK (status IN ('pending', 'sent', 'failed')),
        CONSTRAINT reminder_outbox_once_a_day UNIQUE (day, reminder_key, recipient)
      )`);
    await db.query(
      `CREATE INDEX reminder_outbox_unsent_idx ON reminder_outbox (day, status) WHERE status <> 'sent'`,
    );
    await db.query(
      `CREATE INDEX reminder_outbox_municipality_idx ON reminder_outbox (municipality_id, created_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reminder_outbox`);
    await db.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_email_check`);
    await db.query(`ALTER TABLE user_account DROP COLUMN email`);
  }
}
