import { get } from 'node:http';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { isAlive } from '@aloite/persistence';
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

// README, "Several API processes": API_PROCESSES=3 runs three API processes on the one port, and a crashed one is
// started again while the others go on serving.

/** A request on a connection of its own (no keep-alive): the cluster hands each connection to the next process. */
function healthOnNewConnection(baseUrl: string): Promise<{ status: number; process: string | null }> {
  return new Promise((resolve, reject) => {
    const request = get(`${baseUrl}/api/health`, { agent: false, timeout: 10_000 }, (response) => {
      response.resume();
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          process: (response.headers['x-aloite-process'] as string | undefined) ?? null,
        }),
      );
    });
    request.once('timeout', () => request.destroy(new Error('no answer within 10 s')));
    request.once('error', reject);
  });
}

describe('npm start with API_PROCESSES=3', () => {
  let dataDir: string;
  let baseUrl: string;
  let running: RunningProduct | null = null;

  afterAll(async () => {
    await interruptIfRunning(running);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const pidsOf = (number: number) =>
    [
      ...(running?.output() ?? '').matchAll(
        new RegExp(`Started API process ${number} \\(pid (\\d+)\\)`, 'g'),
      ),
    ].map((match) => Number(match[1]));
  const answeringProcesses = async (requests: number) => {
    const answers = [];
    for (let request = 0; request < requests; request++) answers.push(await healthOnNewConnection(baseUrl));
    return answers;
  };

  it('serves from three processes on one port, and replaces a killed one while the others serve on', async () => {
    let env: Record<string, string>;
    ({ dataDir, env, baseUrl } = await freshInstallation('aloite-processes-'));
    const metricsPort = await freePort();
    running = startProduct({ ...env, API_PROCESSES: '3', METRICS_PORT: String(metricsPort) });
    await waitForHealth(baseUrl, running);
    // Each process says so when it listens.
    const listening = () => running?.output().split('Aloite is running at').length ?? 0;
    const deadline = Date.now() + 60_000;
    while (listening() < 4) {
      if (running.process.exitCode !== null || Date.now() > deadline)
        throw new Error(`not three processes listening:\n${running.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const answers = await answeringProcesses(12);
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    expect(new Set(answers.map((answer) => answer.process))).toEqual(new Set(['1', '2', '3']));
    const [first, second, third] = [1, 2, 3].map((number) => pidsOf(number)) as [
      number[],
      number[],
      number[],
    ];
    expect([first.length, second.length, third.length]).toEqual([1, 1, 1]);
    // The supervisor serves the three processes' metrics together (README: Operations): all 12 requests counted.
    const scraped = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const healthCount = /aloite_http_request_duration_seconds_count\{[^}]*route="\/api\/health"[^}]*\} (\d+)/;
    expect(Number(healthCount.exec(scraped)?.[1])).toBeGreaterThanOrEqual(12);

    process.kill(second[0] as number, 'SIGKILL');
    // Node's cluster loses a connection it hands to a process in the instant between its death and the supervisor
    // learning of it (README): the others are asked once the supervisor has noticed.
    await waitForOutput(running, 'API process 2 stopped unexpectedly');
    const meanwhile: { status: number; process: string | null }[] = [];
    while (!running.output().includes('API process 2 is running again.')) {
      if (running.process.exitCode !== null) throw new Error(`npm start ended:\n${running.output()}`);
      meanwhile.push(await healthOnNewConnection(baseUrl));
    }
    expect(running.output()).toMatch(
      /API process 2 stopped unexpectedly \(killed by SIGKILL; crash 1 since start\): restarting in [\d.]+ s\./,
    );
    expect(meanwhile.length).toBeGreaterThan(0);
    expect(meanwhile.filter((answer) => answer.status !== 200)).toEqual([]);
    expect(pidsOf(2)).toHaveLength(2);
    expect([isAlive(first[0] as number), isAlive(third[0] as number)]).toEqual([true, true]);

    const after = await answeringProcesses(12);
    expect(new Set(after.map((answer) => answer.process))).toEqual(new Set(['1', '2', '3']));

    running.interrupt();
    await waitForCleanStop(baseUrl, join(dataDir, 'postgres', 'postmaster.pid'));
    expect([first[0], third[0], pidsOf(2)[1]].map((pid) => isAlive(pid as number))).toEqual([
      false,
      false,
      false,
    ]);
  }, 300_000);
});
