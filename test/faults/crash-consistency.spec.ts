import { Client } from 'pg';
import { ApiClient, sleep, startApiProcesses, type ApiProcess } from '../support/api-process';
import { startLoadBalancer } from '../support/load-balancer';
import { crashInvariantDefects } from './crash-invariants';
import { dedicatedPostgres, seeded } from './fault-harness';
import { LifecycleWorkload, type Actors } from './lifecycle-workload';
import { outageProblemDefects } from './outage-problem';

// Clients run whole lifecycles (filings, referrals, statement requests and records, waivers, board and council
// decisions, uploads, the annual list's bulk decision) through a load balancer in front of three API processes on
// one PostgreSQL, while one of the API processes, or PostgreSQL, is killed with SIGKILL at moments a seeded
// generator picks. Each process remembers the versions it has seen, and a client's next request may land on any of
// them. Afterwards every table must tell one consistent story and everything a client saw succeed must be there,
// once (crash-invariants.ts).

/** Every third fault kills PostgreSQL, the others one of the API processes. Fewer than with one process (9): the
 * other two serve on while a killed one starts again, so each fault leaves more work done around it. */
const FAULTS = 6;
const PROCESSES = 3;

async function signIn(api: ApiClient, username: string) {
  const answer = await api.call('POST', '/api/auth/login', null, { username, password: `demo-${username}` });
  return answer.body as { token: string; user: { bodyIds: string[] } };
}

async function actorsOf(api: ApiClient): Promise<Actors> {
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
  it('keeps every table consistent and every acknowledged write through kills of API processes and PostgreSQL', async () => {
    const random = seeded(4_242);
    const postgres = await dedicatedPostgres();
    let apis: ApiProcess[] = [];
    try {
      apis = await startApiProcesses(postgres.url, PROCESSES);
      const balancer = await startLoadBalancer(apis);
      const client = new ApiClient(balancer.baseUrl);
      const workload = new LifecycleWorkload(client, await actorsOf(client), random);
      const running = workload.start(6);
      for (let fault = 1; fault <= FAULTS; fault++) {
        await sleep(500 + Math.floor(random() * 1_500));
        if (fault % 3 === 0) {
          await postgres.kill();
          await postgres.start();
          await Promise.all(apis.map((api) => api.waitHealthy(15_000)));
        } else {
          const api = apis[Math.floor(random() * PROCESSES)] as ApiProcess;
          await api.kill();
          await api.start();
        }
      }
      await sleep(1_500);
      await running.stop();
      await balancer.close();
      const { ledger } = workload;
      process.stdout.write(
        `crash consistency through ${PROCESSES} processes (connections handed ${balancer.handed.join('/')}): ` +
          `${ledger.filings.length} filings, ${ledger.events.length} events, ` +
          `${ledger.uploads.length} uploads, ${ledger.lists.filter((list) => list.acknowledged).length} of ` +
          `${ledger.lists.length} annual-list decisions acknowledged, ${ledger.outageAnswers.length} 503s\n`,
      );

      expect(balancer.handed.every((connections) => connections > 0)).toBe(true);
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
      await Promise.all(apis.map((api) => api.stop()));
      await postgres.quit();
    }
  }, 480_000);
});
