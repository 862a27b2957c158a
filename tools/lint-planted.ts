import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const workspaceRoot = join(__dirname, '..');

interface LintResult {
  filePath: string;
  messages: { severity: number; message: string }[];
}

/** The errors ESLint's CLI reports for each file (relative to the workspace), in one process, as `nx lint` runs it. */
export function lintErrors(files: string[]): Map<string, string[]> {
  const run = spawnSync(join(workspaceRoot, 'node_modules/.bin/eslint'), ['--format', 'json', ...files], {
    cwd: workspaceRoot,
    encoding: 'utf8',
  });
  const results = JSON.parse(run.stdout) as LintResult[];
  return new Map(
    files.map((file) => {
      const result = results.find((candidate) => candidate.filePath === join(workspaceRoot, file));
      const errors = (result?.messages ?? []).filter((message) => message.severity === 2);
      return [file, errors.map((message) => message.message)];
    }),
  );
}

/** Plants each source at its path, lints them (and `existing` files) with the workspace config, removes them. */
export function lintPlanted(
  fixtures: Record<string, string>,
  existing: string[] = [],
): Map<string, string[]> {
  const paths = Object.keys(fixtures);
  try {
    for (const path of paths) writeFileSync(join(workspaceRoot, path), fixtures[path] as string);
    return lintErrors([...paths, ...existing]);
  } finally {
    for (const path of paths) rmSync(join(workspaceRoot, path), { force: true });
  }
}
