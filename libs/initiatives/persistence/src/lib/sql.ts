import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { EntityManager, type DataSource } from 'typeorm';

/**
 * A statement sent as a named (prepared) statement: PostgreSQL parses and plans it once per connection instead
 * of on every call. Parsing and planning were most of PostgreSQL's work per transition. `Row` is what one of its
 * rows holds.
 */
export interface Prepared<Row = unknown> {
  readonly name: string;
  readonly text: string;
  /** The named parameters in the order of their numbers (`:id` became `$1`, ...). */
  readonly parameters: readonly string[];
  /** Never set: carries the row type from the statement to `Sql.rows`. */
  readonly row?: Row;
}

/** Named values for a statement written with `:name` placeholders; names it does not use are left out. */
export type Parameters = Readonly<Record<string, unknown>>;

// A quoted literal or identifier is skipped whole, so `'HH24:MI'` is not a parameter; `::int` casts never match.
const PLACEHOLDER = /'(?:[^']|'')*'|"(?:[^"]|"")*"|(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * A statement written with `:name` placeholders, numbered once here: each distinct name becomes `$n` in the order
 * of its first appearance. The name comes from the text, so two statements can never share one.
 */
export function prepared<Row>(text: string): Prepared<Row> {
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
export function valuesFor(statement: Prepared, values: Parameters): unknown[] {
  return statement.parameters.map((parameter) => {
    if (!(parameter in values)) throw new Error(`The statement ${statement.name} needs :${parameter}.`);
    return values[parameter];
  });
}

/** Runs prepared statements on one connection, or on any of the pool's. */
export interface Sql {
  rows<Row>(statement: Prepared<Row>, values?: Parameters): Promise<Row[]>;
}

function sqlOn(connection: PoolClient): Sql {
  return {
    rows: async <Row>(statement: Prepared<Row>, values: Parameters = {}) =>
      (
        await connection.query({
          name: statement.name,
          text: statement.text,
          values: valuesFor(statement, values),
        })
      ).rows as Row[],
  };
}

/**
 * `work` on one of the pool's connections, through TypeORM's public door: a query runner's connection, given back
 * when `work` ends. The statements skip the runner's own query path (logging, event broadcasting).
 */
async function onPooledConnection<T>(
  db: DataSource,
  work: (connection: PoolClient) => Promise<T>,
): Promise<T> {
  const runner = db.createQueryRunner();
  try {
    return await work((await runner.connect()) as PoolClient);
  } finally {
    // A connection that failed was already given back, marked broken, when it emitted its error.
    await runner.release();
  }
}

/** On a data source, each statement on whichever pooled connection is free; in a TypeORM transaction, on its. */
export function pooledSql(db: DataSource | EntityManager): Sql {
  const runner = db instanceof EntityManager ? db.queryRunner : undefined;
  if (runner) {
    return {
      rows: async <Row>(statement: Prepared<Row>, values?: Parameters) =>
        sqlOn((await runner.connect()) as PoolClient).rows(statement, values),
    };
  }
  const source = db instanceof EntityManager ? db.connection : db;
  return {
    rows: <Row>(statement: Prepared<Row>, values?: Parameters) =>
      onPooledConnection(source, (connection) => sqlOn(connection).rows(statement, values)),
  };
}

/** `work` in one transaction on one pooled connection: committed if it returns, rolled back if it throws. */
export function inTransaction<T>(db: DataSource, work: (sql: Sql) => Promise<T>): Promise<T> {
  return onPooledConnection(db, async (connection) => {
    await connection.query('BEGIN');
    try {
      const result = await work(sqlOn(connection));
      await connection.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dead: once it is ending, the pool never hands it out again.
      // Not waited for: a server that hangs would never answer the goodbye.
      await connection.query('ROLLBACK').catch(() => void connection.end().catch(() => undefined));
      throw error;
    }
  });
}
