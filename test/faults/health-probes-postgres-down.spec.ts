import { freePort } from '@aloite/persistence/testing';
import { ApiProcess, builtApi, sleep } from '../support/api-process';
import { dedicatedPostgres } from './fault-harness';

// The built API with PostgreSQL stopped under it: still live (an orchestrator must not restart it for an outage it
// cannot fix), not ready (a load balancer sends it nothing), and ready again once PostgreSQL is back. Its metrics
// listener answers throughout.

const TOKEN = 'a-metrics-token-for-the-test-0001';

describe('liveness and readiness with PostgreSQL down', () => {
  it('stays live, is not ready while PostgreSQL is stopped, and is ready again once it is back', async () => {
    const postgres = await dedicatedPostgres();
    const metricsPort = await freePort();
    const api = new ApiProcess(
      postgres.url,
      await freePort(),
      { METRICS_PORT: String(metricsPort), METRICS_TOKEN: TOKEN },
      builtApi(),
    );
    const scrape = () =>
      fetch(`http://127.0.0.1:${metricsPort}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    try {
      await api.start();
      const up = await api.call('GET', '/api/health/ready', null);
      expect([up.status, up.body]).toEqual([
        200,
        { status: 'ok', checks: { database: 'up', migrations: 'current' } },
      ]);

      await postgres.stop();
      const down = await api.call('GET', '/api/health/ready', null);
      const live = await api.call('GET', '/api/health/live', null);
      expect([down.status, down.headers.get('retry-after'), down.body]).toEqual([
        503,
        '5',
        { status: 'unavailable', checks: { database: 'down', migrations: 'unknown' } },
      ]);
      expect([live.status, live.body]).toEqual([200, { status: 'ok' }]);
      const duringOutage = await scrape();
      expect(duringOutage.status).toBe(200);
      const text = await duringOutage.text();
      expect(text).toMatch(
        /aloite_http_request_duration_seconds_count\{[^}]*route="\/api\/health\/ready",status="503"\} 1/,
      );
      expect(text).toMatch(/^process_resident_memory_bytes \d+/m);

      await postgres.start();
      let again = await api.call('GET', '/api/health/ready', null);
      for (let tries = 0; again.status !== 200 && tries < 100; tries++) {
        await sleep(150);
        again = await api.call('GET', '/api/health/ready', null);
      }
      expect([again.status, api.alive()]).toEqual([200, true]);
    } finally {
      await api.stop();
      await postgres.quit();
    }
  });
});
