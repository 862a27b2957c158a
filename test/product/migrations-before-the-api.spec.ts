import { Client } from 'pg';
import { MIGRATIONS } from '@aloite/persistence';
import { createEmptyTestDatabase, createTestDatabase, freePort } from '@aloite/persistence/testing';
import { ApiProcess, builtApi, runtimeUrlFor, sleep } from '../support/api-process';
import { runMigrate } from '../support/migrate-process';

// Issue 22: migrations are an explicit command (the image's one-shot migrate service) that never runs twice, even
// when several start at once, and an API in MIGRATIONS=wait mode waits for it instead of migrating.

async function rows<Row>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

const TABLES = `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
                 WHERE table_schema = 'public' ORDER BY 1`;

let command: string[];
beforeAll(() => {
  command = builtApi();
});

describe('the migrate command', () => {
  it('run four times at once on a fresh database: each migration once, the schema whole, the others wait', async () => {
    const database = await createEmptyTestDatabase();
    const reference = await createTestDatabase();
    try {
      const env = {
        DATABASE_URL: database.url,
        DATABASE_RUNTIME_URL: await runtimeUrlFor(database.url),
        DEMO_DATA: 'true',
      };
      const runs = await Promise.all([1, 2, 3, 4].map(() => runMigrate(env)));
      for (const run of runs) expect(run).toEqual({ code: 0, output: expect.stringContaining('up to date') });
      expect(runs.filter((run) => run.output.includes('Applied migrations')).length).toBe(1);
      expect(runs.filter((run) => run.output.includes('Loaded demo data')).length).toBe(1);

      const recorded = await rows<{ name: string; times: string }>(
        database.url,
        'SELECT name, count(*) AS times FROM migrations GROUP BY name',
      );
      expect(recorded.map((row) => row.name).sort()).toEqual(MIGRATIONS.map((m) => new m().name).sort());
      for (const row of recorded) expect(Number(row.times)).toBe(1);
      // The same tables as the suite's template, which the test setup migrates in one process.
      expect(await rows(database.url, TABLES)).toEqual(await rows(reference.url, TABLES));
      expect(await rows(database.url, `SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`)).toHaveLength(1);
      // The API's role got its rights: it reads the demo municipality.
      expect(await rows(env.DATABASE_RUNTIME_URL, 'SELECT slug FROM municipality')).toHaveLength(1);
    } finally {
      await reference.drop();
      await database.drop();
    }
  });
});

describe('an API with MIGRATIONS=wait', () => {
  // On its own (the image), and as npm start's supervisor with two API processes.
  it.each([
    ['on its own', () => command, {}],
    [
      'under the supervisor',
      () => [...command.slice(0, -1), command.at(-1)?.replace(/main\.js$/, 'supervisor.js') as string],
      { API_PROCESSES: '2' },
    ],
  ])(
    '%s does not migrate: it says it waits, serves nothing, and serves once the migrate command has run',
    async (_, how, env) => {
      const database = await createEmptyTestDatabase();
      const api = new ApiProcess(database.url, await freePort(), { MIGRATIONS: 'wait', ...env }, how());
      try {
        const started = api.start();
        started.catch(() => undefined);
        const saysItWaits = () => api.output.includes('Waiting for the database to be migrated');
        for (let tries = 0; tries < 300 && !saysItWaits() && (api.child === null || api.alive()); tries++)
          await sleep(100);
        expect(saysItWaits()).toBe(true);
        // Still waiting: nothing listens, and it has recorded no migration.
        await sleep(1_500);
        expect(api.alive()).toBe(true);
        await expect(fetch(`${api.baseUrl}/api/health`)).rejects.toThrow();
        expect(await rows(database.url, `SELECT to_regclass('migrations') AS record`)).toEqual([
          { record: null },
        ]);

        const migrated = await runMigrate({
          DATABASE_URL: database.url,
          DATABASE_RUNTIME_URL: await runtimeUrlFor(database.url),
          DEMO_DATA: 'true',
        });
        expect(migrated.code).toBe(0);
        await started;
        const health = await api.call('GET', '/api/health', null);
        expect(health.status).toBe(200);
      } finally {
        await api.stop();
        await database.drop();
      }
    },
  );

  it('gives up with a message that names the migrate command when nobody migrates in time', async () => {
    const database = await createEmptyTestDatabase();
    const api = new ApiProcess(
      database.url,
      await freePort(),
      { MIGRATIONS: 'wait', MIGRATIONS_WAIT_SECONDS: '1' },
      command,
    );
    try {
      await expect(api.start()).rejects.toThrow(
        /not migrated to this version within 1 s[\s\S]*npm run migrate/,
      );
      expect(api.child?.exitCode).toBe(1);
    } finally {
      await api.stop();
      await database.drop();
    }
  });
});
