import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: the search box finds a diary number by any part of it and a signatory by name with or without
 * diacritics (Hämäläinen / Hamalainen, Åström / Astrom, Øster / Oster). PostgreSQL's `unaccent` folds the names
 * when they are written and the query when it is asked, so both sides fold alike; its rules also cover the letters
 * Unicode does not decompose (ø, æ, ß, ł), which folding in Node with `normalize('NFD')` would leave as they are.
 * `unaccent` is a trusted extension: a database owner without superuser rights may create it, and its functions are
 * anyone's to call, the API's role included.
 */
export class ExactMatchesInSearch1764928800000 implements MigrationInterface {
  name = 'ExactMatchesInSearch1764928800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    // Lower case, no diacritics, a hyphen as a space (Hämäläinen-Öhman is also Öhman). Immutable as long as the
    // dictionary's rules are, which is why it names the dictionary rather than trusting the search path.
    await db.query(`
      CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[[:space:]-]+', ' ', 'g')) $$`);
    await db.query(`
      CREATE FUNCTION like_literal(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') $$`);
    // One line per signatory, each word between spaces: ' risto hamalainen '. A query folded alike and put between
    // spaces is then found only as whole words of one name.
    await db.query(`ALTER TABLE initiative ADD COLUMN signatory_names_folded text NOT NULL DEFAULT ''`);
    await db.query(`
      CREATE FUNCTION initiative_signatory_names_folded() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.signatory_names_folded := coalesce((SELECT string_agg(' ' || search_fold(name) || ' ', E'\\n')
          FROM unnest(string_to_array(NEW.signatory_names, E'\\n')) AS name), '');
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_signatory_names_fold BEFORE INSERT OR UPDATE OF signatory_names ON initiative
      FOR EACH ROW EXECUTE FUNCTION initiative_signatory_names_folded()`);
    await db.query(`UPDATE initiative SET signatory_names = signatory_names`);
    // The signatory filter now reads the folded names too: one trigram index on the names, as before.
    await db.query(`DROP INDEX initiative_signatory_names_idx`);
    await db.query(
      `CREATE INDEX initiative_signatory_names_folded_idx ON initiative USING gin (signatory_names_folded gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX initiative_diary_number_trgm_idx ON initiative USING gin (diary_number gin_trgm_ops)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX initiative_diary_number_trgm_idx`);
    await db.query(`DROP INDEX initiative_signatory_names_folded_idx`);
    await db.query(
      `CREATE INDEX initiative_signatory_names_idx ON initiative USING gin (signatory_names gin_trgm_ops)`,
    );
    await db.query(`DROP TRIGGER initiative_signatory_names_fold ON initiative`);
    await db.query(`DROP FUNCTION initiative_signatory_names_folded()`);
    await db.query(`ALTER TABLE initiative DROP COLUMN signatory_names_folded`);
    await db.query(`DROP FUNCTION like_literal(text)`);
    await db.query(`DROP FUNCTION search_fold(text)`);
    // The extension stays, as pg_trgm does: it may have been there before, for others.
  }
}
