import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: a diary number is in use whatever its zero padding or letter case: `KAJDno-2025-0811` typed in by
 * hand and `KAJDno-2025-811` drawn are one number of the register, as are `HEL 2026-42` and `HEL 2026-000042`.
 * The key the uniqueness is checked on writes each run of digits without its leading zeros, in lower case; the
 * numbers themselves stay as they were typed or drawn (the record is a legal record).
 */
export class DiaryNumbersByRunningNumber1765267200000 implements MigrationInterface {
  name = 'DiaryNumbersByRunningNumber1765267200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE initiative ADD COLUMN diary_key text NOT NULL
        GENERATED ALWAYS AS (lower(regexp_replace(diary_number, '(^|[^0-9])0+([0-9])', '\\1\\2', 'g'))) STORED`);
    await db.query(`ALTER TABLE initiative DROP CONSTRAINT initiative_diary_number_unique`);
    await db.query(
      `ALTER TABLE initiative ADD CONSTRAINT initiative_diary_key_unique UNIQUE (municipality_id, diary_key)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative DROP CONSTRAINT initiative_diary_key_unique`);
    await db.query(
      `ALTER TABLE initiative ADD CONSTRAINT initiative_diary_number_unique UNIQUE (municipality_id, diary_number)`,
    );
    await db.query(`ALTER TABLE initiative DROP COLUMN diary_key`);
  }
}
