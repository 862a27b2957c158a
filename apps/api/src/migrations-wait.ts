import { migrationsCurrent } from '@aloite/persistence';

/** How often an API in `wait` mode looks again: cheap (one short connection), and soon enough to start serving. */
const POLL_MS = 1_000;

export class MigrationsNotCurrentError extends Error {}

/**
 * For MIGRATIONS=wait: resolves once `npm run migrate` has brought the database to this build's migrations and
 * given the API's role its rights. Never migrates. A database that cannot be reached yet (PostgreSQL starting)
 * counts as not ready; after `seconds` it gives up.
 */
export async function waitForMigrations(url: string, seconds: number, say: (message: string) => void) {
  const deadline = Date.now() + seconds * 1_000;
  let told = false;
  let lastProblem = '';
  for (;;) {
    const current = await migrationsCurrent(url).catch((error: unknown) => {
      lastProblem = ` (last: ${error instanceof Error ? error.message : String(error)})`;
      return false;
    });
    if (current) return;
    if (!told) say('Waiting for the database to be migrated (npm run migrate; MIGRATIONS=wait) …');
    told = true;
    if (Date.now() >= deadline) {
      throw new MigrationsNotCurrentError(
        `The database was not migrated to this version within ${seconds} s (MIGRATIONS_WAIT_SECONDS)${lastProblem}. ` +
          'Run the migrate command (npm run migrate, or the image’s migrate service) against DATABASE_URL, ' +
          'or set MIGRATIONS=run to let the API migrate at its start.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
