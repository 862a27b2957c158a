import { Client } from 'pg';
import { ApiClient, startBuiltApis, type ApiProcess } from '../support/api-process';
import { startLoadBalancer, type LoadBalancer } from '../support/load-balancer';
import {
  councilTabling,
  endingRequest,
  ENDINGS,
  initiativeBeforeTheCouncil,
  OUTCOME_OF,
  signInAsRegistry,
  type Ending,
  type Registry,
} from './three-endings';

// Three API processes of `npm start`'s build on one PostgreSQL, behind a load balancer. An initiative before the
// council, on this year's annual list, may end three ways; many racers try all of them at once through the load
// balancer, which hands their connections to the three processes in turn. Each process remembers the versions it
// last saw, and before every race two of them remember a version the third has since written past. Whatever each
// remembers: exactly one ending lands, in the audit log once, and every other racer gets a clean 409 (its If-Match
// is stale) or 422 (the initiative has ended) problem+json.

const TRIALS = 8;
const RACERS = 32;
const PROCESSES = 3;
const IF_MATCH = ['none', 'current', 'stale'] as const;

interface Racer {
  ending: Ending;
  ifMatch: (typeof IF_MATCH)[number];
}

/**
 * Every ending, and each If-Match kind (the list decision takes none) among the racers; the ending sent first turns
 * with the trial, so that each gets its chance to win.
 */
function racer(index: number, trial: number): Racer {
  const ending = ENDINGS[(index + trial) % ENDINGS.length] as Ending;
  const ifMatch = ending === 'annualListDecision' ? 'none' : IF_MATCH[(index >> 2) % IF_MATCH.length];
  return { ending, ifMatch: ifMatch ?? 'none' };
}

interface Answer {
  /** Which API process answered (x-aloite-process). */
  process: string | null;
  status: number;
  contentType: string;
  code: string | null;
}

/**
 * api.md: a loser whose If-Match no longer names the current version (stale from the start, or overtaken by the
 * winner) gets 409 STALE_VERSION; one without If-Match is decided on the ended initiative, as a lone writer would
 * be: 422 TRANSITION_NOT_ALLOWED. Problem+json either way.
 */
function isCleanRefusal(answer: Answer, racer: Racer): boolean {
  const expected = racer.ifMatch === 'none' ? [422, 'TRANSITION_NOT_ALLOWED'] : [409, 'STALE_VERSION'];
  return (
    answer.contentType.startsWith('application/problem+json') &&
    answer.status === expected[0] &&
    answer.code === expected[1]
  );
}

describe('three endings raced through three API processes behind a load balancer', () => {
  let apis: ApiProcess[];
  let balancer: LoadBalancer;
  let balanced: ApiClient;
  let databaseUrl: string;
  let close: () => Promise<void>;
  let registry: Registry;
  let database: Client;

  beforeAll(async () => {
    ({ apis, databaseUrl, close } = await startBuiltApis(PROCESSES));
    balancer = await startLoadBalancer(apis);
    balanced = new ApiClient(balancer.baseUrl);
    registry = await signInAsRegistry(apis[0] as ApiProcess);
    database = new Client({ connectionString: databaseUrl });
    await database.connect();
  }, 180_000);
  afterAll(async () => {
    await database?.end();
    await balancer?.close();
    await close?.();
  });

  /** The initiative's audit rows and stored state, as PostgreSQL holds them. */
  async function stored(id: string) {
    const audit = await database.query<{ type: string; to_state: string }>(
      'SELECT type, to_state FROM initiative_event WHERE initiative_id = $1 ORDER BY seq',
      [id],
    );
    const row = await database.query<{ state: string; version: number; closure: string | null }>(
      `SELECT state, version, context->'closure'->>'kind' AS closure FROM initiative WHERE id = $1`,
      [id],
    );
    return {
      audit: audit.rows,
      ...(row.rows[0] as { state: string; version: number; closure: string | null }),
    };
  }

  async function race(id: string, trial: number, currentVersion: number): Promise<Answer[]> {
    return Promise.all(
      Array.from({ length: RACERS }, async (_, index): Promise<Answer> => {
        const { ending, ifMatch } = racer(index, trial);
        const { path, body } = endingRequest(ending, id, registry, 1_000 * (trial + 1) + index);
        const version = { none: null, current: currentVersion, stale: currentVersion - 1 }[ifMatch];
        try {
          const answer = await balanced.call(
            'POST',
            path,
            registry.token,
            body,
            30_000,
            version === null ? {} : { 'if-match': `"${version}"` },
          );
          return {
            process: answer.headers.get('x-aloite-process'),
            status: answer.status,
            contentType: answer.headers.get('content-type') ?? '',
            code: (answer.body?.code as string | undefined) ?? null,
          };
        } catch (error) {
          // A timeout or a dropped connection: never acceptable for a loser.
          return { process: null, status: 0, contentType: '', code: String(error) };
        }
      }),
    );
  }

  /** One trial on a fresh initiative: what the race left, beside what the winner's ending should have left. */
  async function trialOf(trial: number) {
    // In turn: the process that files is the one that remembers the latest version; the others remember one before.
    const fresh = apis[trial % PROCESSES] as ApiProcess;
    const id = await initiativeBeforeTheCouncil(fresh, registry, trial);
    for (const stale of apis.filter((api) => api !== fresh))
      expect((await stale.call('GET', `/api/initiatives/${id}`, registry.token)).body.version).toBe(3);
    const tabling = councilTabling(registry, trial);
    expect(
      (await fresh.call('POST', `/api/initiatives/${id}/events`, registry.token, tabling)).body.version,
    ).toBe(4);

    const answers = await race(id, trial, 4);
    const winners = answers.flatMap((answer, index) => (answer.status === 200 ? [racer(index, trial)] : []));
    const after = await stored(id);
    const readBack = await Promise.all(
      apis.map(async (api) => {
        const initiative = (await api.call('GET', `/api/initiatives/${id}`, registry.token)).body;
        return { state: initiative.state, version: initiative.version };
      }),
    );
    return {
      answeredBy: new Set(answers.map((answer) => answer.process)).size,
      winners,
      wrongLosers: answers.flatMap((answer, index) => {
        const who = racer(index, trial);
        return answer.status === 200 || isCleanRefusal(answer, who) ? [] : [{ ...who, ...answer }];
      }),
      endingRows: after.audit.filter((row) => ['closed', 'withdrawn', 'lapsed'].includes(row.to_state)),
      auditRows: after.audit.length,
      stored: { state: after.state, closure: after.closure, version: after.version },
      readBack,
    };
  }

  it(`has one winner in each of ${TRIALS} trials of ${RACERS} racers, the rest clean 409s and 422s`, async () => {
    const trials: Awaited<ReturnType<typeof trialOf>>[] = [];
    for (let trial = 0; trial < TRIALS; trial++) trials.push(await trialOf(trial));
    const wins = ENDINGS.map(
      (ending) => `${ending} ${trials.filter((trial) => trial.winners[0]?.ending === ending).length}`,
    );
    console.log(
      `${TRIALS} trials × ${RACERS} racers through ${PROCESSES} processes: wins ${wins.join(', ')}; ` +
        `wrong refusals per trial ${JSON.stringify(trials.map((trial) => trial.wrongLosers.length))}`,
    );

    expect(trials.map((trial) => trial.winners.length)).toEqual(Array(TRIALS).fill(1));
    for (const trial of trials) {
      const winner = trial.winners[0] as Racer;
      // A racer whose If-Match was stale from the start can never win.
      expect(['none', 'current']).toContain(winner.ifMatch);
      const { event, state, closure } = OUTCOME_OF[winner.ending];
      expect(trial).toEqual({
        answeredBy: PROCESSES,
        winners: [winner],
        wrongLosers: [],
        endingRows: [{ type: event, to_state: state }],
        auditRows: 5,
        stored: { state, closure, version: 5 },
        readBack: Array(PROCESSES).fill({ state, version: 5 }),
      });
    }
  }, 600_000);
});
