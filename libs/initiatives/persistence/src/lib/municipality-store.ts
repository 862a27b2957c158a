import type { RulePackId } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { insertUser, type NewUser } from './account-store';
import { insertBody, type NewBody } from './body-store';
import { StoreError } from './errors';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';

export interface Municipality {
  id: string;
  name: string;
  rulePack: RulePackId;
  diaryPrefix: string;
}

export type MunicipalitySettings = Omit<Municipality, 'id'>;

/** A new installation's municipality: its first bodies and its first administrator. */
export interface MunicipalitySetup extends MunicipalitySettings {
  bodies: NewBody[];
  admin: NewUser;
}

const MUNICIPALITY_COLUMNS = `m.id, m.name, m.rule_pack AS "rulePack", m.diary_prefix AS "diaryPrefix"`;

const FIND_MUNICIPALITY = prepared<Municipality>(
  `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.id = :id`,
);

const UPDATE_MUNICIPALITY = prepared<Municipality>(
  `UPDATE municipality AS m SET name = :name, rule_pack = :rulePack, diary_prefix = :diaryPrefix
   WHERE m.id = :id RETURNING ${MUNICIPALITY_COLUMNS}`,
);

const MUNICIPALITY_NAMED = prepared<{ id: string }>(
  `SELECT m.id FROM municipality m WHERE m.name = :name FOR UPDATE`,
);

const INSERT_MUNICIPALITY = prepared<Municipality>(
  `INSERT INTO municipality AS m (name, rule_pack, diary_prefix) VALUES (:name, :rulePack, :diaryPrefix)
   RETURNING ${MUNICIPALITY_COLUMNS}`,
);

/** The signed-in user's municipality: its name, rule pack and diary-number prefix. */
export class MunicipalityStore {
  constructor(private readonly db: DataSource) {}

  async find(id: string): Promise<Municipality> {
    const [municipality] = await pooledSql(this.db).rows(FIND_MUNICIPALITY, { id });
    if (!municipality) throw new StoreError('NOT_FOUND', `No municipality ${id}.`);
    return municipality;
  }

  async update(id: string, settings: MunicipalitySettings): Promise<Municipality> {
    const [municipality] = await pooledSql(this.db).rows(UPDATE_MUNICIPALITY, {
      id,
      ...settings,
    });
    if (!municipality) throw new StoreError('NOT_FOUND', `No municipality ${id}.`);
    return municipality;
  }
}

/** Adds a municipality, on its own or inside a caller's transaction. */
export async function insertMunicipality(sql: Sql, settings: MunicipalitySettings): Promise<Municipality> {
  const { name, rulePack, diaryPrefix } = settings;
  const [municipality] = await sql.rows(INSERT_MUNICIPALITY, { name, rulePack, diaryPrefix });
  return municipality as Municipality;
}

/**
 * The municipality, its bodies and its administrator in one transaction, all or nothing; null, with nothing
 * written, if a municipality of that name exists.
 */
export async function setUpMunicipality(
  db: DataSource,
  setup: MunicipalitySetup,
): Promise<Municipality | null> {
  return inTransaction(db, async (sql) => {
    const [existing] = await sql.rows(MUNICIPALITY_NAMED, { name: setup.name });
    if (existing) return null;
    const municipality = await insertMunicipality(sql, setup);
    for (const body of setup.bodies) await insertBody(sql, municipality.id, body);
    await insertUser(sql, municipality.id, setup.admin);
    return municipality;
  });
}
