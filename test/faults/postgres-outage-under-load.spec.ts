import { freePort } from '@aloite/persistence/testing';
import { ApiProcess, builtApi, sleep } from '../support/api-process';
import { dedicatedPostgres, prepareInitiatives, tabling } from './fault-harness';
import { outageProblemDefects, type OutageAnswer } from './outage-problem';
import { tablingLoad } from './tabling-load';

// While clients apply transitions, PostgreSQL is stopped and started again, twice. The API must stay up, answer
// writes with 503 + Retry-After within 5 s while the database is down (never 500, never hang), as problem+json
// without stack or driver text, report 503 on health, and work again within 2 s of PostgreSQL accepting
// connections.

describe('a PostgreSQL outage under load', () => {
  it('costs clean 503s while it lasts, never a crash, a 500 or a hang, and heals within 2 s', async () => {
    const postgres = await dedicatedPostgres();
    const api = new ApiProcess(postgres.url, await freePort(), {}, builtApi());
    try {
      await api.start();
      const prepared = await prepareInitiatives(api, 7);
      const { token, board } = prepared;
      // The probes' own initiative: the clients' tablings may fill theirs up.
      const probed = prepared.ids.pop() as string;
      const load = tablingLoad(api, prepared, { clients: 4, capMs: 8_000 });
      const windows: { down: number; up: number; healed: number }[] = [];
      for (let outage = 0; outage < 2; outage++) {
        await sleep(1_500);
        await postgres.stop();
        const down = Date.now();
        await sleep(1_000);
        const health = await api.call('GET', '/api/health', null);
        expect([health.status, health.body.db]).toEqual([503, 'down']);
        await sleep(1_500);
        await postgres.start();
        const up = Date.now();
        let healed = Number.POSITIVE_INFINITY;
        while (Date.now() - up < 5_000) {
          const probe = await api.call(
            'POST',
            `/api/initiatives/${probed}/events`,
            token,
            tabling(board, `probe-${outage}-${Date.now()}`),
          );
          if (probe.status === 200) {
            healed = Date.now();
            break;
          }
          await sleep(50);
        }
        windows.push({ down, up, healed });
      }
      await sleep(1_000);
      const outcomes = await load.stop();

      expect(api.alive()).toBe(true);
      for (const window of windows) expect(window.healed - window.up).toBeLessThan(2_000);
      expect(outcomes.filter((outcome) => outcome.status === 'hang' || outcome.status === 'network')).toEqual(
        [],
      );
      expect(
        outcomes.filter(
          (outcome) => typeof outcome.status === 'number' && outcome.status >= 500 && outcome.status !== 503,
        ),
      ).toEqual([]);
      const duringOutage = outcomes.filter((outcome) =>
        windows.some((window) => outcome.at > window.down && outcome.at + outcome.ms < window.up),
      );
      expect(duringOutage.length).toBeGreaterThan(10);
      for (const outcome of duringOutage) expect(outcome.ms).toBeLessThan(5_000);
      expect(outageProblemDefects(duringOutage.map((outcome) => outcome.answer as OutageAnswer))).toEqual([]);
      expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(20);
      const health = await api.call('GET', '/api/health', null);
      expect(health.body).toEqual({ status: 'ok', db: 'up' });
    } finally {
      await api.stop();
      await postgres.quit();
    }
  }, 180_000);
});
