import type { TestDatabase } from '@aloite/persistence/testing';

type DataSource = TestDatabase['dataSource'];

/** Every row of one municipality, table by table, as JSON text in a stable order. */
export type MunicipalityRows = Record<string, string[]>;

/**
 * Read as the tables' owner, found in the catalogue rather than listed: every table carries `municipality_id`
 * (CONTRIBUTING), so a table added later is compared without anyone remembering to add it here.
 */
export async function rowsOf(db: DataSource, municipalityId: string): Promise<MunicipalityRows> {
  const tables = (await db.query(
    `SELECT table_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'municipality_id' ORDER BY table_name`,
  )) as { name: string }[];
  const rows: MunicipalityRows = {
    municipality: await rowsWhere(db, 'municipality', 'id', municipalityId),
  };
  for (const { name } of tables) rows[name] = await rowsWhere(db, name, 'municipality_id', municipalityId);
  return rows;
}

async function rowsWhere(db: DataSource, table: string, column: string, value: string): Promise<string[]> {
  const found = (await db.query(
    `SELECT to_jsonb(t)::text AS row FROM "${table}" t WHERE ${column} = $1 ORDER BY 1`,
    [value],
  )) as { row: string }[];
  return found.map(({ row }) => row);
}
