import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort } from '@aloite/persistence/testing';
import { ROOT } from '../product/running-product';
import type { ApiClient } from '../support/api-process';

/** A PostgreSQL of the test's own, to stop, start, kill and hang at will (see postgres-control.ts). */
export interface ControlledPostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  kill(): Promise<void>;
  /** SIGSTOP to the server and all its processes: alive to the kernel, silent to every client. */
  hang(): Promise<void>;
  /** SIGCONT: the hung server goes on where it stopped. */
  resume(): Promise<void>;
  quit(): Promise<void>;
}

export async function dedicatedPostgres(): Promise<ControlledPostgres> {
  const child = spawn(
    'node',
    ['tools/run-ts.cjs', 'test/faults/postgres-control.ts', String(await freePort())],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  const next = () =>
    new Promise<string>((resolve) =>
      lines.length ? resolve(lines.shift() as string) : waiters.push(resolve),
    );
  const ready = await next();
  if (!ready.startsWith('ready ')) throw new Error(`PostgreSQL did not start: ${ready}`);
  const command = async (name: string) => {
    child.stdin?.write(`${name}\n`);
    const answer = await next();
    if (answer !== `done ${name}`) throw new Error(`${name}: ${answer}`);
  };
  return {
    url: ready.slice('ready '.length),
    stop: () => command('stop'),
    start: () => command('start'),
    kill: () => command('kill'),
    hang: () => command('hang'),
    resume: () => command('resume'),
    quit: () => command('quit'),
  };
}

/** Small seeded generator: the same fault schedule on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Prepared {
  token: string;
  ids: string[];
  council: string;
  board: string;
}

/** Files an initiative and refers it to the board, where tablings can repeat; throws unless both succeed. */
async function fileAndRefer(api: ApiClient, prepared: Omit<Prepared, 'ids'>, index: number): Promise<string> {
  const filed = await api.call('POST', '/api/initiatives', prepared.token, {
    title: `Vikatesti ${index}`,
    text: 'Kuormitus ja viat.',
    kind: 'councillor',
    submittedOn: '2026-03-02',
    signatories: [],
    signatoryCount: 1,
    hasFinancialEffect: false,
    filedAt: { bodyId: prepared.council, date: '2026-03-02', section: index + 1 },
  });
  if (filed.status !== 201) throw new Error(`filing answered ${filed.status}`);
  const referred = await api.call('POST', `/api/initiatives/${filed.body.id}/events`, prepared.token, {
    type: 'REFER_TO_BOARD',
    meeting: { bodyId: prepared.council, date: '2026-03-02', section: index + 1 },
  });
  if (referred.status !== 200) throw new Error(`referral answered ${referred.status}`);
  return filed.body.id as string;
}

/** Signs in as the demo registrar and prepares initiatives in board preparation, where tablings can repeat. */
export async function prepareInitiatives(api: ApiClient, count: number): Promise<Prepared> {
  const login = await api.call('POST', '/api/auth/login', null, {
    username: 'hallintojohtaja',
    password: 'demo-hallintojohtaja',
  });
  const token = login.body.token as string;
  const bodies = (await api.call('GET', '/api/bodies', token)).body as { id: string; kind: string }[];
  const council = bodies.find((body) => body.kind === 'council')?.id as string;
  const board = bodies.find((body) => body.kind === 'board')?.id as string;
  const ids: string[] = [];
  for (let index = 0; index < count; index++)
    ids.push(await fileAndRefer(api, { token, council, board }, index));
  return { token, ids, council, board };
}

/** Below the API's limit of 100 handlings per initiative: tablings never meet it, however fast the machine. */
const TABLINGS_PER_INITIATIVE = 90;

/**
 * The initiative to table on next, turn by turn over the prepared ones; one that has been tabled on as often as
 * an initiative may be is replaced by a freshly filed one. Throws while the API cannot file (it is down).
 */
export function tablingTargets(api: ApiClient, prepared: Prepared): (turn: number) => Promise<string> {
  const slots = prepared.ids.map((id) => ({ id, uses: 0, replacing: null as Promise<void> | null }));
  let filed = prepared.ids.length;
  return async (turn) => {
    const slot = slots[turn % slots.length] as (typeof slots)[number];
    if (slot.uses >= TABLINGS_PER_INITIATIVE) {
      slot.replacing ??= fileAndRefer(api, prepared, filed++)
        .then((id) => {
          slot.id = id;
          slot.uses = 0;
        })
        .finally(() => {
          slot.replacing = null;
        });
      await slot.replacing;
    }
    slot.uses++;
    return slot.id;
  };
}

/** A board tabling: repeatable in board preparation, and its proposal text marks this very request. */
export function tabling(board: string, marker: string) {
  return {
    type: 'RECORD_BOARD_DECISION',
    meeting: { bodyId: board, date: '2026-03-16', section: 1 },
    proposal: marker,
    decision: 'Asia pantiin pöydälle.',
    decisionType: 'tabled',
    outcome: 'tabled',
  };
}
