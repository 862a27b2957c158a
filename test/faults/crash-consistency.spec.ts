import { freePort } from '@aloite/persistence/testing';
import { Client } from 'pg';
import { ApiProcess, builtApi, sleep } from '../support/api-process';
import { crashInvariantDefects } from './crash-invariants';
import { dedicatedPostgres, seeded } from './fault-harness';
import { LifecycleWorkload, type Actors } from './lifecycle-workload';
import { outageProblemDefects } from './outage-problem';

// Clients run whole lifecycles (filings, referrals, statement requests and records, waivers, board and council
// decisions, uploads, the annual list's bulk decision) while the API and PostgreSQL are killed with SIGKILL at
// moments a seeded generator picks. Afterwards every table must tell one consistent story and everything a client
// saw succeed must be there (crash-invariants.ts).

/** Every third fault kills PostgreSQL, the others the API. */
const FAULTS = 9;

async function signIn(api: ApiProcess, username: string) {
  const answer = await api.call('POST', '/api/auth/login', null, { username, password: `demo-${username}` });
  return answer.body as { token: string; user: { bodyIds: string[] } };
}

async function actorsOf(api: ApiProcess): Promise<Actors> {
  const registrar = await signIn(api, 'hallintojohtaja');
  const secretary = await signIn(api, 'jaostosihteeri');
  const otherSecretary = await signIn(api, 'lautakuntasihteeri');
  const bodies = (await api.call('GET', '/api/bodies', registrar.token)).body as {
    id: string;
    kind: string;
  }[];
  return {
    registrar: registrar.token,
    secretary: secretary.token,
    council: bodies.find((body) => body.kind === 'council')?.id as string,
    board: bodies.find((body) => body.kind === 'board')?.id as string,
    answering: secretary.user.bodyIds[0] as string,
    waived: otherSecretary.user.bodyIds[0] as string,
  };
}

describe('crash consistency', () => {
  it('keeps every table consistent and every acknowledged write through API and PostgreSQL kills', async () => {
    const random = seeded(4_242);
    const postgres = await dedicatedPostgres();
    const api = new ApiProcess(postgres.url, await freePort(), {}, builtApi());
    try {
      await api.start();
      const workload = new LifecycleWorkload(api, await actorsOf(api), random);
      const running = workload.start(6);
      for (let fault = 1; fault <= FAULTS; fault++) {
        await sleep(500 + Math.floor(random() * 1_500));
        if (fault % 3 === 0) {
          await postgres.kill();
          await postgres.start();
          await api.waitHealthy(15_000);
        } else {
          await api.kill();
          await api.start();
        }
      }
      await sleep(1_500);
      await running.stop();
      const { ledger } = workload;
      process.stdout.write(
        `crash consistency: ${ledger.filings.length} filings, ${ledger.events.length} events, ` +
          `${ledger.uploads.length} uploads, ${ledger.lists.filter((list) => list.acknowledged).length} of ` +
          `${ledger.lists.length} annual-list decisions acknowledged, ${ledger.outageAnswers.length} 503s\n`,
      );

      expect(ledger.unexpected).toEqual([]);
      expect(outageProblemDefects(ledger.outageAnswers)).toEqual([]);
      expect(ledger.filings.length).toBeGreaterThan(10);
      expect(ledger.events.length).toBeGreaterThan(50);
      expect(ledger.uploads.length).toBeGreaterThan(5);
      expect(ledger.lists.some((list) => list.acknowledged)).toBe(true);
      const db = new Client({ connectionString: postgres.url });
      await db.connect();
      try {
        expect(await crashInvariantDefects(db, ledger)).toEqual([]);
      } finally {
        await db.end();
      }
    } finally {
      await api.stop();
      await postgres.quit();
    }
  }, 480_000);
});
