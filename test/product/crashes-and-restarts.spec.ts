import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { isAlive } from '@aloite/persistence';
import { freePort } from '@aloite/persistence/testing';
import {
  ROOT,
  freshInstallation,
  interruptIfRunning,
  startProduct,
  waitForCleanStop,
  waitForHealth,
  waitForOutput,
  type RunningProduct,
} from './running-product';

function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start when the API crashes or is killed', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let baseUrl: string;
  let running: RunningProduct | null = null;
  const pidFile = () => join(dataDir, 'postgres', 'postmaster.pid');
  const postmasterPid = () => Number(readFileSync(pidFile(), 'utf8').split('\n')[0]);
  const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[3]);
  /** The process PostgreSQL was started by: the one that owns it. */
  const postgresOwnerPid = () => parentOf(postmasterPid());
  const apiPids = () =>
    [...(running?.output() ?? '').matchAll(/Started the API \(pid (\d+)\)/g)].map((match) =>
      Number(match[1]),
    );
  const lastApiPid = () => apiPids().at(-1) as number;
  const signIn = () =>
    fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Named: after the setup below the data folder holds a second municipality, Lieto.
      body: JSON.stringify({
        username: 'hallintojohtaja',
        password: 'demo-hallintojohtaja',
        municipality: 'kajaani',
      }),
    }).then((response) => response.status);
  const ownerUrl = async () => (await run('db:url', [], env)).output.split('\n')[0] as string;

  beforeAll(async () => {
    ({ dataDir, env, baseUrl } = await freshInstallation('aloite-crash-'));
  });
  afterAll(async () => {
    await interruptIfRunning(running);
    if (existsSync(pidFile())) process.kill(postmasterPid(), 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts a killed API, counting the crashes, while PostgreSQL runs on; the API is not the owner of its tables', async () => {
    running = startProduct(env);
    await waitForHealth(baseUrl, running);
    const postgres = postmasterPid();

    // The folder's own passwords, readable by its owner only; the API connects as a role that owns nothing.
    expect(statSync(join(dataDir, 'credentials.json')).mode & 0o777).toBe(0o600);
    const owner = new Client({ connectionString: await ownerUrl() });
    await owner.connect();
    try {
      const roles = await owner.query(
        `SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = 'aloite' AND usename IS NOT NULL`,
      );
      expect(roles.rows).toEqual([{ usename: 'aloite_api' }]);
    } finally {
      await owner.end();
    }

    for (const crash of [1, 2]) {
      process.kill(lastApiPid(), 'SIGKILL');
      await waitForOutput(running, `crash ${crash} since start`);
      expect(running.output()).toMatch(
        new RegExp(`The API stopped unexpectedly \\(killed by SIGKILL; crash ${crash} since start\\)`),
      );
      await waitForHealth(baseUrl, running);
      expect(await signIn()).toBe(200);
    }
    expect(apiPids()).toHaveLength(3);
    expect(postmasterPid()).toBe(postgres);

    // A maintenance command finds the running database of this checkout by itself.
    const setup = await run('setup', ['--municipality', 'Lieto', '--admin', 'lieto.admin'], {
      ...env,
      ALOITE_ADMIN_PASSWORD: 'lieto-admin-password',
    });
    expect(setup.output).toContain('Created Lieto');
    expect(setup.code).toBe(0);
  }, 180_000);

  it('starts again after whatever ran PostgreSQL was killed, stopping the PostgreSQL it left behind', async () => {
    const product = running as RunningProduct;
    const orphan = postmasterPid();
    process.kill(postgresOwnerPid(), 'SIGKILL');
    await product.exited;
    // The API stops with its supervisor; PostgreSQL, which cannot notice, is left running.
    await until(() => !isAlive(lastApiPid()), 'the API stopped');
    expect(isAlive(orphan)).toBe(true);

    running = startProduct(env);
    await waitForHealth(baseUrl, running);
    expect(running.output()).toContain(`PostgreSQL (pid ${orphan}) was left running`);
    expect(isAlive(orphan)).toBe(false);
    expect(await signIn()).toBe(200);

    // Still only one at a time on a data folder that is really in use.
    const second = startProduct({ ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already running on this data folder/);
  }, 180_000);

  it('gives a data folder made with the former fixed password a password of its own', async () => {
    const owner = new Client({ connectionString: await ownerUrl() });
    await owner.connect();
    await owner.query(`ALTER ROLE postgres PASSWORD 'aloite-local'`);
    await owner.end();
    const product = running as RunningProduct;
    product.interrupt();
    await waitForCleanStop(baseUrl, pidFile());
    rmSync(join(dataDir, 'credentials.json'));

    running = startProduct(env);
    await waitForHealth(baseUrl, running);
    expect(await signIn()).toBe(200);
    const url = new URL(await ownerUrl());
    expect(url.password).not.toBe('aloite-local');
    url.password = 'aloite-local';
    const former = new Client({ connectionString: url.toString() });
    await expect(former.connect()).rejects.toThrow(/password authentication failed/);
    running.interrupt();
    await waitForCleanStop(baseUrl, pidFile());
  }, 180_000);

  it('gives up after the API crashed again and again on starting, and stops PostgreSQL', async () => {
    // An address of no interface here: listening fails on every start.
    running = startProduct({ ...env, HOST: '192.0.2.1' });
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain('crash 4 since start');
    expect(running.output()).toContain(
      'The API crashed 5 times in a row before or within 10 s of serving: giving up.',
    );
    await until(() => !existsSync(pidFile()), 'PostgreSQL stopped');
  }, 300_000);
});
