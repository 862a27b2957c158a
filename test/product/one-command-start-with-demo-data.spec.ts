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

  const asCouncilStaff = async (path: string): Promise<unknown> => {
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'valtuustosihteeri', password: 'demo-valtuustosihteeri' }),
    });
    const { token } = (await login.json()) as { token: string };
    return (await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
  };
  const demoInitiatives = async () => {
    const body = (await asCouncilStaff('/api/initiatives?limit=200')) as {
      items: { id: string; diaryNumber: string; state: string }[];
    };
    return body.items.map(({ id, diaryNumber, state }) => ({ id, diaryNumber, state }));
  };
  /** Issue 16: the seed's own meeting, its agenda published with §§ 16 and 17 on it. */
  const seedMeeting = async () => {
    const bodies = (await asCouncilStaff('/api/bodies')) as { id: string; name: string }[];
    const subcommittee = bodies.find((body) => body.name === 'Työllisyys- ja kansainvälisyysjaosto');
    const [meeting] = (await asCouncilStaff(`/api/bodies/${subcommittee?.id}/meetings?year=2026`)) as {
      id: string;
    }[];
    const { date, startTime, place, status, items } = (await asCouncilStaff(
      `/api/meetings/${meeting?.id}`,
    )) as {
      date: string;
      startTime: string;
      place: string;
      status: string;
      items: { section: number; decision: string | null }[];
    };
    return {
      date,
      startTime,
      place,
      status,
      items: items.map(({ section, decision }) => [section, decision]),
    };
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
    expect(await seedMeeting()).toEqual({
      date: '2026-05-20',
      startTime: '16:30',
      place: 'Kokoustila Kekkonen',
      status: 'agendaPublished',
      items: [
        [16, null],
        [17, null],
      ],
    });
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
