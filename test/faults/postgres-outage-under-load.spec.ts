import { ApiClient, sleep, startApiProcesses, type ApiProcess } from '../support/api-process';
import { startLoadBalancer } from '../support/load-balancer';
import { dedicatedPostgres, prepareInitiatives, tabling } from './fault-harness';
import { outageProblemDefects, type OutageAnswer } from './outage-problem';
import { tablingLoad } from './tabling-load';

// While clients apply transitions through a load balancer in front of three API processes, PostgreSQL is stopped
// and started again, twice. Every process must stay up, answer writes with 503 + Retry-After within 5 s while the
// database is down (never 500, never hang), as problem+json without stack or driver text, report 503 on health,
// and work again within 2 s of PostgreSQL accepting connections.

const PROCESSES = 3;

/** Tablings on `probed` through `api` until one lands or 5 s have passed since `up`: when it landed. */
async function healedAt(api: ApiClient, probed: string, token: string, board: string, up: number) {
  while (Date.now() - up < 5_000) {
    const probe = await api.call(
      'POST',
      `/api/initiatives/${probed}/events`,
      token,
      tabling(board, `probe-${api.baseUrl}-${Date.now()}`),
    );
    if (probe.status === 200) return Date.now();
    await sleep(50);
  }
  return Number.POSITIVE_INFINITY;
}

describe('a PostgreSQL outage under load', () => {
  it('costs clean 503s from every API process while it lasts, never a crash, a 500 or a hang, and heals within 2 s', async () => {
    const postgres = await dedicatedPostgres();
    let apis: ApiProcess[] = [];
    try {
      apis = await startApiProcesses(postgres.url, PROCESSES);
      const balancer = await startLoadBalancer(apis);
      const api = new ApiClient(balancer.baseUrl);
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
        for (const each of apis) {
          const health = await each.call('GET', '/api/health', null);
          expect([health.status, health.body.db]).toEqual([503, 'down']);
        }
        await sleep(1_500);
        await postgres.start();
        const up = Date.now();
        // Each process on its own: every one of them must heal, not only the one a client happens to reach.
        const healed = Math.max(
          ...(await Promise.all(apis.map((each) => healedAt(each, probed, token, board, up)))),
        );
        windows.push({ down, up, healed });
      }
      await sleep(1_000);
      const outcomes = await load.stop();
      await balancer.close();
      const answeredBy = new Set(outcomes.map((outcome) => outcome.process));

      expect(apis.map((each) => each.alive())).toEqual(Array(PROCESSES).fill(true));
      expect(answeredBy).toEqual(new Set(['1', '2', '3']));
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
      for (const each of apis)
        expect((await each.call('GET', '/api/health', null)).body).toEqual({ status: 'ok', db: 'up' });
    } finally {
      await Promise.all(apis.map((each) => each.stop()));
      await postgres.quit();
    }
  }, 180_000);
});
