// Prepares the database and exits: `npm run migrate`, and the image's one-shot migrate service. As the owner
// (DATABASE_URL; without it, this checkout's embedded PostgreSQL, running or not): the pending migrations,
// pg-boss's schema, the rights of the API's role (DATABASE_RUNTIME_URL) and, with DEMO_DATA=true, the demo data.
// Under the migration lock, so several at once take turns and the later ones find nothing to do.
import { PostgresAlreadyRunningError } from '@aloite/persistence';
import { prepareDatabase } from '../database';
import { configOrFail, fail, say } from './output';

async function main(): Promise<void> {
  const config = configOrFail();
  const database = await prepareDatabase(config, say, { attach: true }).catch((error: unknown) => {
    if (error instanceof PostgresAlreadyRunningError) fail(error.message);
    throw error;
  });
  await database.stop();
  say('The database is up to date.');
}

main().catch((error: unknown) =>
  fail(`Migrating failed: ${error instanceof Error ? error.message : String(error)}`),
);
