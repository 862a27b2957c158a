import type { Language, RulePack } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { logAdminChange, type AdminActor } from './admin-log';
import { insertUser, type NewUser } from './account-store';
import { insertBody, type NewBody } from './body-store';
import { StoreError } from './errors';
import { insertRulePackVersion } from './rule-pack-store';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';
import { municipalitySlug } from './usernames';

export interface Municipality {
  id: string;
  name: string;
  diaryPrefix: string;
  /** The majority language; a bilingual municipality also has the second. */
  language: Language;
  secondLanguage: Language | null;
  /** Its address name, made from its name when it is added and stable after: sign-in names it by this. */
  slug: string;
}

export type MunicipalitySettings = Omit<Municipality, 'id' | 'slug'>;

/** What anyone may know of a municipality: which one a sign-in page is for. */
export interface MunicipalityToSignInTo {
  id: string;
  slug: string;
  name: string;
}

/** A new installation's municipality: its first rules, its first bodies and its first administrator. */
export interface MunicipalitySetup extends MunicipalitySettings {
  pack: RulePack;
  bodies: NewBody[];
  admin: NewUser;
}

const MUNICIPALITY_COLUMNS = `m.id, m.name, m.diary_prefix AS "diaryPrefix", m.language,
  m.second_language AS "secondLanguage", m.slug`;

const FIND_MUNICIPALITY = prepared<Municipality>(
  `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.id = :id`,
);

const MUNICIPALITY_BY_SLUG = prepared<Municipality>(
  `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.slug = :slug`,
);

const UPDATE_MUNICIPALITY = prepared<Municipality>(
  `UPDATE municipality AS m SET name = :name, diary_prefix = :diaryPrefix, language = :language,
     second_language = :secondLanguage
   WHERE m.id = :id RETURNING ${MUNICIPALITY_COLUMNS}`,
);

const MUNICIPALITY_NAMED = prepared<{ id: string }>(
  `SELECT m.id FROM municipality m WHERE m.name = :name FOR UPDATE`,
);

/** The address name made from its name, or with the first free number after it (`kajaani-2`). */
const INSERT_MUNICIPALITY = prepared<Municipality>(
  `INSERT INTO municipality AS m (name, diary_prefix, language, second_language, slug)
   VALUES (:name, :diaryPrefix, :language, :secondLanguage, (
     SELECT candidate FROM (SELECT :slug::text AS candidate, 1 AS n
       UNION ALL SELECT :slug || '-' || n, n FROM generate_series(2, 1000) AS n) AS c
     WHERE NOT EXISTS (SELECT FROM municipality o WHERE o.slug = c.candidate) ORDER BY n LIMIT 1))
   RETURNING ${MUNICIPALITY_COLUMNS}`,
);

const TO_SIGN_IN_TO = prepared<MunicipalityToSignInTo>(
  `SELECT m.id, m.slug, m.name FROM municipality m ORDER BY m.name, m.slug`,
);

/** The signed-in user's municipality: its name, languages and diary-number prefix. */
export class MunicipalityStore {
  constructor(private readonly db: DataSource) {}

  async find(id: string): Promise<Municipality> {
    const [municipality] = await pooledSql(this.db).rows(FIND_MUNICIPALITY, { id });
    if (!municipality) throw new StoreError('NOT_FOUND', `No municipality ${id}.`);
    return municipality;
  }

  /** The municipality at its address name (`/public/kajaani`), or null. */
  async bySlug(slug: string): Promise<Municipality | null> {
    const [municipality] = await pooledSql(this.db).rows(MUNICIPALITY_BY_SLUG, { slug });
    return municipality ?? null;
  }

  /** Every municipality of the deployment, for the sign-in page: anyone may ask. */
  toSignInTo(): Promise<MunicipalityToSignInTo[]> {
    return pooledSql(this.db).rows(TO_SIGN_IN_TO);
  }

  /** Changes the settings and logs them as the administrator's change, both or neither. */
  async update(id: string, settings: MunicipalitySettings, by: AdminActor): Promise<Municipality> {
    return inTransaction(this.db, async (sql) => {
      const [municipality] = await sql.rows(UPDATE_MUNICIPALITY, { id, ...settings });
      if (!municipality) throw new StoreError('NOT_FOUND', `No municipality ${id}.`);
      await logAdminChange(sql, by, {
        entityKind: 'municipality',
        entityId: id,
        action: 'update',
        change: { ...settings },
      });
      return municipality;
    });
  }
}

/** Adds a municipality with its first rule-pack version, on its own or inside a caller's transaction. */
export async function insertMunicipality(
  sql: Sql,
  settings: MunicipalitySettings,
  pack: RulePack,
): Promise<Municipality> {
  const { name, diaryPrefix, language, secondLanguage } = settings;
  const [municipality] = await sql.rows(INSERT_MUNICIPALITY, {
    name,
    diaryPrefix,
    language,
    secondLanguage,
    slug: municipalitySlug(name),
  });
  const created = municipality as Municipality;
  await insertRulePackVersion(sql, created.id, pack, null);
  return created;
}

/**
 * The municipality, its rules, its bodies and its administrator in one transaction, all or nothing; null, with
 * nothing written, if a municipality of that name exists.
 */
export async function setUpMunicipality(
  db: DataSource,
  setup: MunicipalitySetup,
): Promise<Municipality | null> {
  return inTransaction(db, async (sql) => {
    const [existing] = await sql.rows(MUNICIPALITY_NAMED, { name: setup.name });
    if (existing) return null;
    const municipality = await insertMunicipality(sql, setup, setup.pack);
    for (const body of setup.bodies) await insertBody(sql, municipality.id, body);
    await insertUser(sql, municipality.id, setup.admin);
    return municipality;
  });
}
