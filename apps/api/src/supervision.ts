/** What the supervisor of `npm start` and the API process it runs tell each other. */

/** The API's database URL, handed from the supervisor (which prepared the database) to the API process. */
export const RUNTIME_DATABASE_URL_ENV = 'ALOITE_RUNTIME_DATABASE_URL';

/** Which of the supervisor's API processes this is, 1 to API_PROCESSES; set only when there are several. */
export const API_PROCESS_ENV = 'ALOITE_API_PROCESS';

/** More processes than this would only make PostgreSQL's connections and the cores take turns. */
const MAX_API_PROCESSES = 32;

/** API_PROCESSES: how many API processes `npm start` runs on the one port (1 unless set). */
export function apiProcessesFrom(env: NodeJS.ProcessEnv): number {
  const value = env['API_PROCESSES'];
  if (value === undefined || value === '') return 1;
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (count >= 1 && count <= MAX_API_PROCESSES) return count;
  throw new Error(
    `API_PROCESSES must be a whole number of API processes from 1 to ${MAX_API_PROCESSES}, e.g. 3 (it is "${value}")`,
  );
}

/** Old space for the API process: V8 collects instead of growing (about 150 MB resident at rest). */
const API_HEAP_MB = 256;
/**
 * New space, per half: Node 20's bound. Node 24's V8 lets it grow to 64 MB, three times over, which raised an API
 * process's resident memory by some 150 MB at rest and under anonymous downloads.
 */
export const API_SEMI_SPACE_MB = 16;
/** The V8 limits every API process runs under: npm start's processes, the image's, the tests' and the benches'. */
export const API_HEAP_FLAGS = [
  `--max-old-space-size=${API_HEAP_MB}`,
  `--max-semi-space-size=${API_SEMI_SPACE_MB}`,
];

/** The API's exit code for a failure that a restart would only repeat (sysexits' EX_CONFIG). */
export const EXIT_DO_NOT_RESTART = 78;

/** How long the API may take to answer its requests in flight and stop before the supervisor kills it. */
export const STOP_GRACE_MS = 30_000;

export type WorkerMessage = { type: 'listening' };

/** A crash before the API listens, or this soon after, counts as immediate: the next restart waits longer. */
export const IMMEDIATE_CRASH_MS = 10_000;
/** After this many immediate crashes in a row the supervisor gives up. */
export const MAX_IMMEDIATE_CRASHES = 5;

/** How long to wait before the next start: at once after a crash of a long run, doubling after immediate ones. */
export function restartDelayMs(immediateCrashesInARow: number): number {
  return immediateCrashesInARow === 0 ? 100 : Math.min(500 * 2 ** (immediateCrashesInARow - 1), 8_000);
}
