import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The write path's references to rows that every transition shares, and how each was declared. */
const SHARED_ROW_REFERENCES = [
  ['initiative_event', 'initiative_event_municipality_fk', 'municipality_id', 'municipality'],
  ['handling', 'handling_municipality_fk', 'municipality_id', 'municipality'],
  ['handling', 'handling_body_fk', 'body_id', 'body'],
  ['statement_request', 'statement_request_municipality_fk', 'municipality_id', 'municipality'],
  ['statement_request', 'statement_request_body_fk', 'body_id', 'body'],
] as const;

/**
 * A foreign key check locks the row it finds (FOR KEY SHARE). Every transition's audit row, handling and statement
 * requests named the municipality's one row and the council's or board's, so concurrent transitions queued on
 * those few rows and PostgreSQL built a multixact for each new holder. Those references are kept by other means:
 * the rows are written only by the statement that updates their initiative, with the initiative's municipality,
 * after checking in that same statement that every body named is the municipality's; and bodies can no longer be
 * deleted (they are deactivated), so nothing can be left naming a body that is gone. The references to the
 * initiative itself stay: its row is the one the transition has already locked.
 */
export class WritePathWithoutSharedRowLocks1764316800000 implements MigrationInterface {
  name = 'WritePathWithoutSharedRowLocks1764316800000';

  async up(db: QueryRunner): Promise<void> {
    for (const [table, constraint] of SHARED_ROW_REFERENCES) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
    }
    await db.query(`
      CREATE FUNCTION body_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a body is deactivated, never deleted: handlings and statement requests name it'
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER body_never_deleted BEFORE DELETE ON body
      FOR EACH ROW EXECUTE FUNCTION body_refuse_delete()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER body_never_deleted ON body`);
    await db.query(`DROP FUNCTION body_refuse_delete()`);
    for (const [table, constraint, column, referenced] of SHARED_ROW_REFERENCES) {
      await db.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${constraint} FOREIGN KEY (${column}) REFERENCES ${referenced} (id)`,
      );
    }
  }
}
