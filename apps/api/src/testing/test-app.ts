import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ROLES } from '@aloite/domain';
import { AccountStore, seedDemoData, type DemoSeedResult } from '@aloite/persistence';
import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import { createApp, type AppOptions } from '../app';
import { hashPassword } from '../auth/passwords';
import { FixedClock } from '../clock';

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any shape, asserted by each test
  text: string;
}

type Requester = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<TestResponse>;

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  database: TestDatabase;
  demo: DemoSeedResult;
  clock: FixedClock;
  /** As a test user holding every role and serving every body. */
  request: Requester;
  /** With no session at all. */
  anonymous: Requester;
  /** Creates an account in the demo municipality. */
  createUser(
    username: string,
    password: string,
    roles: string[],
    bodyIds?: string[],
    email?: string,
  ): Promise<string>;
  /** Into the municipality of that address name, by default the demo's (`kajaani`). */
  signIn(username: string, password: string, municipality?: string): Promise<string>;
  as(token: string): Requester;
  /** Audit rows of one initiative, counted in the database itself. */
  auditRows(initiativeId: string): Promise<number>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'test-password-1';
/** The demo municipality's address name. */
export const DEMO_SLUG = 'kajaani';

/** A response with its body parsed as JSON when it is JSON. */
export function testResponse(status: number, headers: Headers, text: string): TestResponse {
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status, headers, body, text };
}

/** Serve the web app's build, document limits, a mailer for reminders: as `npm start` may. */
export type TestAppOptions = Pick<
  AppOptions,
  'webRoot' | 'attachmentMaxBytes' | 'attachmentBounds' | 'mailer' | 'trustProxy' | 'publicRateLimit'
>;

/** The real app over real HTTP on a database, on a fixed day; `send(token)` requests as that session. */
export async function serveApp(
  dataSource: TestDatabase['dataSource'],
  clock: FixedClock,
  options: TestAppOptions = {},
): Promise<{ app: NestFastifyApplication; baseUrl: string; send: (token: string | null) => Requester }> {
  const app = await createApp({ dataSource, clock, logLevel: 'silent', ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const send =
    (token: string | null): Requester =>
    async (method, path, body, headers = {}) => {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return testResponse(response.status, response.headers, await response.text());
    };
  return { app, baseUrl, send };
}

/** The real app over real HTTP on a fresh, migrated database with the demo data, on a fixed day. */
export async function startTestApp(today = '2026-05-21', options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const demo = await seedDemoData(database.dataSource);
  if (!demo) throw new Error('a fresh test database has no demo data');
  const clock = new FixedClock(today);
  const { app, baseUrl, send } = await serveApp(database.dataSource, clock, options);

  const accounts = new AccountStore(database.dataSource);
  const createUser = async (
    username: string,
    password: string,
    roles: string[],
    bodyIds: string[] = [],
    email: string | null = null,
  ) => {
    const user = await accounts.createUser(demo.municipalityId, {
      username,
      displayName: username,
      email,
      roles: roles as (typeof ROLES)[number][],
      bodyIds,
      passwordHash: await hashPassword(password),
    });
    return user.id;
  };
  const signIn = async (username: string, password: string, municipality = DEMO_SLUG) => {
    const response = await send(null)('POST', '/api/auth/login', { username, password, municipality });
    if (response.status !== 200)
      throw new Error(`sign-in as ${username} answered ${response.status}: ${response.text}`);
    return response.body.token as string;
  };
  await createUser('tester', TEST_PASSWORD, [...ROLES], Object.values(demo.bodyIds));
  const token = await signIn('tester', TEST_PASSWORD);

  return {
    app,
    baseUrl,
    database,
    demo,
    clock,
    request: send(token),
    anonymous: send(null),
    createUser,
    signIn,
    as: (other) => send(other),
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
