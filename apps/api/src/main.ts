import { join } from 'node:path';
import {
  PostgresAlreadyRunningError,
  migrate,
  openDatabase,
  seedDemoData,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@aloite/persistence';
import { createApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config';

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

async function startDatabase(config: AppConfig): Promise<{ url: string; embedded: RunningPostgres | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const dataDir = join(config.dataDir, 'postgres');
  say(`Starting embedded PostgreSQL (data in ${dataDir}, port ${config.embeddedPostgresPort}) …`);
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: config.embeddedPostgresPort,
    database: 'aloite',
  });
  return { url: embedded.url, embedded };
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  let database: Awaited<ReturnType<typeof startDatabase>>;
  try {
    database = await startDatabase(config);
  } catch (error) {
    if (error instanceof PostgresAlreadyRunningError) fail(error.message);
    throw error;
  }
  const dataSource = await openDatabase({ url: database.url });
  const applied = await migrate(dataSource);
  if (applied.length > 0) say(`Applied migrations: ${applied.join(', ')}`);
  if (config.demoData && (await seedDemoData(dataSource)))
    say('Loaded demo data: Kajaani, with §§ 16 and 17 of 20.5.2026.');

  const app = await createApp({ dataSource, logLevel: config.logLevel });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping …`);
    await app.close();
    await dataSource.destroy();
    await database.embedded?.stop();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await dataSource.destroy();
    await database.embedded?.stop();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(
        `Port ${config.port} is already in use (is Aloite already running?). Stop that program or set PORT to another port.`,
      );
    }
    throw error;
  }
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  say(
    `Aloite is running at http://${shown}:${config.port} – API docs at http://${shown}:${config.port}/api/docs`,
  );
}

main().catch((error: unknown) =>
  fail(`Aloite could not start: ${error instanceof Error ? error.message : String(error)}`),
);
