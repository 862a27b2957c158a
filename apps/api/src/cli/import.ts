// Loads a municipality's archive (npm run export) into this deployment, replaying every audit log:
//   ALOITE_ADMIN_PASSWORD='…' npm run import -- kajaani.tar.gz --admin paula.halonen
import { parseArgs } from 'node:util';
import {
  ImportRefused,
  PostgresAlreadyRunningError,
  administratorPassword,
  importMunicipality,
} from '@aloite/persistence';
import { hashPassword } from '../auth/passwords';
import { PASSWORD_MIN_LENGTH, isAcceptablePassword } from '../auth/password-policy';
import { prepareDatabase } from '../database';
import { commandOptions, configOrFail, fail, say } from './output';

const USAGE = `Usage: npm run import -- FILE [--admin USERNAME]

  FILE              an archive written by npm run export
  --admin USERNAME  one of the archive's administrators, given the password in ALOITE_ADMIN_PASSWORD (at least
                    ${PASSWORD_MIN_LENGTH} characters): the archive has no passwords, so without it nobody can sign
                    in with a password until one is given

The municipality must not exist here yet; the whole archive is loaded, or (refused) nothing. DATABASE_URL selects
the database as for npm start; without it, the embedded one of this checkout.`;

async function main(): Promise<void> {
  let parsed: { values: { admin?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: commandOptions(),
      options: { admin: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const [archive, ...more] = parsed.positionals;
  if (!archive || more.length > 0) fail(`Give one archive.\n\n${USAGE}`);
  const { admin } = parsed.values;
  const password = process.env.ALOITE_ADMIN_PASSWORD ?? '';
  if (admin && !isAcceptablePassword(password))
    fail(
      `ALOITE_ADMIN_PASSWORD must be set to at least ${PASSWORD_MIN_LENGTH} characters, not a common one.`,
    );
  const database = await prepareDatabase(configOrFail(), say, { attach: true, demo: false }).catch(
    (error: unknown) => {
      if (error instanceof PostgresAlreadyRunningError) fail(error.message);
      throw error;
    },
  );
  let refusal: string | null = null;
  try {
    const then = admin ? administratorPassword(admin, await hashPassword(password)) : undefined;
    const manifest = await importMunicipality(database.owner, archive, { then });
    const counts = Object.entries(manifest.counts).map(([file, count]) => `  ${file.padEnd(30)} ${count}`);
    say(
      `Imported ${manifest.municipality.name} (${manifest.municipality.slug}) from ${archive}:\n${counts.join('\n')}`,
    );
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    refusal = `Nothing was imported: ${error.message}`;
  } finally {
    await database.stop();
  }
  if (refusal) fail(refusal);
}

main().catch((error: unknown) =>
  fail(`Import failed, nothing was imported: ${error instanceof Error ? error.message : String(error)}`),
);
