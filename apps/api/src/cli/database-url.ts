// Prints the connection string of this checkout's embedded PostgreSQL (as its owner), for psql, pg_dump and the
// like:  psql "$(npm run -s db:url)"
import { embeddedOwnerUrl } from '../database';
import { configOrFail, fail } from './output';

const config = configOrFail();
if (config.databaseUrl) fail('DATABASE_URL is set: Aloite uses that server, and nothing is embedded.');
const embedded = embeddedOwnerUrl(config);
if (!embedded) fail(`There is no embedded database in ${config.dataDir} yet: npm start makes one.`);
process.stdout.write(`${embedded.url}\n`);
if (!embedded.running) process.stderr.write('(It is not running now: npm start runs it.)\n');
