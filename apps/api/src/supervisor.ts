// `npm start`: prepares the database (the embedded PostgreSQL is this process's), then runs the API in a process of
// its own and starts it again when it crashes. A crash of the API (heap exhausted, an uncaught error, SIGKILL)
// then leaves the database untouched and serving resumes in a moment.
import exitHook from 'async-exit-hook';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PostgresAlreadyRunningError } from '@aloite/persistence';

import { configOrFail, fail, say } from './cli/output';
import { prepareDatabase, type PreparedDatabase } from './database';
import {
  API_HEAP_MB,
  EXIT_DO_NOT_RESTART,
  IMMEDIATE_CRASH_MS,
  MAX_IMMEDIATE_CRASHES,
  RUNTIME_DATABASE_URL_ENV,
  STOP_GRACE_MS,
  restartDelayMs,
  type WorkerMessage,
} from './supervision';

/** The built API next to this file, or, run from the TypeScript sources, main.ts through swc. */
function forkApi(runtimeUrl: string): ChildProcess {
  const built = __filename.endsWith('.js');
  const [script, args] = built
    ? [join(__dirname, 'main.js'), []]
    : [join(__dirname, '..', '..', '..', 'tools', 'run-ts.cjs'), [join(__dirname, 'main.ts')]];
  return fork(script, args, {
    execArgv: [`--max-old-space-size=${API_HEAP_MB}`],
    env: { ...process.env, [RUNTIME_DATABASE_URL_ENV]: runtimeUrl },
  });
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

class Supervisor {
  private api: ChildProcess | null = null;
  private apiExited: Promise<void> = Promise.resolve();
  private stopping = false;
  private crashes = 0;
  private immediateCrashes = 0;

  constructor(private readonly database: PreparedDatabase) {}

  start(): void {
    let listeningAt: number | null = null;
    const api = forkApi(this.database.runtimeUrl);
    this.api = api;
    say(`Started the API (pid ${api.pid}).`);
    api.on('message', (message: WorkerMessage) => {
      if (message.type !== 'listening') return;
      listeningAt = Date.now();
      if (this.crashes > 0) say('The API is running again.');
    });
    this.apiExited = new Promise((resolve) => {
      const ended = (code: number | null, how: string) => {
        resolve();
        const immediate = listeningAt === null || Date.now() - listeningAt < IMMEDIATE_CRASH_MS;
        if (!this.stopping) void this.afterCrash(code, how, immediate);
      };
      api.once('exit', (code, signal) => ended(code, describeExit(code, signal)));
      // Without a listener a failed fork would crash the supervisor; such a child never exits, so it ends here.
      api.on('error', (error) => {
        if (api.pid === undefined) ended(null, `could not be started: ${error.message}`);
        else process.stderr.write(`The API process: ${error.message}\n`);
      });
    });
  }

  private async afterCrash(code: number | null, how: string, immediate: boolean): Promise<void> {
    if (code === EXIT_DO_NOT_RESTART) return this.giveUp('The API cannot start (see above).');
    this.crashes++;
    this.immediateCrashes = immediate ? this.immediateCrashes + 1 : 0;
    if (this.immediateCrashes >= MAX_IMMEDIATE_CRASHES) {
      return this.giveUp(
        `The API crashed ${this.immediateCrashes} times in a row before or within ${IMMEDIATE_CRASH_MS / 1000} s of serving: giving up.`,
      );
    }
    const delay = restartDelayMs(this.immediateCrashes);
    say(
      `The API stopped unexpectedly (${how}; crash ${this.crashes} since start): restarting in ${delay / 1000} s.`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (!this.stopping) this.start();
  }

  private async giveUp(message: string): Promise<void> {
    this.stopping = true;
    process.stderr.write(`\n${message} Stopping PostgreSQL.\n`);
    await this.database.stop();
    process.exit(1);
  }

  /**
   * Ctrl-C reached the API with the rest of the process group; a SIGTERM to this process alone did not. An API
   * that hangs on shutdown is killed, so that PostgreSQL is still stopped cleanly.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const api = this.api;
    const running = () =>
      api !== null && api.pid !== undefined && api.exitCode === null && api.signalCode === null;
    if (running()) api?.kill('SIGTERM');
    const grace = setTimeout(() => {
      if (!running()) return;
      process.stderr.write(`The API did not stop within ${STOP_GRACE_MS / 1000} s: killing it.\n`);
      api?.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await this.apiExited;
    clearTimeout(grace);
    await this.database.stop();
  }
}

async function main(): Promise<void> {
  const config = configOrFail();
  let database: PreparedDatabase;
  try {
    database = await prepareDatabase(config, say);
  } catch (error) {
    if (error instanceof PostgresAlreadyRunningError) fail(error.message);
    throw error;
  }
  // The API connects as its own role; the owner's connections are not needed while it runs.
  await database.owner.destroy();
  const supervisor = new Supervisor(database);
  exitHook((done) => {
    say('\nStopping …');
    supervisor
      .stop()
      .then(
        () => say('Stopped.'),
        (error: unknown) => process.stderr.write(`Stopping failed: ${String(error)}\n`),
      )
      .finally(done);
  });
  supervisor.start();
}

main().catch((error: unknown) =>
  fail(`Aloite could not start: ${error instanceof Error ? error.message : String(error)}`),
);
