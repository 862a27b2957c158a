import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { seedDemoData, type DemoSeedResult } from '@aloite/persistence';
import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import { createApp } from '../app';
import { FixedClock } from '../clock';

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  database: TestDatabase;
  demo: DemoSeedResult;
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse>;
  /** Audit rows of one initiative, counted in the database itself. */
  auditRows(initiativeId: string): Promise<number>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any shape, asserted by each test
  text: string;
}

/** The real app over real HTTP on a fresh, migrated database with the demo data, on a fixed day. */
export async function startTestApp(today = '2026-05-21'): Promise<TestApp> {
  const database = await openTestDatabase();
  const demo = await seedDemoData(database.dataSource);
  if (!demo) throw new Error('a fresh test database has no demo data');
  const app = await createApp({
    dataSource: database.dataSource,
    clock: new FixedClock(today),
    logLevel: 'silent',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    baseUrl,
    database,
    demo,
    async request(method, path, body, headers = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body: parsed, text };
    },
    async auditRows(initiativeId) {
      const [row] = (await database.dataSource.query(
        'SELECT count(*)::int AS n FROM initiative_event WHERE initiative_id = $1',
        [initiativeId],
      )) as [{ n: number }];
      return row.n;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
