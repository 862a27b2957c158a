import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: Finnish initiatives are also indexed by their words' base forms and compound parts, which Node's
 * analyzer (Voikko or the stemmer) computes; Snowball's `search` vector stays as it was, and a row without lemmas is
 * still found by it. No analyzer has written any lemmas yet: the API's start writes them for the initiatives filed
 * before (search/lemma-reindex.ts), as it does whenever the analyzer changes.
 */
export class FinnishLemmas1765094400000 implements MigrationInterface {
  name = 'FinnishLemmas1765094400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative ADD COLUMN lemmas tsvector`);
    await db.query(`CREATE INDEX initiative_lemmas_idx ON initiative USING gin (lemmas)`);
    // Which analyzer wrote the lemmas, and a re-indexing run's progress.
    await db.query(`
      CREATE TABLE search_index (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        analyzer text NOT NULL,
        reindex_to text,
        reindex_after uuid
      )`);
    await db.query(`INSERT INTO search_index (analyzer) VALUES ('none')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE search_index`);
    await db.query(`DROP INDEX initiative_lemmas_idx`);
    await db.query(`ALTER TABLE initiative DROP COLUMN lemmas`);
  }
}
