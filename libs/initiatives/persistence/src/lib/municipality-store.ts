import type { RulePackId } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { insertUser, type NewUser } from './account-store';
import { insertBody, type NewBody } from './body-store';
import { StoreError } from './errors';
import { inTransaction, pooledSql, prepared } from './sql';

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

const FIND_MUNICIPALITY = prepared(`SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.id = :id`);

const UPDATE_MUNICIPALITY = prepared(
  `UPDATE municipality AS m SET name = :name, rule_pack = :rulePack, diary_prefix = :diaryPrefix
   WHERE m.id = :id RETURNING ${MUNICIPALITY_COLUMNS}`,
);

const MUNICIPALITY_NAMED = prepared(`SELECT m.id FROM municipality m WHERE m.name = :name FOR UPDATE`);

const INSERT_MUNICIPALITY = prepared(
  `INSERT INTO municipality AS m (name, rule_pack, diary_prefix) VALUES (:name, :rulePack, :diaryPrefix)
   RETURNING ${MUNICIPALITY_COLUMNS}`,
);

/** The signed-in user's municipality: its name, rule pack and diary-number prefix. */
export class MunicipalityStore {
  constructor(private readonly db: DataSource) {}

  async find(id: string): Promise<Municipality> {
    const [municipality] = await pooledSql(this.db).rows<Municipality>(FIND_MUNICIPALITY, { id });
    if (!municipality) throw new StoreError('NOT_FOUND', `No municipality ${id}.`);
    return municipality;
  }

  async update(id: string, settings: MunicipalitySettings): Promise<Municipality> {
    const [municipality] = await pooledSql(this.db).rows<Municipality>(UPDATE_MUNICIPALITY, {
      id,
      ...settings,
    });
    if (!municipality) throw new StoreError('NOT_FOUND', `No municipality ${id}.`);
    return municipality;
  }
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
    const [existing] = await sql.rows<{ id: string }>(MUNICIPALITY_NAMED, { name: setup.name });
    if (existing) return null;
    const [municipality] = await sql.rows<Municipality>(INSERT_MUNICIPALITY, {
      name: setup.name,
      rulePack: setup.rulePack,
      diaryPrefix: setup.diaryPrefix,
    });
    const { id } = municipality as Municipality;
    for (const body of setup.bodies) await insertBody(sql, id, body);
    await insertUser(sql, id, setup.admin);
    return municipality as Municipality;
  });
}
