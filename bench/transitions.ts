// Transitions through the HTTP API against the same write pattern sent straight to PostgreSQL (the ceiling),
// interleaved, at 8 and 32 concurrent clients. Prints transitions/s, latency percentiles and the ratio.
import { benchPostgres, median, startApi, summary } from './harness';
import {
  apiRound,
  ceilingRound,
  cpuPerTransition,
  fmt,
  prepareRounds,
  type Load,
  type Tokens,
} from './transition-rounds';

const ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CONCURRENCY = [8, 32];

/** Before the rounds, so that they measure code V8 has already optimised. */
const WARM_UP: Load = { clients: 8, seconds: 3 };

async function main(): Promise<void> {
  const postgres = await benchPostgres('aloite_bench');
  let api = await startApi(postgres.url);
  const firstStart = api.coldStartMs;
  await api.stop();
  api = await startApi(postgres.url);
  const { tokens, bodies, ceilingIds, municipalityId } = await prepareRounds(
    api.baseUrl,
    postgres.url,
    Math.max(...CONCURRENCY),
  );

  try {
    await run(
      api,
      postgres.url,
      tokens,
      bodies,
      ceilingIds,
      municipalityId,
      firstStart,
      postgres.pid() as number,
    );
  } finally {
    await api.stop();
    await postgres.stop();
    postgres.remove();
  }
}

async function run(
  api: Awaited<ReturnType<typeof startApi>>,
  url: string,
  tokens: Tokens,
  bodies: Record<string, string>,
  ceilingIds: string[],
  municipalityId: string,
  firstStart: number,
  postmaster: number,
): Promise<void> {
  process.stdout.write(
    `\nTransitions benchmark: ${SECONDS} s per run, ${ROUNDS} rounds, API and PostgreSQL on the same ${require('node:os').cpus().length} cores\n`,
  );
  process.stdout.write(
    `cold start to healthy: first start (migrations, demo data) ${firstStart} ms, restart ${api.coldStartMs} ms\n\n`,
  );
  const pids = { apis: [api.child.pid as number], postmaster };
  await apiRound([api.baseUrl], tokens, bodies, WARM_UP, pids);
  await ceilingRound(url, ceilingIds, municipalityId, WARM_UP, postmaster);
  for (const clients of CONCURRENCY) {
    const load = { clients, seconds: SECONDS };
    const ratios: number[] = [];
    const apiP99: number[] = [];
    const ceilingP99: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const { result: viaApi, cpu: apiCpu } = await apiRound([api.baseUrl], tokens, bodies, load, pids);
      const { result: ceiling, cpu: ceilingCpu } = await ceilingRound(
        url,
        ceilingIds,
        municipalityId,
        load,
        postmaster,
      );
      const a = summary(viaApi.latencies);
      const c = summary(ceiling.latencies);
      ratios.push(viaApi.transitionsPerSecond / ceiling.transitionsPerSecond);
      apiP99.push(a.p99);
      ceilingP99.push(c.p99);
      process.stdout.write(
        `${String(clients).padStart(2)} clients, round ${round}: API ${fmt(viaApi.transitionsPerSecond)} tr/s p50 ${fmt(a.p50)} p95 ${fmt(a.p95)} p99 ${fmt(a.p99)} ms | ` +
          `ceiling ${fmt(ceiling.transitionsPerSecond)} tr/s p50 ${fmt(c.p50)} p95 ${fmt(c.p95)} p99 ${fmt(c.p99)} ms | ratio ${(100 * (ratios[ratios.length - 1] as number)).toFixed(1)} %\n` +
          `    CPU per transition: API ${cpuPerTransition(apiCpu, viaApi)} | ceiling ${cpuPerTransition(ceilingCpu, ceiling)}\n`,
      );
    }
    process.stdout.write(
      `${String(clients).padStart(2)} clients: median ratio API / ceiling ${(100 * median(ratios)).toFixed(1)} %, ` +
        `median p99 API ${median(apiP99).toFixed(1)} ms vs ceiling ${median(ceilingP99).toFixed(1)} ms (${(median(apiP99) / median(ceilingP99)).toFixed(1)}×)\n\n`,
    );
  }
  process.stdout.write(`API resident memory after the runs: ${api.residentMb().toFixed(0)} MB\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
