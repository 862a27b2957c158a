// One timed round of the transitions benchmark: through the HTTP API, or the same write pattern sent straight to
// PostgreSQL (the ceiling).
import { Client } from 'pg';
import { cpuDuring, json, summary, type CpuUse } from './harness';

export const fmt = (value: number) => value.toFixed(1).padStart(7);

/** CPU milliseconds each part spent per transition. */
export const cpuPerTransition = (cpu: CpuUse, result: Result) => {
  const ms = (seconds: number) => `${((1000 * seconds) / result.latencies.length).toFixed(2)} ms`;
  const server = cpu.api > 0 ? `server ${ms(cpu.api)}, ` : '';
  return `${server}PostgreSQL ${ms(cpu.postgres)}, clients ${ms(cpu.loadGenerator)}`;
};

/** Who files and records through the API: the registrar, and the secretary of the body asked for a statement. */
export interface Tokens {
  registrar: string;
  secretary: string;
}

export interface Result {
  transitionsPerSecond: number;
  latencies: number[];
}

export type Measured = { result: Result; cpu: CpuUse };

/** How many clients, for how long. */
export interface Load {
  clients: number;
  seconds: number;
}

/**
 * The lifecycle through the HTTP API, from filing to the council's decision, every request timed. With several
 * API processes, client `index` talks to `baseUrls[index % baseUrls.length]` (round-robin, as a balancer would).
 */
export async function apiRound(
  baseUrls: string[],
  tokens: Tokens,
  bodies: Record<string, string>,
  load: Load,
  pids: { apis: number[]; postmaster: number },
): Promise<Measured> {
  const meeting = (body: string, section: number) => ({ bodyId: bodies[body], date: '2026-05-20', section });
  return cpuDuring(pids, () =>
    measure(load, async (index, running, record) => {
      const baseUrl = baseUrls[index % baseUrls.length] as string;
      const timed = async (path: string, token: string, body: unknown) => {
        const at = performance.now();
        const response = await json(baseUrl, 'POST', path, token, body);
        if (response.status !== 200 && response.status !== 201)
          throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
        record(performance.now() - at);
        return response.body as { id: string };
      };
      let round = 0;
      while (running()) {
        const section = ((index * 3_000 + round++) % 99_999) + 1;
        // Filing is the lifecycle's first transition: it writes the first audit row.
        const filed = await timed('/api/initiatives', tokens.registrar, {
          title: 'Kuormitustesti',
          text: 'Koko elinkaari rajapinnan kautta.',
          kind: 'councillor',
          submittedOn: '2026-03-02',
          signatories: [{ name: 'Testi Valtuutettu', party: 'SDP' }],
          signatoryCount: 1,
          hasFinancialEffect: false,
          filedAt: meeting('council', section),
        });
        const events = `/api/initiatives/${filed.id}/events`;
        await timed(events, tokens.registrar, {
          type: 'REFER_TO_BOARD',
          meeting: meeting('council', section),
        });
        await timed(events, tokens.registrar, {
          type: 'REQUEST_STATEMENT',
          bodyId: bodies.employment,
          date: '2026-03-09',
          dueDate: '2026-05-31',
          preparers: [{ name: 'Milla Tikkanen' }],
        });
        await timed(events, tokens.secretary, {
          type: 'RECORD_STATEMENT',
          bodyId: bodies.employment,
          meeting: meeting('employment', section),
          presenter: 'Milla Tikkanen',
          proposal: 'Jaosto antaa vastineen.',
          decision: 'Hyväksyttiin.',
          decisionType: 'asProposed',
          responseText: 'Vastine.',
        });
        await timed(events, tokens.registrar, {
          type: 'RECORD_BOARD_DECISION',
          meeting: meeting('board', section),
          proposal: 'p',
          decision: 'd',
          decisionType: 'asProposed',
          outcome: 'proposeToCouncil',
        });
        await timed(events, tokens.registrar, {
          type: 'RECORD_COUNCIL_DECISION',
          meeting: meeting('council', section),
          decision: 'd',
          decisionType: 'asProposed',
          outcome: 'closed',
          resolutions: [],
        });
      }
    }),
  );
}

/** Runs `clients` loops until the run's time is up; each loop times its transitions with `record`. */
async function measure(
  { clients, seconds }: Load,
  loop: (index: number, running: () => boolean, record: (milliseconds: number) => void) => Promise<void>,
): Promise<Result> {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, (_, index) =>
      loop(
        index,
        () => Date.now() < deadline,
        (milliseconds) => latencies.push(milliseconds),
      ),
    ),
  );
  return { transitionsPerSecond: latencies.length / ((Date.now() - started) / 1000), latencies };
}

/** The ceiling: lock the row, insert the audit row, version-checked update, with prepared statements. */
export async function ceilingRound(
  url: string,
  initiativeIds: string[],
  municipalityId: string,
  load: Load,
  postmaster: number,
): Promise<Measured> {
  // Connected before and closed after the measurement, so that the backends' CPU time is counted.
  const connections = await Promise.all(
    Array.from({ length: load.clients }, async () => {
      const db = new Client({ connectionString: url });
      await db.connect();
      return db;
    }),
  );
  try {
    return await cpuDuring({ apis: [], postmaster }, () =>
      measure(load, async (index, running, record) => {
        const db = connections[index] as Client;
        const id = initiativeIds[index] as string;
        while (running()) {
          const at = performance.now();
          await db.query('BEGIN');
          const locked = await db.query({
            name: 'lock',
            text: 'SELECT version, state, context FROM initiative WHERE id = $1 FOR UPDATE',
            values: [id],
          });
          const { version, state, context } = locked.rows[0] as {
            version: number;
            state: string;
            context: unknown;
          };
          await db.query({
            name: 'audit',
            text: `INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, from_state, to_state, machine_version)
                   VALUES ($1, $2, $3, 'RECORD_BOARD_DECISION', $4, 'bench', $5, $5, 1)`,
            values: [
              municipalityId,
              id,
              version + 1,
              { type: 'RECORD_BOARD_DECISION', outcome: 'tabled' },
              state,
            ],
          });
          const updated = await db.query({
            name: 'save',
            text: 'UPDATE initiative SET state = $1, context = $2, version = $3, updated_at = now() WHERE id = $4 AND version = $5',
            values: [state, context, version + 1, id, version],
          });
          if (updated.rowCount !== 1) throw new Error('lost update');
          await db.query('COMMIT');
          record(performance.now() - at);
        }
      }),
    );
  } finally {
    await Promise.all(connections.map((db) => db.end()));
  }
}

/** What both kinds of round need: the two staff sessions, the bodies, and one initiative per ceiling client. */
export async function prepareRounds(
  baseUrl: string,
  databaseUrl: string,
  clients: number,
): Promise<{ tokens: Tokens; bodies: Record<string, string>; ceilingIds: string[]; municipalityId: string }> {
  const login = async (username: string, password: string) =>
    (await json(baseUrl, 'POST', '/api/auth/login', null, { username, password })).body.token as string;
  const tokens = {
    registrar: await login('hallintojohtaja', 'demo-hallintojohtaja'),
    secretary: await login('jaostosihteeri', 'demo-jaostosihteeri'),
  };
  const bodyList = (await json(baseUrl, 'GET', '/api/bodies', tokens.registrar)).body as {
    id: string;
    name: string;
    kind: string;
  }[];
  const bodies: Record<string, string> = {
    council: bodyList.find((body) => body.kind === 'council')?.id as string,
    board: bodyList.find((body) => body.kind === 'board')?.id as string,
    employment: bodyList.find((body) => body.name.startsWith('Työllisyys'))?.id as string,
  };
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  const { municipality_id: municipalityId } = (
    await admin.query('SELECT municipality_id FROM initiative LIMIT 1')
  ).rows[0] as { municipality_id: string };
  const ceilingIds = (await admin.query('SELECT id FROM initiative ORDER BY id')).rows.map(
    (row: { id: string }) => row.id,
  );
  await admin.end();
  while (ceilingIds.length < clients) {
    const filed = await json(baseUrl, 'POST', '/api/initiatives', tokens.registrar, {
      title: 'Katto',
      text: 'x',
      kind: 'councillor',
      submittedOn: '2026-03-02',
      signatories: [],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: bodies.council, date: '2026-03-02', section: 1 },
    });
    ceilingIds.push(filed.body.id as string);
  }
  return { tokens, bodies, ceilingIds, municipalityId };
}

/** One line of a round: transitions/s and latency percentiles. */
export function roundFigures(result: Result): string {
  const { p50, p95, p99 } = summary(result.latencies);
  return `${fmt(result.transitionsPerSecond)} tr/s p50 ${fmt(p50)} p95 ${fmt(p95)} p99 ${fmt(p99)} ms`;
}
