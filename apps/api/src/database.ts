import { join } from 'node:path';
import {
  DEMO_USERS,
  EMBEDDED_RUNTIME_ROLE,
  FORMER_FIXED_PASSWORD,
  assertRuntimeRoleRestricted,
  claimDataFolder,
  dataFolderOwner,
  embeddedCredentials,
  ensureRuntimeLogin,
  grantRuntimeAccess,
  MissingRuntimeRoleError,
  RuntimeRoleError,
  migrate,
  reindexLemmasIfAnalyzerChanged,
  searchAnalyzer,
  openDatabase,
  postgresUrl,
  readEmbeddedCredentials,
  runningPostmaster,
  seedDemoData,
  seedDemoUsers,
  refuseWithoutEmbeddedPostgres,
  startEmbeddedPostgres,
  withMigrationLock,
  stopOrphanedPostmaster,
  EMBEDDED_SUPERUSER,
} from '@aloite/persistence';
import type { DataSource } from 'typeorm';
import { hashPassword } from './auth/passwords';
import type { AppConfig } from './config';
import { installReminderQueue } from './reminders/reminder-schedule';

type Say = (message: string) => void;

const EMBEDDED_DATABASE = 'aloite';

/** A PostgreSQL server to use: who owns Aloite's tables, and who the API connects as. */
interface Server {
  ownerUrl: string;
  runtimeUrl: string;
  /** Set for the embedded server, whose API role this process creates. */
  runtimeLogin: { role: string; password: string } | null;
  stop(): Promise<void>;
}

export interface PreparedDatabase {
  /** Connected as the owner of Aloite's tables: for migrations, demo data and setup only. */
  owner: DataSource;
  /** Where the API connects: a role that owns nothing. */
  runtimeUrl: string;
  /** Closes the owner's connections and stops the embedded PostgreSQL if this process started it. */
  stop(): Promise<void>;
}

export interface Database {
  dataSource: DataSource;
  close(): Promise<void>;
}

function dataDirOf(config: AppConfig): string {
  return join(config.dataDir, 'postgres');
}

/** The URL of the embedded database's owner, and whether it is running: what `npm run db:url` prints. */
export function embeddedOwnerUrl(config: AppConfig): { url: string; running: boolean } | null {
  const credentials = readEmbeddedCredentials(config.dataDir);
  if (!credentials) return null;
  const running = runningPostmaster(dataDirOf(config));
  const port = running?.port ?? config.embeddedPostgresPort;
  return {
    url: postgresUrl(EMBEDDED_SUPERUSER, credentials.owner, port, EMBEDDED_DATABASE),
    running: running !== null,
  };
}

/**
 * The embedded PostgreSQL of the data folder. Started here, after stopping one a dead Aloite left behind; or, for
 * maintenance commands (`attach`), the one a running Aloite owns.
 */
async function embeddedServer(config: AppConfig, say: Say, attach: boolean): Promise<Server> {
  refuseWithoutEmbeddedPostgres();
  const dataDir = dataDirOf(config);
  const credentials = embeddedCredentials(config.dataDir);
  const running = runningPostmaster(dataDir);
  const runtimeLogin = { role: EMBEDDED_RUNTIME_ROLE, password: credentials.runtime };
  const urls = (port: number) => ({
    ownerUrl: postgresUrl(EMBEDDED_SUPERUSER, credentials.owner, port, EMBEDDED_DATABASE),
    runtimeUrl: postgresUrl(runtimeLogin.role, runtimeLogin.password, port, EMBEDDED_DATABASE),
  });
  if (attach && running && dataFolderOwner(config.dataDir) !== null) {
    say(`Using the embedded PostgreSQL of the running Aloite (port ${running.port}).`);
    return { ...urls(running.port), runtimeLogin, stop: async () => undefined };
  }
  const release = claimDataFolder(config.dataDir);
  try {
    await stopOrphanedPostmaster(dataDir, say);
    say(`Starting embedded PostgreSQL (data in ${dataDir}, port ${config.embeddedPostgresPort}) …`);
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: config.embeddedPostgresPort,
      database: EMBEDDED_DATABASE,
      password: credentials.owner,
      formerPasswords: [FORMER_FIXED_PASSWORD],
    });
    return {
      ...urls(config.embeddedPostgresPort),
      runtimeLogin,
      async stop() {
        await embedded.stop();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function externalServer(config: AppConfig): Server {
  const ownerUrl = config.databaseUrl as string;
  return {
    ownerUrl,
    runtimeUrl: config.databaseRuntimeUrl ?? ownerUrl,
    runtimeLogin: null,
    stop: async () => undefined,
  };
}

async function loadDemo(owner: DataSource, say: Say): Promise<void> {
  if (await seedDemoData(owner)) say('Loaded demo data: Kajaani, with §§ 16 and 17 of 20.5.2026.');
  await seedDemoUsers(owner, hashPassword);
  say('\nDemo users (demo mode only – never use these passwords for real data):');
  for (const user of DEMO_USERS) {
    say(
      `  ${user.username.padEnd(20)} ${user.password.padEnd(26)} ${user.roles.join(', ')} – ${user.displayName}`,
    );
  }
  say('');
}

/**
 * As the owner: migrates, installs pg-boss's schema, gives the API's role its rights (creating it on the embedded
 * server) and loads the demo data when configured. `attach` lets a maintenance command use the embedded server a
 * running Aloite owns; `prepare: false` only connects (a command that reads, as the export, changes nothing).
 */
export async function prepareDatabase(
  config: AppConfig,
  say: Say,
  { attach = false, demo = config.demoData, prepare = true } = {},
): Promise<PreparedDatabase> {
  const server = config.databaseUrl ? externalServer(config) : await embeddedServer(config, say, attach);
  let owner: DataSource | null = null;
  try {
    owner = await openDatabase({ url: server.ownerUrl, poolSize: 2, applicationName: 'aloite-owner' });
    const connected = owner;
    if (prepare)
      await withMigrationLock(
        server.ownerUrl,
        () => prepareAsOwner(connected, server, say, demo),
        () => say('Another process is migrating this database: waiting for it …'),
      );
    return {
      owner: connected,
      runtimeUrl: server.runtimeUrl,
      async stop() {
        if (connected.isInitialized) await connected.destroy();
        await server.stop();
      },
    };
  } catch (error) {
    if (owner?.isInitialized) await owner.destroy();
    await server.stop();
    throw error;
  }
}

/** Everything that needs the owner, done by one migrator at a time (under the migration lock). */
async function prepareAsOwner(owner: DataSource, server: Server, say: Say, demo: boolean): Promise<void> {
  const appliedMigrations = await migrate(owner);
  if (appliedMigrations.length > 0) say(`Applied migrations: ${appliedMigrations.join(', ')}`);
  const reindexed = await reindexLemmasIfAnalyzerChanged(owner);
  if (reindexed > 0)
    say(`Search: re-indexed ${reindexed} initiatives with the ${searchAnalyzer().name} analyzer`);
  await installReminderQueue(server.ownerUrl);
  if (server.runtimeLogin)
    await ensureRuntimeLogin(owner, server.runtimeLogin.role, server.runtimeLogin.password);
  const runtimeRole = decodeURIComponent(new URL(server.runtimeUrl).username);
  if (runtimeRole !== decodeURIComponent(new URL(server.ownerUrl).username)) {
    await grantRuntimeAccess(owner, runtimeRole).catch((error: unknown) => {
      if (!(error instanceof MissingRuntimeRoleError)) throw error;
      throw new MissingRuntimeRoleError(`${error.message} ${runtimeLoginAdvice(server.runtimeUrl)}`);
    });
  }
  if (demo) await loadDemo(owner, say);
}

/** What to do when the API's role (DATABASE_RUNTIME_URL) is missing or cannot sign in. */
export function runtimeLoginAdvice(runtimeUrl: string): string {
  const role = decodeURIComponent(new URL(runtimeUrl).username);
  return (
    `The API connects to PostgreSQL as "${role}" (DATABASE_RUNTIME_URL), a login role that owns nothing; a DBA ` +
    `creates it once, with the password in DATABASE_RUNTIME_URL: CREATE ROLE "${role}" LOGIN PASSWORD '…'; ` +
    '(README: "An external PostgreSQL"). With docker compose, a database volume made before ' +
    'docker/create-api-role.sql existed never ran it: ' +
    'docker compose exec -T postgres psql -U aloite -d aloite < docker/create-api-role.sql'
  );
}

/** No such role, no LOGIN, or the wrong password. */
const CANNOT_SIGN_IN = new Set(['28000', '28P01']);

/**
 * A request's queries are short; one unanswered this long means a hung server, and the request gets its 503 within
 * the 5 s promised during an outage. Migrations and setup (the owner's connections) may take longer.
 */
const RUNTIME_QUERY_TIMEOUT_MS = 4_000;

/** The API's own connections, as a role that owns nothing (checked: it refuses a more powerful one). */
export async function openRuntimeDatabase(url: string, poolSize: number): Promise<DataSource> {
  const dataSource = await openDatabase({ url, poolSize, queryTimeoutMs: RUNTIME_QUERY_TIMEOUT_MS }).catch(
    (error: unknown) => {
      if (!CANNOT_SIGN_IN.has((error as { code?: string }).code ?? '')) throw error;
      throw new RuntimeRoleError(`${(error as Error).message}. ${runtimeLoginAdvice(url)}`, { cause: error });
    },
  );
  try {
    await assertRuntimeRoleRestricted(dataSource);
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Prepared, then opened as the API's role: the API run on its own, without the supervisor. */
export async function startDatabase(config: AppConfig, say: Say): Promise<Database> {
  const prepared = await prepareDatabase(config, say);
  await prepared.owner.destroy();
  try {
    const dataSource = await openRuntimeDatabase(prepared.runtimeUrl, config.databasePoolSize);
    return {
      dataSource,
      async close() {
        await dataSource.destroy();
        await prepared.stop();
      },
    };
  } catch (error) {
    await prepared.stop();
    throw error;
  }
}
