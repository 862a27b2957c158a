import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The characters a handling adds to its initiative, as `handlingCharacters` in initiative-bounds.ts counts them. */
const HANDLING_CHARACTERS = `
  coalesce(char_length(h.presenter), 0) + coalesce(char_length(h.proposal), 0)
  + coalesce(char_length(h.decision), 0) + coalesce(char_length(h.response_text), 0)
  + coalesce((SELECT sum(char_length(r)) FROM jsonb_array_elements_text(h.resolutions) r), 0)
  + coalesce((SELECT sum(char_length(coalesce(p->>'name', '')) + char_length(coalesce(p->>'title', ''))
      + char_length(coalesce(p->>'email', ''))) FROM jsonb_array_elements(h.preparers) p), 0)`;

/**
 * How large an initiative has grown, kept on its row: a transition checks the bounds on the row it decides on,
 * without reading a single handling. And documents kept uncompressed out of line (STORAGE EXTERNAL), so a download
 * reads its bytes slice by slice: `substring` of an uncompressed TOAST value reads only the chunks it returns.
 * SET STORAGE applies to values written from now on; documents stored before stay as they were (compressed if
 * PostgreSQL chose to), and a slice of those is read by decompressing the value up to the slice's end.
 */
export class BoundedInitiativesAndStreamedDocuments1764489600000 implements MigrationInterface {
  name = 'BoundedInitiativesAndStreamedDocuments1764489600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE initiative
        ADD COLUMN handling_count integer NOT NULL DEFAULT 0,
        ADD COLUMN text_characters integer NOT NULL DEFAULT 0`);
    await db.query(`
      UPDATE initiative i SET
        handling_count = (SELECT count(*) FROM handling h WHERE h.initiative_id = i.id),
        text_characters = char_length(i.title) + char_length(i.text)
          + coalesce((SELECT sum(${HANDLING_CHARACTERS}) FROM handling h WHERE h.initiative_id = i.id), 0)`);
    await db.query(`ALTER TABLE attachment ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE attachment ALTER COLUMN content SET STORAGE EXTENDED`);
    await db.query(`ALTER TABLE initiative DROP COLUMN text_characters, DROP COLUMN handling_count`);
  }
}
