import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '@aloite/persistence';
import { freePort } from '@aloite/persistence/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the heap limit the supervisor gives the API, not a copy
import { API_HEAP_FLAGS } from '../apps/api/src/supervision';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the API's own role, made as the tests make it
import { runtimeUrlFor } from '../test/support/api-process';

export const ROOT = join(__dirname, '..');

export async function benchPostgres(database: string): Promise<RunningPostgres & { remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'aloite-bench-'));
  chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: await freePort(),
    database,
  });
  return { ...postgres, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The endpoint a bench waits for after spawning an API: it answers once the API is ready to serve. */
export const READY_PATH = '/api/health/ready';

export interface RunningApi {
  baseUrl: string;
  child: ChildProcess;
  coldStartMs: number;
  residentMb(): number;
  stop(): Promise<void>;
}

/**
 * The API as `npm start`'s supervisor runs it (the built API under its heap limit, connected as a role that owns
 * nothing), timed from spawn to ready. Run directly, so that its memory and CPU are the API's own.
 */
export async function startApi(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  /** Run under `nice -n` this (a lower CPU priority for all its threads); the pid stays the API's, as nice execs. */
  niceness?: number,
): Promise<RunningApi> {
  const port = await freePort();
  const started = Date.now();
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/aloite-prof'] : [];
  const runtimeUrl = await runtimeUrlFor(databaseUrl);
  const [command, ...args] = [
    ...(niceness === undefined ? [] : ['nice', '-n', String(niceness)]),
    'node',
    ...profile,
    ...API_HEAP_FLAGS,
    'dist/apps/api/apps/api/src/main.js',
  ];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_RUNTIME_URL: runtimeUrl,
      PORT: String(port),
      DEMO_DATA: 'true',
      LOG_LEVEL: 'error',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the API exited');
    const ready = await fetch(`${baseUrl}${READY_PATH}`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    baseUrl,
    child,
    coldStartMs: Date.now() - started,
    residentMb: () =>
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export function summary(latencies: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/**
 * The load generator shares the cores with the API and PostgreSQL, so it is as light as Node allows: plain
 * node:http on kept-alive connections (fetch cost about three times as much CPU per request).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the benches read whatever the API answers
type AnyJson = any;

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export function json(
  baseUrl: string,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; body: AnyJson }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const sent = request(
      `${baseUrl}${path}`,
      {
        method,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null });
        });
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(payload);
  });
}

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** The postmaster and its backends. */
function postgresCpuSeconds(postmasterPid: number): number {
  let total = cpuSecondsOf(postmasterPid);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      if (Number(fields[1]) === postmasterPid) total += cpuSecondsOf(Number(entry));
    } catch {
      // gone already
    }
  }
  return total;
}

export interface CpuUse {
  /** All the API processes together. */
  api: number;
  postgres: number;
  loadGenerator: number;
}

/**
 * Where the cores go during `run`: CPU seconds of the API, PostgreSQL and this process (the clients). Backends
 * that exit during the run take their time with them, so the pools must stay open across it.
 */
export async function cpuDuring<T>(
  pids: { apis: number[]; postmaster: number },
  run: () => Promise<T>,
): Promise<{ result: T; cpu: CpuUse }> {
  const read = (): CpuUse => ({
    api: pids.apis.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
    postgres: postgresCpuSeconds(pids.postmaster),
    loadGenerator: cpuSecondsOf(process.pid),
  });
  const before = read();
  const result = await run();
  const after = read();
  return {
    result,
    cpu: {
      api: after.api - before.api,
      postgres: after.postgres - before.postgres,
      loadGenerator: after.loadGenerator - before.loadGenerator,
    },
  };
}

/** A read that keeps only the status: the readers' bytes are not what is measured. */
export function readStatus(url: string, agent?: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}
