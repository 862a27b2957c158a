import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { createTestDatabase, freePort } from '@aloite/persistence/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the heap limit the supervisor gives the API, not a copy of it
import { API_HEAP_FLAGS } from '../../apps/api/src/supervision';
import { ROOT } from '../product/running-product';

/** From the TypeScript sources, as `npx nx run api:serve` runs it. */
const FROM_SOURCES = ['tools/run-ts.cjs', 'apps/api/src/main.ts'];

/** As `npm start`'s supervisor runs it: the built API (built now) under the same heap limit. */
export function builtApi(): string[] {
  execFileSync('node', ['tools/build-api.cjs'], { cwd: ROOT, stdio: 'ignore' });
  return [...API_HEAP_FLAGS, 'dist/apps/api/apps/api/src/main.js'];
}

/**
 * `count` processes of the built API on the database at `databaseUrl`, as the supervisor of `npm start` runs them
 * with API_PROCESSES: when there are several, each answer names its process in `x-aloite-process` (1 to `count`).
 */
export async function startApiProcesses(
  databaseUrl: string,
  count: number,
  env: Record<string, string> = {},
): Promise<ApiProcess[]> {
  const command = builtApi();
  const apis: ApiProcess[] = [];
  // One after the other: each start migrates the database, and the first loads the demo data.
  for (let number = 1; number <= count; number++) {
    const named: Record<string, string> = count > 1 ? { ALOITE_API_PROCESS: String(number) } : {};
    const api = new ApiProcess(databaseUrl, await freePort(), { ...env, ...named }, command);
    apis.push(api);
    await api.start();
  }
  return apis;
}

/** `count` processes of the built API on one fresh test database; `close` stops them and drops the database. */
export async function startBuiltApis(
  count: number,
  env: Record<string, string> = {},
): Promise<{ apis: ApiProcess[]; databaseUrl: string; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const apis = await startApiProcesses(database.url, count, env);
  return {
    apis,
    databaseUrl: database.url,
    async close() {
      await Promise.all(apis.map((api) => api.stop()));
      await database.drop();
    },
  };
}

/** The built API on a fresh test database, as the supervisor of `npm start` runs it; `close` drops the database. */
export async function startBuiltApi(
  env: Record<string, string> = {},
): Promise<{ api: ApiProcess; close(): Promise<void> }> {
  const { apis, close } = await startBuiltApis(1, env);
  return { api: apis[0] as ApiProcess, close };
}

/**
 * The process's resident memory now, in MB (Linux). Compare it with a reading taken when the process was quiet:
 * the peak mark (VmHWM) is set by start-up already.
 */
export function memoryMegabytes(pid: number): { resident: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { resident: Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024) };
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

const RUNTIME_ROLE = 'aloite_api_test';
const RUNTIME_PASSWORD = 'aloite-api-test-password';

/** The API's own role on the test server, as a DBA creates it: a login that owns nothing (rights come at start). */
export async function runtimeUrlFor(ownerUrl: string): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`CREATE ROLE ${RUNTIME_ROLE} LOGIN PASSWORD '${RUNTIME_PASSWORD}'`);
  } catch (error) {
    // Made already, perhaps by another test file at the same moment.
    if (!['42710', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = RUNTIME_ROLE;
  url.password = RUNTIME_PASSWORD;
  return url.toString();
}

/** Requests to the API at one address: one process, or a load balancer in front of several. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async call(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    timeoutMs = 10_000,
    headers: Record<string, string> = {},
  ) {
    const started = Date.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
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

/** The API as its own process, so a fault that killed it would show, and SIGKILL hits only it. */
export class ApiProcess extends ApiClient {
  child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly databaseUrl: string,
    readonly port: number,
    private readonly env: Record<string, string> = {},
    private readonly command: string[] = FROM_SOURCES,
  ) {
    super(`http://127.0.0.1:${port}`);
  }

  async start(): Promise<void> {
    this.child = spawn('node', this.command, {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        DATABASE_RUNTIME_URL: await runtimeUrlFor(this.databaseUrl),
        PORT: String(this.port),
        DEMO_DATA: 'true',
        LOG_LEVEL: 'error',
        ...this.env,
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
}
