import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@aloite/persistence/testing';
import {
  freshInstallation,
  interruptIfRunning,
  startProduct,
  waitForCleanStop,
  waitForHealth,
  waitForOutput,
  type RunningProduct,
} from './running-product';

describe('the README’s start command on a fresh machine', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let baseUrl: string;
  let running: RunningProduct | null = null;
  let firstRun: unknown = null;

  beforeAll(async () => {
    ({ dataDir, env, baseUrl } = await freshInstallation('aloite-start-'));
  });
  afterAll(async () => {
    await interruptIfRunning(running);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const demoInitiatives = async () => {
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'valtuustosihteeri', password: 'demo-valtuustosihteeri' }),
    });
    const { token } = (await login.json()) as { token: string };
    const response = await fetch(`${baseUrl}/api/initiatives?limit=200`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { items: { id: string; diaryNumber: string; state: string }[] };
    return body.items.map(({ id, diaryNumber, state }) => ({ id, diaryNumber, state }));
  };

  it('starts embedded PostgreSQL, migrates, loads demo data, serves the web app, the API and its docs, and stops on Ctrl-C', async () => {
    running = startProduct(env);
    await waitForHealth(baseUrl, running);
    expect(running.output()).toContain('Loaded demo data');
    expect(running.output()).toMatch(/hallintojohtaja\s+demo-hallintojohtaja\s+registrar/);
    const initiatives = await demoInitiatives();
    expect(initiatives).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ diaryNumber: 'KAJDno-2026-577', state: 'awaitingStatements' }),
        expect.objectContaining({ diaryNumber: 'KAJDno-2026-726', state: 'awaitingStatements' }),
      ]),
    );
    expect((await fetch(`${baseUrl}/api/docs`)).status).toBe(200);
    const app = await fetch(`${baseUrl}/`);
    expect(app.headers.get('content-type')).toContain('text/html');
    const page = await app.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${baseUrl}${script}`)).status).toBe(200);

    const second = startProduct({ ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already running on this data folder/);

    running.interrupt();
    await waitForCleanStop(baseUrl, join(dataDir, 'postgres', 'postmaster.pid'));
    expect(await waitForOutput(running, 'Stopped.')).toContain('Stopped.');
    firstRun = initiatives;
  }, 120_000);

  it('starts again on the same data, without loading the demo twice', async () => {
    running = startProduct(env);
    await waitForHealth(baseUrl, running);
    expect(running.output()).not.toContain('Loaded demo data');
    expect(await demoInitiatives()).toEqual(firstRun);
    running.interrupt();
    await waitForCleanStop(baseUrl, join(dataDir, 'postgres', 'postmaster.pid'));
  }, 120_000);

  it('refuses invalid configuration with a message a person can act on', async () => {
    const broken = startProduct({ ...env, PORT: 'eighty', DEMO_DATA: 'maybe' });
    expect(await broken.exited).toBe(1);
    expect(broken.output()).toContain('PORT must be a whole number');
    expect(broken.output()).toContain('DEMO_DATA must be true or false');
  }, 60_000);
});
