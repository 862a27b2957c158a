import { execFile } from 'node:child_process';
import { ROOT } from '../product/running-product';

/** The compiled migrate command, as the image's migrate service runs it (relative to a tree holding dist/). */
export const BUILT_MIGRATE = 'dist/apps/api/apps/api/src/cli/migrate.js';

/** One run of the compiled migrate command as the database's owner: how it ended and what it said. */
export function runMigrate(
  env: Record<string, string>,
  { cwd = ROOT, nodeOptions = [] as string[] } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...nodeOptions, BUILT_MIGRATE],
      { cwd, env: { ...process.env, LOG_LEVEL: 'error', ...env }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}
