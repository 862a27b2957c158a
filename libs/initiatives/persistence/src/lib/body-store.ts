import type { DataSource } from 'typeorm';
import type { BodyKind } from '@aloite/domain';
import { StoreError } from './errors';
import { pooledSql, prepared, type Sql } from './sql';

/** A council, board, committee or subcommittee of one municipality. */
export interface BodyRow {
  id: string;
  name: string;
  kind: BodyKind;
  active: boolean;
}

export interface NewBody {
  name: string;
  kind: BodyKind;
}

export interface BodyChanges {
  name?: string;
  active?: boolean;
}

const BODY_COLUMNS = `b.id, b.name, b.kind, b.active`;

const BODIES_OF = prepared<BodyRow>(
  `SELECT ${BODY_COLUMNS} FROM body b WHERE b.municipality_id = :municipalityId ORDER BY b.created_at`,
);

const INSERT_BODY = prepared<BodyRow>(
  `INSERT INTO body AS b (municipality_id, name, kind, active) VALUES (:municipalityId, :name, :kind, true)
   RETURNING ${BODY_COLUMNS}`,
);

const UPDATE_BODY = prepared<BodyRow>(
  `UPDATE body AS b SET name = coalesce(:name, b.name), active = coalesce(:active, b.active)
   WHERE b.id = :id AND b.municipality_id = :municipalityId RETURNING ${BODY_COLUMNS}`,
);

function duplicateName(error: unknown, name: string | undefined): unknown {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && constraint === 'body_name_unique'
    ? new StoreError('DUPLICATE_NAME', `A body named ${name ?? ''} already exists.`, {
        errors: [{ field: 'name', message: 'already in use' }],
      })
    : error;
}

/** Adds a body; a name the municipality already uses is refused as DUPLICATE_NAME. */
export async function insertBody(sql: Sql, municipalityId: string, body: NewBody): Promise<BodyRow> {
  try {
    const [created] = await sql.rows(INSERT_BODY, { municipalityId, ...body });
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

  async create(municipalityId: string, body: NewBody): Promise<BodyRow> {
    return insertBody(pooledSql(this.db), municipalityId, body);
  }

  /** Renames or (de)activates a body; bodies are never deleted, so their history stays. */
  async update(municipalityId: string, id: string, changes: BodyChanges): Promise<BodyRow> {
    let updated: BodyRow | undefined;
    try {
      [updated] = await pooledSql(this.db).rows(UPDATE_BODY, {
        id,
        municipalityId,
        name: changes.name ?? null,
        active: changes.active ?? null,
      });
    } catch (error) {
      throw duplicateName(error, changes.name);
    }
    if (!updated) throw new StoreError('NOT_FOUND', `No body ${id}.`);
    return updated;
  }
}
