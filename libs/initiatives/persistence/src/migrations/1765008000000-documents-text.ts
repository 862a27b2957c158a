import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * issue 18: the words of uploaded documents are searched with their initiative. The text is written with the
 * document, in the same transaction, and never changed: the table is append-only like the documents themselves.
 * `text` is null where no text could be read (an image, a malformed or encrypted PDF, a zip bomb).
 */
export class DocumentsText1765008000000 implements MigrationInterface {
  name = 'DocumentsText1765008000000';

  async up(db: QueryRunner): Promise<void> {
    // A tsvector holds at most 1 MB: a long document of many distinct words is indexed from as much of its start
    // as fits, rather than refused.
    await db.query(`
      CREATE FUNCTION document_search_vector(configuration regconfig, body text) RETURNS tsvector
      LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        length int := length(body);
      BEGIN
        LOOP
          BEGIN
            RETURN to_tsvector(configuration, left(body, length));
          EXCEPTION WHEN program_limit_exceeded THEN
            length := length / 2;
          END;
        END LOOP;
      END $$`);
    await db.query(`
      CREATE TABLE attachment_text (
        attachment_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        text text,
        search tsvector NOT NULL,
        CONSTRAINT attachment_text_pkey PRIMARY KEY (attachment_id),
        CONSTRAINT attachment_text_attachment_fkey FOREIGN KEY (attachment_id) REFERENCES attachment (id)
      )`);
    await db.query(`CREATE INDEX attachment_text_search_idx ON attachment_text USING gin (search)`);
    await db.query(`CREATE INDEX attachment_text_initiative_idx ON attachment_text (initiative_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachment_text`);
    await db.query(`DROP FUNCTION document_search_vector(regconfig, text)`);
  }
}
