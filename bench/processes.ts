// Issue 22: an API process's resident memory at rest and after load, its cold start to ready on a database already
// migrated, and transitions/s with 1 and with 3 API processes on one database against the same ceiling, in the same
// run (the ratio API / ceiling must not fall with more processes). The three run on their own ports, as `npm
// start` runs each; the clients are spread over them round-robin, as a load balancer would.
import { cpus } from 'node:os';
import { benchPostgres, median, READY_PATH, startApi, type RunningApi } from './harness';
import {
  apiRound,
  ceilingRound,
  cpuPerTransition,
  prepareRounds,
  roundFigures,
  type Load,
} from './transition-rounds';

const PROCESSES = 3;
const ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
/** A multiple of PROCESSES, so that each process gets as many clients. */
const CLIENTS = 24;
/** Before the rounds, so that they measure code V8 has already optimised, in every process. */
const WARM_UP: Load = { clients: CLIENTS, seconds: 3 };
/** How long a started API is left alone before its memory "at rest" is read. */
const REST_MS = 5_000;

const megabytes = (apis: RunningApi[]) => apis.map((api) => `${api.residentMb().toFixed(0)} MB`).join(', ');
const percent = (ratio: number) => `${(100 * ratio).toFixed(1)} %`;

async function main(): Promise<void> {
  const postgres = await benchPostgres('aloite_bench_processes');
  // The first start migrates and loads the demo data; the ones measured start on the migrated database.
  await (await startApi(postgres.url)).stop();
  const apis: RunningApi[] = [];
  try {
    for (let started = 0; started < PROCESSES; started++) apis.push(await startApi(postgres.url));
    await new Promise((resolve) => setTimeout(resolve, REST_MS));
    process.stdout.write(
      `\nAPI processes: ${SECONDS} s per run, ${ROUNDS} rounds, ${CLIENTS} clients, ${PROCESSES} processes, API and PostgreSQL on the same ${cpus().length} cores\n` +
        `cold start to ready (spawn of the built API on a migrated database until ${READY_PATH} answers): ${apis.map((api) => `${api.coldStartMs} ms`).join(', ')}\n` +
        `resident memory at rest: ${megabytes(apis)}\n\n`,
    );
    await run(apis, postgres.url, postgres.pid() as number);
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await postgres.stop();
    postgres.remove();
  }
}

async function run(apis: RunningApi[], databaseUrl: string, postmaster: number): Promise<void> {
  const [first] = apis as [RunningApi];
  const { tokens, bodies, ceilingIds, municipalityId } = await prepareRounds(
    first.baseUrl,
    databaseUrl,
    CLIENTS,
  );
  const one = { urls: [first.baseUrl], pids: { apis: [first.child.pid as number], postmaster } };
  const all = {
    urls: apis.map((api) => api.baseUrl),
    pids: { apis: apis.map((api) => api.child.pid as number), postmaster },
  };
  const ceiling = (load: Load) => ceilingRound(databaseUrl, ceilingIds, municipalityId, load, postmaster);
  await apiRound(all.urls, tokens, bodies, WARM_UP, all.pids);
  await ceiling(WARM_UP);
  const load = { clients: CLIENTS, seconds: SECONDS };
  const ratios = { one: [] as number[], all: [] as number[] };
  for (let round = 1; round <= ROUNDS; round++) {
    const { result: viaOne, cpu: oneCpu } = await apiRound(one.urls, tokens, bodies, load, one.pids);
    const { result: viaAll, cpu: allCpu } = await apiRound(all.urls, tokens, bodies, load, all.pids);
    const { result: direct, cpu: directCpu } = await ceiling(load);
    ratios.one.push(viaOne.transitionsPerSecond / direct.transitionsPerSecond);
    ratios.all.push(viaAll.transitionsPerSecond / direct.transitionsPerSecond);
    process.stdout.write(
      `round ${round}: 1 process ${roundFigures(viaOne)} | ${PROCESSES} processes ${roundFigures(viaAll)} | ceiling ${roundFigures(direct)}\n` +
        `    ratio API / ceiling: 1 process ${percent(ratios.one[round - 1] as number)}, ${PROCESSES} processes ${percent(ratios.all[round - 1] as number)}\n` +
        `    CPU per transition: 1 process ${cpuPerTransition(oneCpu, viaOne)} | ${PROCESSES} processes ${cpuPerTransition(allCpu, viaAll)} | ceiling ${cpuPerTransition(directCpu, direct)}\n`,
    );
  }
  const withOne = median(ratios.one);
  const withAll = median(ratios.all);
  process.stdout.write(
    `median ratio API / ceiling: 1 process ${percent(withOne)}, ${PROCESSES} processes ${percent(withAll)}: ` +
      (withAll >= withOne
        ? `does not fall with ${PROCESSES} processes\n`
        : `FALLS with ${PROCESSES} processes (by ${(100 * (withOne - withAll)).toFixed(1)} points)\n`) +
      `resident memory after the runs: ${megabytes(apis)} (the first process also served the 1-process rounds)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
