import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '@aloite/persistence';
import { freePort } from '@aloite/persistence/testing';

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

export interface RunningApi {
  baseUrl: string;
  child: ChildProcess;
  coldStartMs: number;
  residentMb(): number;
  stop(): Promise<void>;
}

/** The API as users run it (`npm start`'s command), timed from spawn to healthy. */
export async function startApi(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<RunningApi> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(
    'node',
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/aloite-prof'] : []),
      'tools/run-ts.cjs',
      'apps/api/src/main.ts',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        DEMO_DATA: 'true',
        LOG_LEVEL: 'error',
        ...extraEnv,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the API exited');
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
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

export async function json(
  baseUrl: string,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- any JSON
}
