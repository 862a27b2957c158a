import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate, openDatabase } from '../lib/data-source';
import { startEmbeddedPostgres, type RunningPostgres } from '../lib/embedded-postgres';
import {
  TEST_ADMIN_URL_ENV,
  TEST_TEMPLATE_ENV,
  assertTestDatabaseName,
  databaseNameOf,
  withDatabase,
} from './test-database';

interface Started {
  postgres: RunningPostgres;
  dataDir: string;
}

const holder = globalThis as { aloiteTestPostgres?: Started };

/** Ports already handed out by this process: the kernel may offer a port again as soon as it is closed. */
const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() =>
          typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
        );
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/**
 * Starts the test PostgreSQL once per Jest run (embedded, or the server of DATABASE_URL) and migrates a template
 * database that each test file copies.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_ADMIN_URL_ENV]) return;
  let adminUrl: string;
  let template: string;
  const external = process.env.DATABASE_URL;
  if (external) {
    template = databaseNameOf(external);
    assertTestDatabaseName(template);
    adminUrl = withDatabase(external, 'postgres');
  } else {
    // Under the OS temp folder: the `postgres` user that runs the server as root must reach it.
    const dataDir = mkdtempSync(join(tmpdir(), 'aloite-test-pg-'));
    const postgres = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'aloite_template_test',
    });
    holder.aloiteTestPostgres = { postgres, dataDir };
    adminUrl = postgres.adminUrl;
    template = 'aloite_template_test';
  }
  const dataSource = await openDatabase({ url: withDatabase(adminUrl, template), poolSize: 1 });
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  // A template database cannot be copied while anything is connected to it.
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [template],
  );
  await admin.end();
  process.env[TEST_ADMIN_URL_ENV] = adminUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
}

export async function stopTestPostgres(): Promise<void> {
  const started = holder.aloiteTestPostgres;
  if (!started) return;
  holder.aloiteTestPostgres = undefined;
  await started.postgres.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
}
