import { MIGRATIONS } from '@aloite/persistence';
import { startTestApp, type TestApp } from '../testing/test-app';

// Liveness asks nothing of the database; readiness asks that it answers and that every migration this build knows
// is applied. PostgreSQL stopped outright: test/faults/health-probes-postgres-down.spec.ts.

describe('liveness and readiness', () => {
  let api: TestApp;
  const lastMigration = MIGRATIONS[MIGRATIONS.length - 1]?.name as string;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is live and ready on a migrated database', async () => {
    const live = await api.anonymous('GET', '/api/health/live');
    const ready = await api.anonymous('GET', '/api/health/ready');
    expect([live.status, live.body]).toEqual([200, { status: 'ok' }]);
    expect([ready.status, ready.body]).toEqual([
      200,
      { status: 'ok', checks: { database: 'up', migrations: 'current' } },
    ]);
  });

  it('is not ready while a migration of this build is missing, and stays live', async () => {
    const [[row]] = await api.database.dataSource.query(
      'DELETE FROM migrations WHERE name = $1 RETURNING timestamp, name',
      [lastMigration],
    );
    expect(row).toEqual(expect.objectContaining({ name: lastMigration }));
    try {
      const ready = await api.anonymous('GET', '/api/health/ready');
      expect([ready.status, ready.headers.get('retry-after'), ready.body]).toEqual([
        503,
        '5',
        { status: 'unavailable', checks: { database: 'up', migrations: 'behind' } },
      ]);
      expect((await api.anonymous('GET', '/api/health/live')).status).toBe(200);
    } finally {
      await api.database.dataSource.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [
        row.timestamp,
        row.name,
      ]);
    }
    expect((await api.anonymous('GET', '/api/health/ready')).status).toBe(200);
  });
});
