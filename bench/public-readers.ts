// Issue 21: 200 anonymous readers for 30 s on the public pages, feeds and data, while one clerk's client measures
// the staff list (GET /api/initiatives) before and during. Asked: no 5xx at all, and the staff p99 unchanged
// within noise. The readers all come from this one address, so the per-address limit is raised for the bench.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { benchPostgres, json, readStatus, ROOT, startApi, summary } from './harness';

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

async function main(): Promise<void> {
  const postgres = await benchPostgres('aloite_public_readers');
  const api = await startApi(postgres.url, { PUBLIC_RATE_LIMIT: RAISED_LIMIT });
  process.stdout.write(
    `PUBLIC_RATE_LIMIT raised to ${RAISED_LIMIT} a minute for the bench: its ${READERS} readers share one address.\n`,
  );
  try {
    const token = (
      await json(api.baseUrl, 'POST', '/api/auth/login', null, {
        username: 'valtuustosihteeri',
        password: 'demo-valtuustosihteeri',
      })
    ).body.token as string;
    const list = await json(api.baseUrl, 'GET', `/api/initiatives?q=${DIARY_NUMBER}`, token);
    const initiativeId = (list.body.items as { id: string; diaryNumber: string }[]).find(
      (item) => item.diaryNumber === DIARY_NUMBER,
    )?.id as string;
    const bodies = (await json(api.baseUrl, 'GET', '/api/bodies', token)).body as {
      id: string;
      kind: string;
    }[];
    const council = bodies.find((body) => body.kind === 'council')?.id as string;
    const paths: string[] = [];
    for (const path of readerPaths(initiativeId, council)) {
      const status = await readStatus(`${api.baseUrl}${path}`);
      if (status === 200) paths.push(path);
      else process.stdout.write(`left out (answers ${status}): ${path}\n`);
    }
    process.stdout.write(`readers read in turn:\n${paths.map((path) => `  ${path}`).join('\n')}\n\n`);

    let beforeCount = 0;
    const before = await staffLatencies(api.baseUrl, token, () => ++beforeCount > STAFF_SAMPLES_BEFORE);

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
        api.baseUrl,
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
    const during = await staffLatencies(api.baseUrl, token, running);
    await loadEnded;
    const result = JSON.parse(output) as {
      seconds: number;
      statuses: Record<string, number>;
      latency: { p50: number; p99: number };
    };
    const statuses = new Map(
      Object.entries(result.statuses).map(([status, count]) => [Number(status), count]),
    );
    const { seconds } = result;
    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    const failed = [...statuses].filter(([status]) => status >= 500 || status === 0);
    const staffBefore = summary(before);
    const staffDuring = summary(during);
    const readers = result.latency;
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    process.stdout.write(
      [
        `${READERS} anonymous readers, ${seconds.toFixed(0)} s: ${total} requests, ${(total / seconds).toFixed(0)} requests/s`,
        `  statuses: ${[...statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`,
        `  readers' p50 ${ms(readers.p50)}, p99 ${ms(readers.p99)}`,
        `  0 × 5xx: ${failed.length === 0 ? 'yes' : `NO (${failed.map(([status, count]) => `${status} × ${count}`).join(', ')})`}`,
        `staff GET /api/initiatives p99: before ${ms(staffBefore.p99)} (${before.length} requests), during ${ms(staffDuring.p99)} (${during.length} requests), ratio ${(staffDuring.p99 / staffBefore.p99).toFixed(2)}`,
        '',
      ].join('\n'),
    );
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    await api.stop();
    await postgres.stop();
    postgres.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
