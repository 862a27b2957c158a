import { Client } from 'pg';
import { MIGRATIONS } from './data-source';

/**
 * The key of the PostgreSQL advisory lock that preparing the database (migrations, pg-boss's schema, the API's
 * rights, demo data) holds: several migrators started at once take turns, and each later one finds nothing left
 * to do. Fixed and documented (README: "Deployment"), so a DBA can see who holds it in pg_locks
 * (locktype 'advisory', objid 22022, classid 0).
 */
export const MIGRATION_LOCK_KEY = 22022;

const PERMISSION_DENIED = '42501';
const UNDEFINED_TABLE = '42P01';

/**
 * Runs `work` holding the migration lock, a session-level lock on a connection of its own (the work's own
 * connections come from a pool, so none of them could hold it). `waiting` is called if another holder makes this
 * one wait.
 */
export async function withMigrationLock<T>(
  ownerUrl: string,
  work: () => Promise<T>,
  waiting: () => void = () => undefined,
): Promise<T> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'aloite-migration-lock' });
  // The session that holds the lock may be ended under the work (a timeout, a failover): said at the end, not a crash.
  let lost: Error | null = null;
  client.on('error', (error) => (lost = error));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      MIGRATION_LOCK_KEY,
    ]);
    if (!rows[0]?.locked) {
      waiting();
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    }
    const done = await work();
    if (lost)
      throw new Error(
        `The migration lock's connection ended during the work (${(lost as Error).message}): run the migrate command again to make sure.`,
      );
    return done;
  } finally {
    // Ending the session releases the lock as well; the unlock only makes it prompt.
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/**
 * Whether the database is ready for this build, as the API's role sees it: no migrator holds the lock (it gives
 * the rights only after migrating) and every migration of this build is recorded. A role without rights yet, or a
 * database without the record, is simply not ready.
 */
export async function migrationsCurrent(url: string): Promise<boolean> {
  // Bounded, so that a server that hangs counts as not ready instead of stopping the waiting.
  const client = new Client({
    connectionString: url,
    application_name: 'aloite-migration-wait',
    connectionTimeoutMillis: 3_000,
    query_timeout: 5_000,
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ free: boolean }>('SELECT pg_try_advisory_lock_shared($1) AS free', [
      MIGRATION_LOCK_KEY,
    ]);
    if (!rows[0]?.free) return false;
    const applied = await client
      .query<{ name: string }>('SELECT name FROM migrations')
      .catch((error: unknown) => {
        if ([PERMISSION_DENIED, UNDEFINED_TABLE].includes((error as { code?: string }).code ?? ''))
          return null;
        throw error;
      });
    const names = new Set(applied?.rows.map((row) => row.name));
    return MIGRATIONS.every((migration) => names.has(new migration().name ?? migration.name));
  } finally {
    await client.end();
  }
}
