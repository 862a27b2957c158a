import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: the search box finds an initiative by the name of anyone preparing it (a statement request's, an agenda
 * item's or a recorded handling's preparers), folded as the signatories' names are. The names are kept on the
 * initiative row, so that one index answers the search; triggers on the three tables keep them current.
 */
export class PreparerNamesInSearch1765180800000 implements MigrationInterface {
  name = 'PreparerNamesInSearch1765180800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative ADD COLUMN preparer_names_folded text NOT NULL DEFAULT ''`);
    // One line per name, each word between spaces, as signatory_names_folded has them.
    await db.query(`
      CREATE FUNCTION initiative_preparer_names(target uuid) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_agg(DISTINCT ' ' || search_fold(preparer->>'name') || ' ', E'\\n'), '')
        FROM (SELECT preparers FROM handling WHERE initiative_id = target
              UNION ALL SELECT preparers FROM statement_request WHERE initiative_id = target
              UNION ALL SELECT item.preparers FROM agenda_item item
                JOIN agenda_item_initiative link ON link.agenda_item_id = item.id
                WHERE link.initiative_id = target) AS lists,
          jsonb_array_elements(lists.preparers) AS preparer
        WHERE preparer->>'name' IS NOT NULL $$`);
    await db.query(`
      CREATE FUNCTION refresh_preparer_names(target uuid) RETURNS void LANGUAGE sql AS $$
        UPDATE initiative SET preparer_names_folded = names
        FROM (SELECT initiative_preparer_names(target) AS names) AS now
        WHERE id = target AND preparer_names_folded IS DISTINCT FROM names $$`);
    await db.query(`
      CREATE FUNCTION preparers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'agenda_item' THEN
          PERFORM refresh_preparer_names(link.initiative_id) FROM agenda_item_initiative link
            WHERE link.agenda_item_id = NEW.id;
        ELSE
          PERFORM refresh_preparer_names(NEW.initiative_id);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['handling', 'statement_request'])
      await db.query(`
        CREATE TRIGGER ${table}_preparers_in_search AFTER INSERT OR UPDATE OF preparers ON ${table}
        FOR EACH ROW EXECUTE FUNCTION preparers_changed()`);
    await db.query(`
      CREATE TRIGGER agenda_item_preparers_in_search AFTER UPDATE OF preparers ON agenda_item
      FOR EACH ROW EXECUTE FUNCTION preparers_changed()`);
    await db.query(`
      CREATE TRIGGER agenda_item_initiative_preparers_in_search AFTER INSERT ON agenda_item_initiative
      FOR EACH ROW EXECUTE FUNCTION preparers_changed()`);
    await db.query(
      `UPDATE initiative SET preparer_names_folded = initiative_preparer_names(id) WHERE initiative_preparer_names(id) <> ''`,
    );
    // The search box compares whole words of names: a word index finds them, where trigrams of a common name
    // (aino mäkinen) would intersect posting lists of most rows ('nen').
    await db.query(`
      ALTER TABLE initiative ADD COLUMN name_words tsvector GENERATED ALWAYS AS
        (to_tsvector('simple'::regconfig, signatory_names_folded || ' ' || preparer_names_folded)) STORED`);
    await db.query(`CREATE INDEX initiative_name_words_idx ON initiative USING gin (name_words)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative DROP COLUMN name_words`);
    await db.query(`DROP TRIGGER agenda_item_initiative_preparers_in_search ON agenda_item_initiative`);
    await db.query(`DROP TRIGGER agenda_item_preparers_in_search ON agenda_item`);
    await db.query(`DROP TRIGGER statement_request_preparers_in_search ON statement_request`);
    await db.query(`DROP TRIGGER handling_preparers_in_search ON handling`);
    await db.query(`DROP FUNCTION preparers_changed()`);
    await db.query(`DROP FUNCTION refresh_preparer_names(uuid)`);
    await db.query(`DROP FUNCTION initiative_preparer_names(uuid)`);
    await db.query(`ALTER TABLE initiative DROP COLUMN preparer_names_folded`);
  }
}
