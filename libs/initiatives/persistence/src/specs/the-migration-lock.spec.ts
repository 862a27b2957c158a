import { Client } from 'pg';
import { withMigrationLock } from '../lib/migration-lock';
import { createEmptyTestDatabase } from '../testing';

// Issue 22: migrations run under an advisory lock held by a session of its own. That session may be ended under
// the work (idle_session_timeout, pg_terminate_backend, a failover): the migrator must then say so, not crash.

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the migration lock', () => {
  it('says the work must be checked again when its session is ended under it, and the process lives on', async () => {
    const database = await createEmptyTestDatabase();
    try {
      const ended = withMigrationLock(database.url, async () => {
        const terminated = await query(
          database.url,
          `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
            WHERE application_name = 'aloite-migration-lock' AND datname = current_database()`,
        );
        expect(terminated).toEqual([{ done: true }]);
        // The lock's session learns of its end when the server closes it.
        await new Promise((resolve) => setTimeout(resolve, 300));
        return 'migrated';
      });
      await expect(ended).rejects.toThrow(
        /lock's connection ended during the work[\s\S]*run the migrate command again/,
      );
      // Released with the session: the next migrator gets the lock at once.
      await expect(withMigrationLock(database.url, async () => 'again')).resolves.toBe('again');
    } finally {
      await database.drop();
    }
  });
});
