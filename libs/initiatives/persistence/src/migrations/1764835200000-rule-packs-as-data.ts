import { TEMPLATES, isoDate, DATE_YEARS, type RulePackId } from '@aloite/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RULE_PACK_CHANGED } from '../lib/errors';

/** Cities whose council works in Finnish and Swedish: their migrated setting is bilingual. */
const BILINGUAL_TEMPLATES: readonly RulePackId[] = ['espoo', 'helsinki', 'turku'];

/** The first referral's day, as its handling was last corrected: what a replay puts in `referredOn`. */
const REFERRAL_DAY = `(SELECT coalesce(
    (SELECT c.corrected->>'date' FROM handling_correction c
      WHERE c.initiative_id = e.initiative_id AND c.handling_seq = e.seq ORDER BY c.event_seq DESC LIMIT 1),
    e.payload->'meeting'->>'date')
  FROM initiative_event e WHERE e.initiative_id = initiative.id AND e.type = 'REFER_TO_BOARD' ORDER BY e.seq LIMIT 1)`;

/** The search vector's trigger, stemming in the configuration given, refreshed when these columns change. */
async function searchIn(db: QueryRunner, configuration: string, alsoOn: string): Promise<void> {
  await db.query(`DROP TRIGGER initiative_search_refresh ON initiative`);
  await db.query(`
    CREATE OR REPLACE FUNCTION initiative_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search := setweight(to_tsvector(${configuration}, NEW.title), 'A')
        || setweight(to_tsvector(${configuration}, NEW.text), 'B');
      RETURN NEW;
    END $$`);
  await db.query(`
    CREATE TRIGGER initiative_search_refresh BEFORE INSERT OR UPDATE OF title, text${alsoOn} ON initiative
    FOR EACH ROW EXECUTE FUNCTION initiative_search_vector()`);
}

/**
 * Issue 17: a municipality's rules are data, versioned by the day they start (append-only: a new version never
 * rewrites an earlier one); a municipality is Finnish, Swedish or bilingual; bodies have a Swedish name. Each
 * municipality's first version is its template as shipped when this migration was written, in force from the start.
 */
export class RulePacksAsData1764835200000 implements MigrationInterface {
  name = 'RulePacksAsData1764835200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rule_pack_version (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        valid_from date NOT NULL,
        rules jsonb NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rule_pack_version_pk PRIMARY KEY (id),
        CONSTRAINT rule_pack_version_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT rule_pack_version_one_per_day UNIQUE (municipality_id, valid_from),
        CONSTRAINT rule_pack_version_valid_from_check CHECK (rules->>'validFrom' = valid_from::text)
      )`);
    await db.query(`
      CREATE TRIGGER rule_pack_version_append_only BEFORE UPDATE OR DELETE ON rule_pack_version
      FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()`);
    await db.query(`
      CREATE TRIGGER rule_pack_version_no_truncate BEFORE TRUNCATE ON rule_pack_version
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()`);
    // The latest version started by the day; before the first version, the first.
    await db.query(`
      CREATE FUNCTION rule_pack_in_force(municipality uuid, on_day date) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT v.rules FROM rule_pack_version v WHERE v.municipality_id = municipality
        ORDER BY v.valid_from <= on_day DESC, CASE WHEN v.valid_from <= on_day THEN v.valid_from END DESC NULLS LAST,
                 v.valid_from
        LIMIT 1 $$`);
    const municipalities: { id: string; name: string; rule_pack: RulePackId }[] = await db.query(
      `SELECT id, name, rule_pack FROM municipality`,
    );
    for (const { id, name, rule_pack } of municipalities) {
      const template = TEMPLATES[rule_pack];
      const validFrom = isoDate(DATE_YEARS.first, 1, 1);
      const municipality = template.municipality.fi === name ? template.municipality : { fi: name, sv: name };
      await db.query(
        `INSERT INTO rule_pack_version (municipality_id, valid_from, rules) VALUES ($1, $2, $3)`,
        [id, validFrom, JSON.stringify({ ...template, validFrom, municipality })],
      );
    }
    await db.query(`
      ALTER TABLE municipality
        ADD COLUMN language text NOT NULL DEFAULT 'fi',
        ADD COLUMN second_language text,
        ADD CONSTRAINT municipality_language_check CHECK (language IN ('fi', 'sv')),
        ADD CONSTRAINT municipality_second_language_check
          CHECK (second_language IN ('fi', 'sv') AND second_language <> language)`);
    await db.query(`UPDATE municipality SET second_language = 'sv' WHERE rule_pack = ANY($1)`, [
      BILINGUAL_TEMPLATES,
    ]);
    await db.query(`ALTER TABLE municipality DROP COLUMN rule_pack`);
    await db.query(`
      ALTER TABLE body ADD COLUMN name_sv text,
        ADD CONSTRAINT body_name_sv_unique UNIQUE (municipality_id, name_sv)`);
    await db.query(
      `UPDATE initiative SET context = context || jsonb_build_object('referredOn', ${REFERRAL_DAY})`,
    );
    // An initiative is written in Finnish or Swedish, and searched with that language's stemming.
    await db.query(`
      ALTER TABLE initiative ADD COLUMN language text NOT NULL DEFAULT 'fi',
        ADD CONSTRAINT initiative_language_check CHECK (language IN ('fi', 'sv'))`);
    await searchIn(
      db,
      `CASE NEW.language WHEN 'sv' THEN 'swedish' ELSE 'finnish' END::regconfig`,
      ', language',
    );
    // The version an initiative is judged by: the one in force on its filing day, re-pointed only when a version
    // starting earlier is added (as its due date is recomputed); a write checks it is still the one decided on.
    await db.query(`
      ALTER TABLE initiative ADD COLUMN rule_pack_from date,
        ADD CONSTRAINT initiative_rule_pack_fk FOREIGN KEY (municipality_id, rule_pack_from)
          REFERENCES rule_pack_version (municipality_id, valid_from)`);
    await db.query(`
      UPDATE initiative i SET rule_pack_from = (rule_pack_in_force(i.municipality_id, i.submitted_on)->>'validFrom')::date`);
    await db.query(`ALTER TABLE initiative ALTER COLUMN rule_pack_from SET NOT NULL`);
    // A new initiative points at the version in force on its filing day; one filed as decided on another version
    // is refused (RULE_PACK_CHANGED). The municipality is locked first, so a version being added (which locks it
    // for update) is either committed and seen by the look-up, a statement of its own, or waits for this filing and
    // re-points it. Rows inserted without a version (bulk loads, benchmarks) get the one in force.
    await db.query(`
      CREATE FUNCTION initiative_rule_pack_from() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        in_force date;
      BEGIN
        PERFORM 1 FROM municipality WHERE id = NEW.municipality_id FOR KEY SHARE;
        in_force := (rule_pack_in_force(NEW.municipality_id, NEW.submitted_on)->>'validFrom')::date;
        IF NEW.rule_pack_from IS NOT NULL AND NEW.rule_pack_from <> in_force THEN
          RAISE EXCEPTION 'the rules in force on % changed while filing', NEW.submitted_on
            USING ERRCODE = '${RULE_PACK_CHANGED}';
        END IF;
        NEW.rule_pack_from := in_force;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_rule_pack_from BEFORE INSERT ON initiative
      FOR EACH ROW EXECUTE FUNCTION initiative_rule_pack_from()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER initiative_rule_pack_from ON initiative`);
    await db.query(`DROP FUNCTION initiative_rule_pack_from()`);
    await db.query(`ALTER TABLE initiative DROP COLUMN rule_pack_from`);
    await db.query(`UPDATE initiative SET context = context - 'referredOn'`);
    await searchIn(db, `'finnish'`, '');
    await db.query(`UPDATE initiative SET title = title WHERE language <> 'fi'`);
    await db.query(`ALTER TABLE initiative DROP COLUMN language`);
    await db.query(`ALTER TABLE body DROP COLUMN name_sv`);
    await db.query(`ALTER TABLE municipality ADD COLUMN rule_pack text`);
    // The earlier schema knows four packs, one per municipality: the template of the latest version, or Kajaani's.
    await db.query(`
      UPDATE municipality m SET rule_pack = coalesce((SELECT v.rules->>'template' FROM rule_pack_version v
        WHERE v.municipality_id = m.id AND v.rules->>'template' IN ('kajaani', 'espoo', 'helsinki', 'turku')
        ORDER BY v.valid_from DESC LIMIT 1), 'kajaani')`);
    await db.query(`
      ALTER TABLE municipality ALTER COLUMN rule_pack SET NOT NULL,
        ADD CONSTRAINT municipality_rule_pack_check CHECK (rule_pack IN ('kajaani', 'espoo', 'helsinki', 'turku')),
        DROP COLUMN language, DROP COLUMN second_language`);
    await db.query(`DROP FUNCTION rule_pack_in_force(uuid, date)`);
    await db.query(`DROP TABLE rule_pack_version`);
  }
}
