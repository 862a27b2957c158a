import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort } from '@aloite/persistence/testing';
import { ROOT } from '../product/running-product';

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

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
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

/** The API as its own process, so a fault that killed it would show, and SIGKILL hits only it. */
export class ApiProcess {
  child: ChildProcess | null = null;
  output = '';
  readonly baseUrl: string;

  constructor(
    private readonly databaseUrl: string,
    readonly port: number,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.child = spawn('node', ['tools/run-ts.cjs', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        PORT: String(this.port),
        DEMO_DATA: 'true',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    await this.waitHealthy(60_000);
  }

  alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive()) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive()) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child && !this.alive()) throw new Error(`the API exited:\n${this.output}`);
      const healthy = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
        (response) => response.status === 200,
        () => false,
      );
      if (healthy) return;
      await sleep(100);
    }
    throw new Error(`the API did not become healthy:\n${this.output}`);
  }

  async call(method: string, path: string, token: string | null, body?: unknown, timeoutMs = 10_000) {
    const started = Date.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const parsed: any = text ? JSON.parse(text) : null; // eslint-disable-line @typescript-eslint/no-explicit-any -- any JSON
    return {
      status: response.status,
      headers: response.headers,
      text,
      ms: Date.now() - started,
      body: parsed,
    };
  }
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
