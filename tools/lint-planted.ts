import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Lint rules are proven by planting a file that breaks them and linting it with the workspace config.
export const root = join(__dirname, '..');

interface LintResult {
  messages: { severity: number; message: string }[];
}

/** The Nx boundary rule skips itself without a cached project graph; compute one, as `nx lint` would. */
export function computeProjectGraph(): void {
  execFileSync(join(root, 'node_modules/.bin/nx'), ['show', 'projects'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
  });
}

interface LintFileResult extends LintResult {
  filePath: string;
}

/**
 * Writes each source at its path (relative to the workspace), lints them and the `existing` files all in one run of
 * ESLint's CLI in its own process, exactly as `nx lint` runs it, and removes them: each path's errors.
 */
export function lintPlantedFiles(
  files: Record<string, string>,
  existing: string[] = [],
): Record<string, string[]> {
  const planted = Object.keys(files);
  const paths = [...planted, ...existing];
  for (const path of planted) writeFileSync(join(root, path), files[path]);
  try {
    const run = spawnSync(
      join(root, 'node_modules/.bin/eslint'),
      ['--format', 'json', ...paths.map((path) => join(root, path))],
      { cwd: root, encoding: 'utf8' },
    );
    const results = JSON.parse(run.stdout) as LintFileResult[];
    return Object.fromEntries(
      paths.map((path) => [
        path,
        (results.find((result) => result.filePath === join(root, path))?.messages ?? [])
          .filter((message) => message.severity === 2)
          .map((message) => message.message),
      ]),
    );
  } finally {
    for (const path of planted) rmSync(join(root, path), { force: true });
  }
}

/** `lintPlantedFiles` for one file. */
export function lintPlanted(path: string, source: string): string[] {
  return lintPlantedFiles({ [path]: source })[path];
}
