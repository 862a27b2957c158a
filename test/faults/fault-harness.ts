import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort } from '@aloite/persistence/testing';
import { ROOT } from '../product/running-product';
import type { ApiProcess } from '../support/api-process';

/** A PostgreSQL of the test's own, to stop, start and kill at will (see postgres-control.ts). */
export interface ControlledPostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  kill(): Promise<void>;
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

/** Signs in as the demo registrar and prepares initiatives in board preparation, where tablings can repeat. */
export async function prepareInitiatives(
  api: ApiProcess,
  count: number,
): Promise<{ token: string; ids: string[]; council: string; board: string }> {
  const login = await api.call('POST', '/api/auth/login', null, {
    username: 'hallintojohtaja',
    password: 'demo-hallintojohtaja',
  });
  const token = login.body.token as string;
  const bodies = (await api.call('GET', '/api/bodies', token)).body as { id: string; kind: string }[];
  const council = bodies.find((body) => body.kind === 'council')?.id as string;
  const board = bodies.find((body) => body.kind === 'board')?.id as string;
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const filed = await api.call('POST', '/api/initiatives', token, {
      title: `Vikatesti ${index}`,
      text: 'Kuormitus ja viat.',
      kind: 'councillor',
      submittedOn: '2026-03-02',
      signatories: [],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: council, date: '2026-03-02', section: index + 1 },
    });
    await api.call('POST', `/api/initiatives/${filed.body.id}/events`, token, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: council, date: '2026-03-02', section: index + 1 },
    });
    ids.push(filed.body.id as string);
  }
  return { token, ids, council, board };
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
