// `npm start`: prepares the database (the embedded PostgreSQL is this process's), then runs the API in
// API_PROCESSES processes of its own (1 unless set), which share the one port through Node's cluster, and starts
// each again when it crashes. A crash of an API process (heap exhausted, an uncaught error, SIGKILL) then leaves
// the database and the other processes untouched, and its share of serving resumes in a moment.
import exitHook from 'async-exit-hook';
import cluster, { type Worker } from 'node:cluster';
import { join } from 'node:path';
import { PostgresAlreadyRunningError } from '@aloite/persistence';

import { configOrFail, fail, say } from './cli/output';
import type { AppConfig } from './config';
import { prepareDatabase, type PreparedDatabase } from './database';
import { serveClusterMetrics } from './metrics/metrics-listener';
import { MigrationsNotCurrentError, waitForMigrations } from './migrations-wait';
import {
  API_HEAP_FLAGS,
  API_PROCESS_ENV,
  EXIT_DO_NOT_RESTART,
  IMMEDIATE_CRASH_MS,
  MAX_IMMEDIATE_CRASHES,
  RUNTIME_DATABASE_URL_ENV,
  STOP_GRACE_MS,
  apiProcessesFrom,
  restartDelayMs,
  type WorkerMessage,
} from './supervision';

/**
 * Every API process runs the built API next to this file, or, run from the TypeScript sources, main.ts through
 * swc. As cluster workers they listen on one port: this process, the primary, accepts the connections and hands
 * them round (round-robin on Linux). The primary is also where the processes' metrics are to be gathered:
 * prom-client's AggregatorRegistry asks each worker over the channel cluster opens to it.
 */
function setUpApiProcesses(): void {
  const built = __filename.endsWith('.js');
  cluster.setupPrimary({
    exec: built ? join(__dirname, 'main.js') : join(__dirname, '..', '..', '..', 'tools', 'run-ts.cjs'),
    args: built ? [] : [join(__dirname, 'main.ts')],
    execArgv: API_HEAP_FLAGS,
  });
}

function describeExit(code: number | null, signal: string | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

interface Supervision {
  readonly stopping: boolean;
  readonly runtimeUrl: string;
  giveUp(message: string): Promise<void>;
}

/** One of the API processes: started, and started again after a crash, with crash-loop rules of its own. */
class ApiProcess {
  private worker: Worker | null = null;
  exited: Promise<void> = Promise.resolve();
  private crashes = 0;
  private immediateCrashes = 0;
  /** "the API" when it is the only one, else "API process 2". */
  private readonly name: string;
  /** Which of several it is, for the process to tell in its answers. */
  private readonly numbered: Record<string, string>;

  constructor(
    private readonly supervision: Supervision,
    number: number,
    count: number,
  ) {
    this.name = count === 1 ? 'the API' : `API process ${number}`;
    this.numbered = count === 1 ? {} : { [API_PROCESS_ENV]: String(number) };
  }

  /** The name at the start of a sentence. */
  private get Name(): string {
    return this.name.charAt(0).toUpperCase() + this.name.slice(1);
  }

  start(): void {
    let listeningAt: number | null = null;
    const worker = cluster.fork({
      [RUNTIME_DATABASE_URL_ENV]: this.supervision.runtimeUrl,
      ...this.numbered,
    });
    this.worker = worker;
    say(`Started ${this.name} (pid ${worker.process.pid}).`);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'listening') return;
      listeningAt = Date.now();
      if (this.crashes > 0) say(`${this.Name} is running again.`);
    });
    this.exited = new Promise((resolve) => {
      const ended = (code: number | null, how: string) => {
        resolve();
        const immediate = listeningAt === null || Date.now() - listeningAt < IMMEDIATE_CRASH_MS;
        if (!this.supervision.stopping) void this.afterCrash(code, how, immediate);
      };
      worker.once('exit', (code, signal) => ended(code, describeExit(code, signal)));
      // Without a listener a failed fork would crash the supervisor; such a child never exits, so it ends here.
      worker.on('error', (error) => {
        if (worker.process.pid === undefined) ended(null, `could not be started: ${error.message}`);
        else process.stderr.write(`${this.Name}: ${error.message}\n`);
      });
    });
  }

  private async afterCrash(code: number | null, how: string, immediate: boolean): Promise<void> {
    if (code === EXIT_DO_NOT_RESTART)
      return this.supervision.giveUp(`${this.Name} cannot start (see above).`);
    this.crashes++;
    this.immediateCrashes = immediate ? this.immediateCrashes + 1 : 0;
    if (this.immediateCrashes >= MAX_IMMEDIATE_CRASHES) {
      return this.supervision.giveUp(
        `${this.Name} crashed ${this.immediateCrashes} times in a row before or within ${IMMEDIATE_CRASH_MS / 1000} s of serving: giving up.`,
      );
    }
    const delay = restartDelayMs(this.immediateCrashes);
    say(
      `${this.Name} stopped unexpectedly (${how}; crash ${this.crashes} since start): restarting in ${delay / 1000} s.`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (!this.supervision.stopping) this.start();
  }

  /** SIGTERM, and SIGKILL if it has not stopped within the grace time; resolves once it has exited. */
  async stop(): Promise<void> {
    const child = this.worker?.process;
    const running = () =>
      child !== undefined && child.pid !== undefined && child.exitCode === null && child.signalCode === null;
    if (running()) child?.kill('SIGTERM');
    const grace = setTimeout(() => {
      if (!running()) return;
      process.stderr.write(`${this.Name} did not stop within ${STOP_GRACE_MS / 1000} s: killing it.\n`);
      child?.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await this.exited;
    clearTimeout(grace);
  }
}

class Supervisor implements Supervision {
  stopping = false;
  private readonly apis: ApiProcess[];

  constructor(
    private readonly database: ProcessesDatabase,
    count: number,
  ) {
    this.apis = Array.from({ length: count }, (_, index) => new ApiProcess(this, index + 1, count));
  }

  get runtimeUrl(): string {
    return this.database.runtimeUrl;
  }

  start(): void {
    setUpApiProcesses();
    for (const api of this.apis) api.start();
  }

  /** One process cannot run: the others are stopped with it, then PostgreSQL. */
  async giveUp(message: string): Promise<void> {
    this.stopping = true;
    process.stderr.write(`\n${message} Stopping PostgreSQL.\n`);
    await Promise.all(this.apis.map((api) => api.stop()));
    await this.database.stop();
    process.exit(1);
  }

  /**
   * Ctrl-C reached the API processes with the rest of the process group; a SIGTERM to this process alone did not.
   * An API process that hangs on shutdown is killed, so that PostgreSQL is still stopped cleanly.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.apis.map((api) => api.stop()));
    await this.database.stop();
  }
}

async function main(): Promise<void> {
  const config = configOrFail();
  let processes = 1;
  try {
    processes = apiProcessesFrom(process.env);
  } catch (error) {
    fail(`Configuration is not valid:\n  - ${(error as Error).message}`);
  }
  let database: ProcessesDatabase;
  try {
    database = await databaseFor(config);
  } catch (error) {
    if (error instanceof PostgresAlreadyRunningError || error instanceof MigrationsNotCurrentError)
      fail(error.message);
    throw error;
  }
  const supervisor = new Supervisor(database, processes);
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
  await serveTheProcessesMetrics(config, supervisor);
}

/** What the API processes need of the database: where to connect, and how to stop it when they are done. */
type ProcessesDatabase = Pick<PreparedDatabase, 'runtimeUrl' | 'stop'>;

/** Prepared here; or, with MIGRATIONS=wait, prepared by `npm run migrate`, which this waits for. */
async function databaseFor(config: AppConfig): Promise<ProcessesDatabase> {
  if (config.migrations === 'wait') {
    const runtimeUrl = config.databaseRuntimeUrl ?? (config.databaseUrl as string);
    await waitForMigrations(runtimeUrl, config.migrationsWaitSeconds, say);
    return { runtimeUrl, stop: async () => undefined };
  }
  const prepared = await prepareDatabase(config, say);
  // The API connects as its own role; the owner's connections are not needed while it runs.
  await prepared.owner.destroy();
  return prepared;
}

/** The API processes are the cluster's workers: their metrics are gathered here and served on the one port. */
async function serveTheProcessesMetrics(config: AppConfig, supervisor: Supervisor): Promise<void> {
  if (!config.metrics) return;
  const { host, port } = config.metrics;
  try {
    const listener = await serveClusterMetrics(config.metrics);
    say(`Metrics for Prometheus at http://${host}:${listener.port}/metrics`);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    await supervisor.giveUp(
      inUse
        ? `METRICS_PORT ${port} is already in use. Stop that program or set METRICS_PORT to another port.`
        : `The metrics could not be served: ${String(error)}`,
    );
  }
}

main().catch((error: unknown) =>
  fail(`Aloite could not start: ${error instanceof Error ? error.message : String(error)}`),
);
