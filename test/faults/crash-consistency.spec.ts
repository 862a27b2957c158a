import { replay, type InitiativeEvent, type InitiativeFacts } from '@aloite/domain';
import { freePort } from '@aloite/persistence/testing';
import { Client } from 'pg';
import { ApiProcess, sleep } from '../support/api-process';
import { dedicatedPostgres, prepareInitiatives, seeded, tabling, tablingTargets } from './fault-harness';

// Clients apply transitions while the API is killed with SIGKILL at random moments (10 times) and PostgreSQL
// itself is killed (3 times). Every transition a client saw acknowledged must be in the audit log exactly once,
// nothing half-applied may remain, and every log must replay to the stored state.

const MEETING_EVENTS = [
  'REFER_TO_BOARD',
  'RECORD_STATEMENT',
  'RECORD_BOARD_DECISION',
  'RECORD_COUNCIL_DECISION',
  'CLOSE_VIA_ANNUAL_LIST',
  'DECLARE_LAPSED',
];

describe('crash consistency', () => {
  it('keeps every acknowledged transition exactly once through 10 API kills and 3 PostgreSQL kills', async () => {
    const random = seeded(4_242);
    const postgres = await dedicatedPostgres();
    const api = new ApiProcess(postgres.url, await freePort());
    const acknowledged = new Set<string>();
    const unexpected: string[] = [];
    try {
      await api.start();
      const prepared = await prepareInitiatives(api, 8);
      const { token, board } = prepared;
      const target = tablingTargets(api, prepared);
      let running = true;
      let sequence = 0;
      const client = async (index: number) => {
        while (running) {
          const marker = `crash-${index}-${sequence++}`;
          let status: number;
          try {
            status = (
              await api.call(
                'POST',
                `/api/initiatives/${await target(sequence)}/events`,
                token,
                tabling(board, marker),
                8_000,
              )
            ).status;
          } catch {
            await sleep(50); // the API is down: connection refused or reset, unacknowledged
            continue;
          }
          if (status === 200) acknowledged.add(marker);
          else if (status !== 503) unexpected.push(`${marker}: ${status}`);
        }
      };
      const clients = Array.from({ length: 6 }, (_, index) => client(index));
      const faults = [
        'api',
        'api',
        'api',
        'postgres',
        'api',
        'api',
        'api',
        'postgres',
        'api',
        'api',
        'api',
        'postgres',
        'api',
      ];
      for (const fault of faults) {
        await sleep(300 + Math.floor(random() * 1_200));
        if (fault === 'api') {
          await api.kill();
          await api.start();
        } else {
          await postgres.kill();
          await postgres.start();
          await api.waitHealthy(10_000);
        }
      }
      await sleep(500);
      running = false;
      await Promise.all(clients);
      expect(acknowledged.size).toBeGreaterThan(50);
      if (unexpected.length) process.stdout.write(api.output.slice(-6000));
      expect(unexpected).toEqual([]);

      const db = new Client({ connectionString: postgres.url });
      await db.connect();
      try {
        const markers = await db.query<{ marker: string; copies: number }>(
          `SELECT payload->>'proposal' AS marker, count(*)::int AS copies FROM initiative_event
           WHERE payload->>'proposal' LIKE 'crash-%' GROUP BY 1`,
        );
        const copies = new Map(markers.rows.map((row) => [row.marker, row.copies]));
        const missing = [...acknowledged].filter((marker) => copies.get(marker) !== 1);
        expect(missing).toEqual([]);
        expect(markers.rows.filter((row) => row.copies !== 1)).toEqual([]);

        const initiatives = await db.query<{
          id: string;
          state: string;
          context: unknown;
          version: number;
          events: unknown[];
          types: string[];
          handlings: number;
        }>(
          `SELECT i.id, i.state, i.context, i.version,
             (SELECT json_agg(e.payload ORDER BY e.seq) FROM initiative_event e WHERE e.initiative_id = i.id) AS events,
             (SELECT array_agg(e.type ORDER BY e.seq) FROM initiative_event e WHERE e.initiative_id = i.id) AS types,
             (SELECT count(*)::int FROM handling h WHERE h.initiative_id = i.id) AS handlings
           FROM initiative i`,
        );
        for (const row of initiatives.rows) {
          expect(row.version).toBe(row.events.length);
          expect(row.handlings).toBe(row.types.filter((type) => MEETING_EVENTS.includes(type)).length);
          const [filing, ...events] = row.events as [{ facts: InitiativeFacts }, ...InitiativeEvent[]];
          expect(replay(filing.facts, events)).toEqual({ state: row.state, context: row.context });
        }
      } finally {
        await db.end();
      }
    } finally {
      await api.stop();
      await postgres.quit();
    }
  }, 300_000);
});
