import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents kept with an initiative (the signed scan, a body's response, board and council papers), stored in
 * PostgreSQL with their publicity class, and the log of every read of a document that is not public.
 */
export class Attachments1764057600000 implements MigrationInterface {
  name = 'Attachments1764057600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE attachment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        handling_seq integer,
        body_id uuid,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        publicity text NOT NULL,
        legal_ground text,
        content bytea NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attachment_pk PRIMARY KEY (id),
        CONSTRAINT attachment_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT attachment_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
        CONSTRAINT attachment_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
        CONSTRAINT attachment_publicity_check CHECK (publicity IN ('public', 'notYetPublic', 'confidential')),
        CONSTRAINT attachment_legal_ground_check CHECK ((publicity = 'confidential') = (legal_ground IS NOT NULL)),
        CONSTRAINT attachment_size_check CHECK (size = octet_length(content)),
        CONSTRAINT attachment_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$')
      )`);
    await db.query(`CREATE INDEX attachment_initiative_idx ON attachment (initiative_id, uploaded_at)`);
    // Out of line: listing an initiative's documents must not drag their bytes through the buffer cache.
    await db.query(`ALTER TABLE attachment ALTER COLUMN content SET STORAGE EXTERNAL`);
    await db.query(`
      CREATE TABLE attachment_read (
        id bigint GENERATED ALWAYS AS IDENTITY,
        municipality_id uuid NOT NULL,
        attachment_id uuid NOT NULL,
        reader text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attachment_read_pk PRIMARY KEY (id),
        CONSTRAINT attachment_read_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT attachment_read_attachment_fk FOREIGN KEY (attachment_id) REFERENCES attachment (id)
      )`);
    await db.query(`CREATE INDEX attachment_read_attachment_idx ON attachment_read (attachment_id, read_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachment_read`);
    await db.query(`DROP TABLE attachment`);
  }
}
