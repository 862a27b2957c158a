import type { MigrationInterface, QueryRunner } from 'typeorm';
import { lemmaVector } from '../lib/search/morphology';

/** Rows backfilled per statement: a large municipality's history is not read into memory at once. */
const BATCH = 500;

/**
 * Issue 18: Finnish initiatives are also indexed by their words' base forms and compound parts, which Node's
 * analyzer (Voikko or the stemmer) computes; Snowball's `search` vector stays as it was, and a row without lemmas is
 * still found by it.
 */
export class FinnishLemmas1765094400000 implements MigrationInterface {
  name = 'FinnishLemmas1765094400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative ADD COLUMN lemmas tsvector`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await db.query(
        `SELECT id, title, text FROM initiative WHERE language = 'fi' AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as { id: string; title: string; text: string }[];
      if (rows.length === 0) break;
      await db.query(
        `UPDATE initiative i SET lemmas = l.lemmas::tsvector
         FROM unnest($1::uuid[], $2::text[]) AS l(id, lemmas) WHERE i.id = l.id`,
        [rows.map((row) => row.id), rows.map((row) => lemmaVector('fi', row.title, row.text))],
      );
      after = rows[rows.length - 1]?.id ?? after;
    }
    await db.query(`CREATE INDEX initiative_lemmas_idx ON initiative USING gin (lemmas)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX initiative_lemmas_idx`);
    await db.query(`ALTER TABLE initiative DROP COLUMN lemmas`);
  }
}
