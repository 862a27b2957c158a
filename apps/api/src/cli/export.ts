// Writes one archive with everything a municipality has (docs/export-format.md):
//   npm run export -- --municipality kajaani [--out kajaani.tar.gz]
import { parseArgs } from 'node:util';
import { PostgresAlreadyRunningError, exportMunicipality, findMunicipality } from '@aloite/persistence';
import { prepareDatabase } from '../database';
import { commandOptions, configOrFail, fail, say } from './output';

const USAGE = `Usage: npm run export -- --municipality ID_OR_NAME [--out FILE]

  --municipality X   the municipality: its id, its address name (e.g. kajaani) or its name
  --out FILE         where the archive goes (default: the address name and the day, e.g. kajaani-2026-05-21.tar.gz)

DATABASE_URL selects the database as for npm start; without it, the embedded one of this checkout.
The archive has no passwords, sessions or sign-in provider secrets.`;

async function main(): Promise<void> {
  let values: { municipality?: string; out?: string };
  try {
    values = parseArgs({
      args: commandOptions(),
      options: { municipality: { type: 'string' }, out: { type: 'string' } },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (!values.municipality) fail(`--municipality is required\n\n${USAGE}`);
  const database = await prepareDatabase(configOrFail(), say, {
    attach: true,
    demo: false,
    prepare: false,
  }).catch((error: unknown) => {
    if (error instanceof PostgresAlreadyRunningError) fail(error.message);
    throw error;
  });
  // An export reads the database as it is and never migrates it: one this build is ahead of is not exported.
  if (await database.owner.showMigrations()) {
    await database.stop();
    fail('The database is not migrated to this version of Aloite: run `npm run migrate` first, then export.');
  }
  let missing: string | null = null;
  try {
    const municipality = await findMunicipality(database.owner, values.municipality);
    if (municipality) {
      const out = values.out ?? `${municipality.slug}-${new Date().toISOString().slice(0, 10)}.tar.gz`;
      const manifest = await exportMunicipality(database.owner, municipality, out);
      const counts = Object.entries(manifest.counts).map(([file, count]) => `  ${file.padEnd(30)} ${count}`);
      say(`Exported ${municipality.name} to ${out}:\n${counts.join('\n')}`);
    } else missing = `There is no one municipality ${values.municipality} here: give its id or address name.`;
  } finally {
    // Before any exit: an embedded PostgreSQL started for the export stops with it.
    await database.stop();
  }
  if (missing) fail(missing);
}

main().catch((error: unknown) =>
  fail(`Export failed: ${error instanceof Error ? error.message : String(error)}`),
);
