import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A generated tsvector column is recomputed on every UPDATE of the row, so every transition paid for Finnish
 * stemming of the whole text. A trigger now computes it only when the title or text change.
 */
export class SearchVectorOffTheWritePath1763971200000 implements MigrationInterface {
  name = 'SearchVectorOffTheWritePath1763971200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative DROP COLUMN search`);
    await db.query(`ALTER TABLE initiative ADD COLUMN search tsvector`);
    await db.query(`
      CREATE FUNCTION initiative_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := setweight(to_tsvector('finnish', NEW.title), 'A') || setweight(to_tsvector('finnish', NEW.text), 'B');
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_search_refresh BEFORE INSERT OR UPDATE OF title, text ON initiative
      FOR EACH ROW EXECUTE FUNCTION initiative_search_vector()`);
    await db.query(`UPDATE initiative SET title = title`);
    await db.query(`ALTER TABLE initiative ALTER COLUMN search SET NOT NULL`);
    await db.query(`CREATE INDEX initiative_search_idx ON initiative USING gin (search)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER initiative_search_refresh ON initiative`);
    await db.query(`DROP FUNCTION initiative_search_vector()`);
    await db.query(`ALTER TABLE initiative DROP COLUMN search`);
    await db.query(`
      ALTER TABLE initiative ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish', title), 'A') || setweight(to_tsvector('finnish', text), 'B')
      ) STORED`);
    await db.query(`CREATE INDEX initiative_search_idx ON initiative USING gin (search)`);
  }
}
