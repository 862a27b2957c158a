import { freePort } from '@aloite/persistence/testing';
import { ApiProcess, builtApi, sleep } from '../support/api-process';
import { dedicatedPostgres, prepareInitiatives, tabling } from './fault-harness';
import { outageProblemDefects, type OutageAnswer } from './outage-problem';
import { tablingLoad } from './tabling-load';

// PostgreSQL hangs under load (SIGSTOP to the server and every backend): its sockets stay open and nothing answers,
// the outage no connection error reveals. Each request must still end within 5 s, as a clean 503, and service
// must come back once the server goes on (SIGCONT).

/** Far above the 5 s an answer may take: a request that reaches it hangs. */
const CLIENT_CAP_MS = 20_000;
const HUNG_MS = 9_000;

describe('a hung PostgreSQL under load', () => {
  it('answers every request within 5 s with a clean 503 while hung, and serves again after SIGCONT', async () => {
    const postgres = await dedicatedPostgres();
    const api = new ApiProcess(postgres.url, await freePort(), {}, builtApi());
    try {
      await api.start();
      const prepared = await prepareInitiatives(api, 5);
      const { token, board } = prepared;
      const probed = prepared.ids.pop() as string;
      const load = tablingLoad(api, prepared, { clients: 4, capMs: CLIENT_CAP_MS });
      await sleep(1_500);
      await postgres.hang();
      const hungAt = Date.now();
      await sleep(2_000);
      const health = await api.call('GET', '/api/health', null, undefined, CLIENT_CAP_MS);
      await sleep(HUNG_MS - (Date.now() - hungAt));
      await postgres.resume();
      const resumedAt = Date.now();
      let served: number | null = null;
      while (served === null && Date.now() - resumedAt < 15_000) {
        const probe = await api.call(
          'POST',
          `/api/initiatives/${probed}/events`,
          token,
          tabling(board, `probe-${Date.now()}`),
          CLIENT_CAP_MS,
        );
        if (probe.status === 200) served = Date.now() - resumedAt;
        else await sleep(100);
      }
      await sleep(1_000);
      const outcomes = await load.stop();

      expect(api.alive()).toBe(true);
      expect([health.status, health.body.db, health.ms < 5_000]).toEqual([503, 'down', true]);
      expect(outcomes.filter((outcome) => typeof outcome.status !== 'number')).toEqual([]);
      // From the moment it hangs (or the request's start, if later), an answer takes at most 5 s.
      const late = outcomes.filter(
        (outcome) => outcome.at + outcome.ms - Math.max(outcome.at, hungAt) >= 5_000,
      );
      expect(late.map(({ at, status, ms }) => ({ after: at - hungAt, status, ms }))).toEqual([]);
      const whileHung = outcomes.filter(
        (outcome) => outcome.at >= hungAt && outcome.at + outcome.ms < resumedAt,
      );
      expect(whileHung.length).toBeGreaterThanOrEqual(4);
      expect(outageProblemDefects(whileHung.map((outcome) => outcome.answer as OutageAnswer))).toEqual([]);
      expect(served).not.toBeNull();
      const afterwards = outcomes.filter((outcome) => outcome.at > resumedAt + 1_000);
      expect(afterwards.filter((outcome) => outcome.status !== 200).map((outcome) => outcome.status)).toEqual(
        [],
      );
      process.stdout.write(
        `hung PostgreSQL: ${outcomes.length} requests, ${whileHung.length} answered while hung, ` +
          `service back ${served} ms after SIGCONT\n`,
      );
    } finally {
      await postgres.resume().catch(() => undefined);
      await api.stop();
      await postgres.quit();
    }
  }, 120_000);
});
