// Issue 21: 200 anonymous readers for 30 s on the public pages, feeds and data, while one clerk's client measures
// the staff list (GET /api/initiatives) before and during. Asked: no 5xx at all, and the staff p99 unchanged
// within noise. Three times: the readers on the clerk's own API process, then on a separate API process on the same
// database (as a reverse proxy would route /public/ and /oparl/), then on one under `nice`. The readers all come
// from this one address, so the per-address limit is raised for the bench.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { benchPostgres, json, readStatus, ROOT, startApi, summary, type RunningApi } from './harness';

const READERS = 200;
const DURATION_MS = 30_000;
const STAFF_SAMPLES_BEFORE = 200;
const RAISED_LIMIT = '1000000000';
const SLUG = 'kajaani';
/** § 16 of the demo: the initiative a resident follows. */
const DIARY_NUMBER = 'KAJDno-2026-577';

/** What the readers read, in turn; an address not served (yet) is left out and named. */
const readerPaths = (initiativeId: string, bodyId: string): string[] => [
  `/public/${SLUG}/fi`,
  `/public/${SLUG}/fi/initiatives/${initiativeId}`,
  `/public/${SLUG}/feeds/initiatives.atom`,
  `/public/${SLUG}/feeds/decisions.rss`,
  `/public/${SLUG}/bodies/${bodyId}/meetings.ics`,
  `/public/${SLUG}/data/initiatives-2026.json`,
];

async function staffLatencies(baseUrl: string, token: string, until: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!until()) {
    const started = performance.now();
    const response = await json(baseUrl, 'GET', '/api/initiatives?limit=50', token);
    if (response.status !== 200) throw new Error(`the staff list answered ${response.status}`);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

interface Readers {
  seconds: number;
  statuses: Record<string, number>;
  latency: { p50: number; p99: number };
}

/** The readers on `readersUrl` for 30 s, the clerk timing the staff list on `staffUrl` meanwhile. */
async function underReaders(
  readersUrl: string,
  staffUrl: string,
  token: string,
  paths: string[],
): Promise<{ readers: Readers; staff: number[] }> {
  // At the lowest priority: on a machine shared with the API and PostgreSQL, the readers would otherwise take the
  // CPU the clerk's answer needs, and the bench would measure its own machine rather than the API.
  const load = spawn(
    'nice',
    [
      '-n',
      '19',
      process.execPath,
      join(ROOT, 'tools/run-ts.cjs'),
      join(ROOT, 'bench/public-reader-load.ts'),
      readersUrl,
      String(DURATION_MS),
      String(READERS),
      ...paths,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  load.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const loadEnded = once(load, 'exit');
  const running = () => load.exitCode !== null || load.signalCode !== null;
  const staff = await staffLatencies(staffUrl, token, running);
  await loadEnded;
  return { readers: JSON.parse(output) as Readers, staff };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The readers' figures and the clerk's p99 against the quiet one; false if any reader got a 5xx or no answer. */
function report(title: string, { readers, staff }: { readers: Readers; staff: number[] }, quietP99: number) {
  const statuses = new Map(
    Object.entries(readers.statuses).map(([status, count]) => [Number(status), count]),
  );
  const { seconds } = readers;
  const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
  const failed = [...statuses].filter(([status]) => status >= 500 || status === 0);
  const { p99 } = summary(staff);
  process.stdout.write(
    [
      `${title}`,
      `  ${READERS} anonymous readers, ${seconds.toFixed(0)} s: ${total} requests, ${(total / seconds).toFixed(0)} requests/s`,
      `  statuses: ${[...statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`,
      `  readers' p50 ${ms(readers.latency.p50)}, p99 ${ms(readers.latency.p99)}`,
      `  0 × 5xx: ${failed.length === 0 ? 'yes' : `NO (${failed.map(([status, count]) => `${status} × ${count}`).join(', ')})`}`,
      `  staff GET /api/initiatives p99 during: ${ms(p99)} (${staff.length} requests), ratio to quiet ${(p99 / quietP99).toFixed(2)}`,
      '',
    ].join('\n'),
  );
  return failed.length === 0;
}

/** The lower CPU priority a separate public process is measured under too. */
const PUBLIC_NICENESS = 10;

async function main(): Promise<void> {
  const postgres = await benchPostgres('aloite_public_readers');
  const raised = { PUBLIC_RATE_LIMIT: RAISED_LIMIT };
  const staffApi = await startApi(postgres.url, raised);
  // The public processes as the README advises: serving nothing but the public side.
  const publicSide = { ...raised, PUBLIC_ONLY: 'true' };
  const publicApi = await startApi(postgres.url, publicSide);
  const nicePublicApi = await startApi(postgres.url, publicSide, PUBLIC_NICENESS);
  process.stdout.write(
    `PUBLIC_RATE_LIMIT raised to ${RAISED_LIMIT} a minute for the bench: its ${READERS} readers share one address.\n`,
  );
  try {
    const token = (
      await json(staffApi.baseUrl, 'POST', '/api/auth/login', null, {
        username: 'valtuustosihteeri',
        password: 'demo-valtuustosihteeri',
      })
    ).body.token as string;
    const list = await json(staffApi.baseUrl, 'GET', `/api/initiatives?q=${DIARY_NUMBER}`, token);
    const initiativeId = (list.body.items as { id: string; diaryNumber: string }[]).find(
      (item) => item.diaryNumber === DIARY_NUMBER,
    )?.id as string;
    const bodies = (await json(staffApi.baseUrl, 'GET', '/api/bodies', token)).body as {
      id: string;
      kind: string;
    }[];
    const council = bodies.find((body) => body.kind === 'council')?.id as string;
    const paths: string[] = [];
    for (const path of readerPaths(initiativeId, council)) {
      const status = await readStatus(`${staffApi.baseUrl}${path}`);
      if (status === 200) paths.push(path);
      else process.stdout.write(`left out (answers ${status}): ${path}\n`);
    }
    process.stdout.write(`readers read in turn:\n${paths.map((path) => `  ${path}`).join('\n')}\n\n`);

    let quietCount = 0;
    const quiet = await staffLatencies(staffApi.baseUrl, token, () => ++quietCount > STAFF_SAMPLES_BEFORE);
    const quietP99 = summary(quiet).p99;
    process.stdout.write(
      `staff GET /api/initiatives p99 quiet: ${ms(quietP99)} (${quiet.length} requests)\n\n`,
    );
    // Where the readers go: the clerk's own process, or one on the same database that serves them alone.
    const layouts: [string, RunningApi][] = [
      ['one process for both (readers and clerk on the same API process):', staffApi],
      ['a separate public process (the readers on an API process of their own, same database):', publicApi],
      [`a separate public process under nice -n ${PUBLIC_NICENESS}:`, nicePublicApi],
    ];
    let allAnswered = true;
    for (const [title, readersApi] of layouts) {
      const figures = await underReaders(readersApi.baseUrl, staffApi.baseUrl, token, paths);
      allAnswered = report(title, figures, quietP99) && allAnswered;
    }
    if (!allAnswered) process.exitCode = 1;
  } finally {
    await Promise.all([staffApi, publicApi, nicePublicApi].map((api) => api.stop()));
    await postgres.stop();
    postgres.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
