/** What the supervisor of `npm start` and the API process it runs tell each other. */

/** The API's database URL, handed from the supervisor (which prepared the database) to the API process. */
export const RUNTIME_DATABASE_URL_ENV = 'ALOITE_RUNTIME_DATABASE_URL';

/** Old space for the API process: V8 collects instead of growing (about 150 MB resident at rest). */
export const API_HEAP_MB = 256;

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
