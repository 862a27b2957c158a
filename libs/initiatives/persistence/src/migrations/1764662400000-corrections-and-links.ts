import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of recorded handlings (domain § 8.5) and links between initiatives (§ 8.7). A correction is an audit
 * row (CORRECT_HANDLING) and a row here with the handling's values as corrected; the handling row stays as
 * recorded. A link is removed by writing its removal once: the row stays, so its history does.
 */
export class CorrectionsAndLinks1764662400000 implements MigrationInterface {
  name = 'CorrectionsAndLinks1764662400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE handling_correction (
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        event_seq integer NOT NULL,
        handling_seq integer NOT NULL,
        changes jsonb NOT NULL,
        corrected jsonb NOT NULL,
        reason text NOT NULL,
        actor text NOT NULL,
        corrected_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT handling_correction_pk PRIMARY KEY (initiative_id, event_seq),
        CONSTRAINT handling_correction_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT handling_correction_event_fk FOREIGN KEY (initiative_id, event_seq)
          REFERENCES initiative_event (initiative_id, seq),
        CONSTRAINT handling_correction_handling_fk FOREIGN KEY (initiative_id, handling_seq)
          REFERENCES handling (initiative_id, event_seq),
        CONSTRAINT handling_correction_reason_check CHECK (btrim(reason) <> '')
      )`);
    await db.query(
      `CREATE INDEX handling_correction_handling_idx ON handling_correction (initiative_id, handling_seq)`,
    );
    await db.query(`
      CREATE TRIGGER handling_correction_append_only BEFORE UPDATE OR DELETE ON handling_correction
      FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()`);
    await db.query(`
      CREATE TRIGGER handling_correction_no_truncate BEFORE TRUNCATE ON handling_correction
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()`);
    await db.query(`
      CREATE TABLE initiative_link (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        from_initiative_id uuid NOT NULL,
        to_initiative_id uuid NOT NULL,
        kind text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_by text,
        removed_at timestamptz,
        CONSTRAINT initiative_link_pk PRIMARY KEY (id),
        CONSTRAINT initiative_link_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT initiative_link_from_fk FOREIGN KEY (from_initiative_id) REFERENCES initiative (id),
        CONSTRAINT initiative_link_to_fk FOREIGN KEY (to_initiative_id) REFERENCES initiative (id),
        CONSTRAINT initiative_link_kind_check CHECK (kind IN ('related', 'duplicateOf', 'answeredJointly')),
        CONSTRAINT initiative_link_self_check CHECK (from_initiative_id <> to_initiative_id),
        CONSTRAINT initiative_link_removal_check CHECK ((removed_by IS NULL) = (removed_at IS NULL))
      )`);
    // One standing link of a kind between two initiatives, whichever way it was made.
    await db.query(`
      CREATE UNIQUE INDEX initiative_link_pair_unique ON initiative_link
        (LEAST(from_initiative_id, to_initiative_id), GREATEST(from_initiative_id, to_initiative_id), kind)
        WHERE removed_at IS NULL`);
    await db.query(`CREATE INDEX initiative_link_to_idx ON initiative_link (to_initiative_id)`);
    await db.query(`CREATE INDEX initiative_link_from_idx ON initiative_link (from_initiative_id)`);
    await db.query(`
      CREATE FUNCTION initiative_link_removed_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.removed_at IS NULL AND NEW.removed_at IS NOT NULL
          AND (NEW.id, NEW.municipality_id, NEW.from_initiative_id, NEW.to_initiative_id, NEW.kind, NEW.created_by,
               NEW.created_at) = (OLD.id, OLD.municipality_id, OLD.from_initiative_id, OLD.to_initiative_id, OLD.kind,
               OLD.created_by, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'initiative_link: only its removal is written, once: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_link_history BEFORE UPDATE OR DELETE ON initiative_link
      FOR EACH ROW EXECUTE FUNCTION initiative_link_removed_once()`);
    await db.query(`
      CREATE TRIGGER initiative_link_no_truncate BEFORE TRUNCATE ON initiative_link
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE initiative_link`);
    await db.query(`DROP FUNCTION initiative_link_removed_once()`);
    await db.query(`DROP TABLE handling_correction`);
  }
}
