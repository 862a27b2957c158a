import type { DataSource } from 'typeorm';
import type { BodyKind } from '@aloite/domain';
import { givenFields, logAdminChange, type AdminActor } from './admin-log';
import { StoreError } from './errors';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';

/** A council, board, committee or subcommittee of one municipality. */
export interface BodyRow {
  id: string;
  name: string;
  /** The Swedish name, for a bilingual municipality's documents; null: the Finnish name serves. */
  nameSv: string | null;
  kind: BodyKind;
  active: boolean;
}

export interface NewBody {
  name: string;
  nameSv?: string | null;
  kind: BodyKind;
}

export interface BodyChanges {
  name?: string;
  /** Null clears the Swedish name. */
  nameSv?: string | null;
  active?: boolean;
}

const BODY_COLUMNS = `b.id, b.name, b.name_sv AS "nameSv", b.kind, b.active`;

const BODIES_OF = prepared<BodyRow>(
  `SELECT ${BODY_COLUMNS} FROM body b WHERE b.municipality_id = :municipalityId ORDER BY b.created_at`,
);

const INSERT_BODY = prepared<BodyRow>(
  `INSERT INTO body AS b (municipality_id, name, name_sv, kind, active)
   VALUES (:municipalityId, :name, :nameSv, :kind, true)
   RETURNING ${BODY_COLUMNS}`,
);

const UPDATE_BODY = prepared<BodyRow>(
  `UPDATE body AS b SET name = coalesce(:name, b.name), active = coalesce(:active, b.active),
     name_sv = CASE WHEN :changesNameSv THEN :nameSv ELSE b.name_sv END
   WHERE b.id = :id AND b.municipality_id = :municipalityId RETURNING ${BODY_COLUMNS}`,
);

function duplicateName(error: unknown, name: string | undefined): unknown {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== '23505' || (constraint !== 'body_name_unique' && constraint !== 'body_name_sv_unique'))
    return error;
  const field = constraint === 'body_name_unique' ? 'name' : 'nameSv';
  return new StoreError('DUPLICATE_NAME', `A body named ${name ?? ''} already exists.`, {
    errors: [{ field, message: 'already in use', rule: 'inUse', params: { value: name ?? '' } }],
  });
}

/** Adds a body; a name the municipality already uses is refused as DUPLICATE_NAME. */
export async function insertBody(sql: Sql, municipalityId: string, body: NewBody): Promise<BodyRow> {
  try {
    const [created] = await sql.rows(INSERT_BODY, { municipalityId, ...body, nameSv: body.nameSv ?? null });
    return created as BodyRow;
  } catch (error) {
    throw duplicateName(error, body.name);
  }
}

/** The municipality's bodies: the one way the API reads them. */
export class BodyStore {
  constructor(private readonly db: DataSource) {}

  /** Every body of the municipality, active or not, in the order they were created. */
  async ofMunicipality(municipalityId: string): Promise<BodyRow[]> {
    return pooledSql(this.db).rows(BODIES_OF, { municipalityId });
  }

  /** Adds a body and logs it as the administrator's change, both or neither. */
  async create(municipalityId: string, body: NewBody, by: AdminActor): Promise<BodyRow> {
    return inTransaction(this.db, async (sql) => {
      const created = await insertBody(sql, municipalityId, body);
      const { name, nameSv, kind } = created;
      await logAdminChange(sql, by, {
        entityKind: 'body',
        entityId: created.id,
        action: 'create',
        change: { name, nameSv, kind },
      });
      return created;
    });
  }

  /** Renames or (de)activates a body, logged; bodies are never deleted, so their history stays. */
  async update(municipalityId: string, id: string, changes: BodyChanges, by: AdminActor): Promise<BodyRow> {
    return inTransaction(this.db, async (sql) => {
      let updated: BodyRow | undefined;
      try {
        [updated] = await sql.rows(UPDATE_BODY, {
          id,
          municipalityId,
          name: changes.name ?? null,
          active: changes.active ?? null,
          changesNameSv: changes.nameSv !== undefined,
          nameSv: changes.nameSv ?? null,
        });
      } catch (error) {
        throw duplicateName(error, changes.name ?? changes.nameSv ?? undefined);
      }
      if (!updated) throw new StoreError('NOT_FOUND', `No body ${id}.`);
      await logAdminChange(sql, by, {
        entityKind: 'body',
        entityId: id,
        action: 'update',
        change: givenFields({ ...changes }),
      });
      return updated;
    });
  }
}
