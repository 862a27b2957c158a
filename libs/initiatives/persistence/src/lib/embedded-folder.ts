import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PostgresAlreadyRunningError,
  commandLine,
  isAlive,
  isSelfOrAncestor,
  newPassword,
  runningPostmaster,
} from './embedded-postgres';

/** The passwords of the embedded PostgreSQL's two roles, made once per data folder. */
export interface EmbeddedCredentials {
  /** The superuser's: migrations, setup, maintenance. */
  owner: string;
  /** The API's role, which owns nothing. */
  runtime: string;
}

/** The password every data folder was made with before each got its own. */
export const FORMER_FIXED_PASSWORD = 'aloite-local';

const CREDENTIALS_FILE = 'credentials.json';
const OWNER_PID_FILE = 'aloite.pid';

export function readEmbeddedCredentials(dataDir: string): EmbeddedCredentials | null {
  const file = join(dataDir, CREDENTIALS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as EmbeddedCredentials) : null;
}

/** The folder's credentials, in a file only its owner may read; made on first use. */
export function embeddedCredentials(dataDir: string): EmbeddedCredentials {
  const existing = readEmbeddedCredentials(dataDir);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const credentials: EmbeddedCredentials = { owner: newPassword(), runtime: newPassword() };
  writeFileSync(join(dataDir, CREDENTIALS_FILE), `${JSON.stringify(credentials, null, 2)}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  return credentials;
}

/** The owner record: the pid and the command line it ran, which a reused pid (after a reboot) does not share. */
function ownerRecord(): string {
  return [process.pid, ...(commandLine(process.pid) ?? [])].join('\n');
}

/** The process that runs Aloite on this data folder now, if any. */
export function dataFolderOwner(dataDir: string): number | null {
  const file = join(dataDir, OWNER_PID_FILE);
  if (!existsSync(file)) return null;
  const [pidLine = '', ...recorded] = readFileSync(file, 'utf8').trim().split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || isSelfOrAncestor(pid)) return null;
  const running = commandLine(pid);
  return running === null || running.join('\n') === recorded.join('\n') ? pid : null;
}

/**
 * Records this process as the one running Aloite on the folder, refusing if another live one does; returns the
 * release. A record left by a process that died is taken over.
 */
export function claimDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const owner = dataFolderOwner(dataDir);
  if (owner !== null) {
    throw new PostgresAlreadyRunningError(
      `Aloite is already running on this data folder (${dataDir}, pid ${owner}). ` +
        'Stop the other instance first (Ctrl-C in its terminal), or set ALOITE_DATA_DIR to another folder or DATABASE_URL to an external server.',
    );
  }
  const file = join(dataDir, OWNER_PID_FILE);
  writeFileSync(file, `${ownerRecord()}\n`);
  return () => {
    if (existsSync(file) && Number(readFileSync(file, 'utf8').split('\n')[0]) === process.pid) rmSync(file);
  };
}

/**
 * A postmaster whose Aloite died (SIGKILL, the kernel's OOM killer) keeps running without a parent;
 * stopped here (fast shutdown: its clients are gone) so that the next start is not refused.
 */
export async function stopOrphanedPostmaster(
  pgDataDir: string,
  say: (message: string) => void,
): Promise<void> {
  const orphan = runningPostmaster(pgDataDir);
  if (!orphan) return;
  say(
    `PostgreSQL (pid ${orphan.pid}) was left running by an Aloite that stopped unexpectedly: stopping it first.`,
  );
  process.kill(orphan.pid, 'SIGINT');
  const deadline = Date.now() + 60_000;
  while (isAlive(orphan.pid)) {
    if (Date.now() > deadline)
      throw new Error(`PostgreSQL (pid ${orphan.pid}) did not stop within a minute.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
