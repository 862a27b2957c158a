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
}

/** The name comes from the text, so two statements can never share one. */
export function prepared(text: string): Prepared {
  return { name: `aloite_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text };
}

/** Runs prepared statements on one connection, or on any of the pool's. */
export interface Sql {
  rows<T>(statement: Prepared, values: unknown[]): Promise<T[]>;
}

/** TypeORM's node-postgres pool: the hot paths skip the ORM's query runner and event broadcasting. */
function poolOf(db: DataSource): Pool {
  const pool = (db.driver as unknown as { master?: Pool }).master;
  if (!pool) throw new Error('The database is not open.');
  return pool;
}

function sqlOn(connection: Pool | PoolClient): Sql {
  return {
    rows: async <T>(statement: Prepared, values: unknown[]) =>
      (await connection.query({ name: statement.name, text: statement.text, values })).rows as T[],
  };
}

/** On a data source, each statement on whichever pooled connection is free; in a TypeORM transaction, on its. */
export function pooledSql(db: DataSource | EntityManager): Sql {
  if (!(db instanceof EntityManager)) return sqlOn(poolOf(db));
  const runner = db.queryRunner;
  if (!runner) return sqlOn(poolOf(db.connection));
  return {
    rows: async <T>(statement: Prepared, values: unknown[]) =>
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
