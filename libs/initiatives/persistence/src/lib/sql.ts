import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { EntityManager, type DataSource } from 'typeorm';

/**
 * A statement the hot paths send as a named (prepared) statement: PostgreSQL parses and plans it once per
 * connection instead of on every call. Parsing and planning were most of PostgreSQL's work per transition.
 */
export interface Prepared {
  readonly name: string;
  readonly text: string;
  /** The named parameters in the order of their numbers (`:id` became `$1`, ...); empty for positional text. */
  readonly parameters: readonly string[];
}

/** Named values for a statement written with `:name` placeholders. */
export type Parameters = Readonly<Record<string, unknown>>;

// A quoted literal or identifier is skipped whole, so `'HH24:MI'` is not a parameter; `::int` casts never match.
const PLACEHOLDER = /'(?:[^']|'')*'|"(?:[^"]|"")*"|(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * A statement written with `:name` placeholders, numbered once here: each distinct name becomes `$n` in the order
 * of its first appearance. The name comes from the text, so two statements can never share one.
 */
export function prepared(text: string): Prepared {
  const parameters: string[] = [];
  const numbered = text.replace(PLACEHOLDER, (match, parameter: string | undefined) => {
    if (parameter === undefined) return match;
    if (!parameters.includes(parameter)) parameters.push(parameter);
    return `$${parameters.indexOf(parameter) + 1}`;
  });
  return {
    name: `aloite_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`,
    text: numbered,
    parameters,
  };
}

/** The statement's values in its numbered order; a name it uses and the caller left out is a programming error. */
export function valuesFor(statement: Prepared, values: unknown[] | Parameters): unknown[] {
  if (Array.isArray(values)) return values;
  return statement.parameters.map((parameter) => {
    if (!(parameter in values)) throw new Error(`The statement ${statement.name} needs :${parameter}.`);
    return (values as Parameters)[parameter];
  });
}

/** Runs prepared statements on one connection, or on any of the pool's. */
export interface Sql {
  rows<T>(statement: Prepared, values: unknown[] | Parameters): Promise<T[]>;
}

/** TypeORM's node-postgres pool: the hot paths skip the ORM's query runner and event broadcasting. */
function poolOf(db: DataSource): Pool {
  const pool = (db.driver as unknown as { master?: Pool }).master;
  if (!pool) throw new Error('The database is not open.');
  return pool;
}

function sqlOn(connection: Pool | PoolClient): Sql {
  return {
    rows: async <T>(statement: Prepared, values: unknown[] | Parameters) =>
      (
        await connection.query({
          name: statement.name,
          text: statement.text,
          values: valuesFor(statement, values),
        })
      ).rows as T[],
  };
}

/** On a data source, each statement on whichever pooled connection is free; in a TypeORM transaction, on its. */
export function pooledSql(db: DataSource | EntityManager): Sql {
  if (!(db instanceof EntityManager)) return sqlOn(poolOf(db));
  const runner = db.queryRunner;
  if (!runner) return sqlOn(poolOf(db.connection));
  return {
    rows: async <T>(statement: Prepared, values: unknown[] | Parameters) =>
      sqlOn((await runner.connect()) as PoolClient).rows<T>(statement, values),
  };
}

/** `work` in one transaction on one pooled connection: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(db: DataSource, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(sqlOn(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A connection that cannot even roll back is dead: the pool must not hand it out again.
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
