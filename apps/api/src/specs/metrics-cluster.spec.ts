import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import PgBoss from 'pg-boss';
import { PG_BOSS_SCHEMA, installJobQueue } from '@aloite/persistence';
import { createTestDatabase } from '@aloite/persistence/testing';
import { parsePrometheusText, sampleValue } from '../testing/prometheus-text';

const ROOT = join(__dirname, '..', '..', '..', '..');
const QUEUE = 'aggregation-test';

// What `npm start`'s cluster primary serves: its workers' metrics in one answer on the one port, counters summed,
// what the database holds read once (not once per worker).

describe('metrics of a cluster', () => {
  it('serves two real workers’ metrics aggregated by the primary', async () => {
    const database = await createTestDatabase();
    await installJobQueue(database.url, QUEUE);
    const boss = new PgBoss({ connectionString: database.url, schema: PG_BOSS_SCHEMA, supervise: false });
    await boss.start();
    await boss.send(QUEUE, {});
    await boss.stop({ graceful: false, wait: true });
    const child = spawn(
      'node',
      ['tools/run-ts.cjs', 'apps/api/src/testing/cluster-metrics-fixture.ts', database.url],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const line = await new Promise<string>((resolve) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', () => resolve('exited'));
      });
      expect(line).toMatch(/^listening \d+$/);
      const port = Number(line.split(' ')[1]);
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      const samples = parsePrometheusText(await response.text());
      expect(
        sampleValue(samples, 'aloite_transitions_total', { event: 'REFER_TO_BOARD', outcome: 'applied' }),
      ).toBe(3);
      expect(
        sampleValue(samples, 'aloite_http_request_duration_seconds_count', { route: '/api/initiatives/:id' }),
      ).toBe(2);
      expect(sampleValue(samples, 'aloite_job_queue_depth', { queue: QUEUE })).toBe(1);
      expect(sampleValue(samples, 'aloite_attachment_bytes')).toBe(0);
      expect(sampleValue(samples, 'aloite_db_pool_waiting')).toBe(0);
      expect(sampleValue(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await database.drop();
    }
  });
});
