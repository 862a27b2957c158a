import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The list's body and signatory filters matched ids in other tables: over a million initiatives, a body or a name
 * common to a sixth of them meant hashing 160,000 ids before the first page. Both now live on the initiative row,
 * each with a GIN index: PostgreSQL can walk the sort order and test each row, or gather rare matches from the
 * index, whichever is cheaper.
 */
export class ListFiltersOnTheRow1764230400000 implements MigrationInterface {
  name = 'ListFiltersOnTheRow1764230400000';

  async up(db: QueryRunner): Promise<void> {
    // The bodies that have handled the initiative or been asked for a statement on it.
    await db.query(`ALTER TABLE initiative ADD COLUMN body_ids uuid[] NOT NULL DEFAULT '{}'`);
    // The signatories' names, one per line, for the signatory search.
    await db.query(`ALTER TABLE initiative ADD COLUMN signatory_names text NOT NULL DEFAULT ''`);
    await db.query(`
      UPDATE initiative i SET
        body_ids = coalesce((
          SELECT array_agg(DISTINCT bodies.body_id) FROM (
            SELECT h.body_id FROM handling h WHERE h.initiative_id = i.id AND h.body_id IS NOT NULL
            UNION SELECT r.body_id FROM statement_request r WHERE r.initiative_id = i.id
          ) AS bodies), '{}'),
        signatory_names = coalesce((
          SELECT string_agg(s.name, E'\\n' ORDER BY s.position) FROM signatory s WHERE s.initiative_id = i.id), '')`);
    await db.query(`CREATE INDEX initiative_body_ids_idx ON initiative USING gin (body_ids)`);
    await db.query(
      `CREATE INDEX initiative_signatory_names_idx ON initiative USING gin (signatory_names gin_trgm_ops)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX initiative_signatory_names_idx`);
    await db.query(`DROP INDEX initiative_body_ids_idx`);
    await db.query(`ALTER TABLE initiative DROP COLUMN signatory_names`);
    await db.query(`ALTER TABLE initiative DROP COLUMN body_ids`);
  }
}
