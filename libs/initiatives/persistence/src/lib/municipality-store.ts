import type { Language, RulePack } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { logAdminChange, type AdminActor } from './admin-log';
import { insertUser, type NewUser } from './account-store';
import { insertBody, type NewBody } from './body-store';
import { StoreError } from './errors';
import { insertRulePackVersion } from './rule-pack-store';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';

export interface Municipality {
  id: string;
  name: string;
  diaryPrefix: string;
  /** The majority language; a bilingual municipality also has the second. */
  language: Language;
  secondLanguage: Language | null;
}

export type MunicipalitySettings = Omit<Municipality, 'id'>;

/** A new installation's municipality: its first rules, its first bodies and its first administrator. */
export interface MunicipalitySetup extends MunicipalitySettings {
  pack: RulePack;
  bodies: NewBody[];
  admin: NewUser;
}

const MUNICIPALITY_COLUMNS = `m.id, m.name, m.diary_prefix AS "diaryPrefix", m.language,
  m.second_language AS "secondLanguage"`;

const FIND_MUNICIPALITY = prepared<Municipality>(
  `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.id = :id`,
);

const UPDATE_MUNICIPALITY = prepared<Municipality>(
  `UPDATE municipality AS m SET name = :name, diary_prefix = :diaryPrefix, language = :language,
     second_language = :secondLanguage
   WHERE m.id = :id RETURNING ${MUNICIPALITY_COLUMNS}`,
);

const MUNICIPALITY_NAMED = prepared<{ id: string }>(
  `SELECT m.id FROM municipality m WHERE m.name = :name FOR UPDATE`,
);

const INSERT_MUNICIPALITY = prepared<Municipality>(
  `INSERT INTO municipality AS m (name, diary_prefix, language, second_language)
   VALUES (:name, :diaryPrefix, :language, :secondLanguage)
   RETURNING ${MUNICIPALITY_COLUMNS}`,
);

/** The signed-in user's municipality: its name, languages and diary-number prefix. */
export class MunicipalityStore {
  constructor(private readonly db: DataSource) {}

  async find(id: string): Promise<Municipality> {
    const [municipality] = await pooledSql(this.db).rows(FIND_MUNICIPALITY, { id });
    if (!municipality) throw new StoreError('NOT_FOUND', `No municipality ${id}.`);
    return municipality;
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
  const [municipality] = await sql.rows(INSERT_MUNICIPALITY, { name, diaryPrefix, language, secondLanguage });
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
