import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: the log of administrative changes (users, bodies, the municipality and its rules), written in the
 * change's own transaction and append-only like the audit log; and when each account last signed in.
 */
export class AdminChangeLog1765360800000 implements MigrationInterface {
  name = 'AdminChangeLog1765360800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_account ADD COLUMN last_sign_in_at timestamptz`);
    await db.query(`
      CREATE TABLE admin_change (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        municipality_id uuid NOT NULL,
        actor_id uuid NOT NULL,
        actor_name text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        entity_kind text NOT NULL,
        entity_id text NOT NULL,
        action text NOT NULL,
        change jsonb NOT NULL,
        CONSTRAINT admin_change_pk PRIMARY KEY (seq),
        CONSTRAINT admin_change_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT admin_change_actor_fk FOREIGN KEY (actor_id) REFERENCES user_account (id),
        CONSTRAINT admin_change_entity_kind_check CHECK (entity_kind IN ('user', 'body', 'municipality', 'rulePack')),
        CONSTRAINT admin_change_action_check CHECK (action IN ('create', 'update'))
      )`);
    await db.query(`CREATE INDEX admin_change_newest_idx ON admin_change (municipality_id, seq DESC)`);
    await db.query(`
      CREATE TRIGGER admin_change_append_only BEFORE UPDATE OR DELETE ON admin_change
      FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()`);
    await db.query(`
      CREATE TRIGGER admin_change_no_truncate BEFORE TRUNCATE ON admin_change
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE admin_change');
    await db.query('ALTER TABLE user_account DROP COLUMN last_sign_in_at');
  }
}
