import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../lib/data-source';

/** Set by the global setup: a server-level URL of the test PostgreSQL and the migrated template database. */
export const TEST_ADMIN_URL_ENV = 'ALOITE_TEST_ADMIN_URL';
export const TEST_TEMPLATE_ENV = 'ALOITE_TEST_TEMPLATE';

/** Tests drop and create databases: never let them near one that is not obviously a test database. */
export function assertTestDatabaseName(name: string): void {
  if (!/_test$/.test(name)) {
    throw new Error(`Refusing to use database "${name}" for tests: test database names must end in "_test".`);
  }
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export interface TestDatabase {
  url: string;
  name: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

function testServer(): { adminUrl: string; template: string } {
  const adminUrl = process.env[TEST_ADMIN_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (!adminUrl || !template)
    throw new Error('The test database server is not running: run the suite through Jest.');
  return { adminUrl, template };
}

/** A fresh database for one test file, copied from the migrated template (fast, and isolated). */
export function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  return newTestDatabase(true);
}

/** A fresh database with nothing in it, not even the migrations: for what prepares a new deployment. */
export function createEmptyTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  return newTestDatabase(false);
}

async function newTestDatabase(
  migrated: boolean,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const { adminUrl, template } = testServer();
  const name = `${template.replace(/_test$/, '')}_${randomBytes(5).toString('hex')}_test`;
  assertTestDatabaseName(name);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${migrated ? template : 'template0'}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    name,
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  const dataSource = await openDatabase({ url: database.url, poolSize: 5, applicationName: 'aloite-test' });
  return {
    url: database.url,
    name: database.name,
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
