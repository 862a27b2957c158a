import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full-text vector lived in the initiative row as a generated column: every transition recomputed Finnish
 * stemming of the whole text and, as state changes are not HOT updates, re-inserted the row into the GIN index.
 * It now has a table of its own, written by a trigger only when the title or text change.
 */
export class SearchVectorOffTheWritePath1763971200000 implements MigrationInterface {
  name = 'SearchVectorOffTheWritePath1763971200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative DROP COLUMN search`);
    await db.query(`
      CREATE TABLE initiative_search (
        initiative_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        search tsvector NOT NULL,
        CONSTRAINT initiative_search_pk PRIMARY KEY (initiative_id),
        CONSTRAINT initiative_search_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
        CONSTRAINT initiative_search_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
      )`);
    await db.query(`
      CREATE FUNCTION initiative_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO initiative_search (initiative_id, municipality_id, search)
        VALUES (NEW.id, NEW.municipality_id,
          setweight(to_tsvector('finnish', NEW.title), 'A') || setweight(to_tsvector('finnish', NEW.text), 'B'))
        ON CONFLICT ON CONSTRAINT initiative_search_pk DO UPDATE SET search = excluded.search;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_search_refresh AFTER INSERT OR UPDATE OF title, text ON initiative
      FOR EACH ROW EXECUTE FUNCTION initiative_search_refresh()`);
    await db.query(`UPDATE initiative SET title = title`);
    await db.query(`CREATE INDEX initiative_search_idx ON initiative_search USING gin (search)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER initiative_search_refresh ON initiative`);
    await db.query(`DROP FUNCTION initiative_search_refresh()`);
    await db.query(`DROP TABLE initiative_search`);
    await db.query(`
      ALTER TABLE initiative ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('finnish', title), 'A') || setweight(to_tsvector('finnish', text), 'B')
      ) STORED`);
    await db.query(`CREATE INDEX initiative_search_idx ON initiative USING gin (search)`);
  }
}
