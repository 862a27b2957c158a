import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: the registry's tasks name the annual list due until the council has decided it. Its decisions are a
 * few handlings among millions; this index holds only them, so the dashboard asks without reading the rest.
 */
export class AnnualListDecisionsIndex1765270800000 implements MigrationInterface {
  name = 'AnnualListDecisionsIndex1765270800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX handling_annual_list_idx ON handling (municipality_id, date)
      WHERE event IN ('CLOSE_VIA_ANNUAL_LIST', 'DECLARE_LAPSED')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX handling_annual_list_idx');
  }
}
