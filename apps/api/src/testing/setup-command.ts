import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** `npm run setup` as an operator runs it, on the database `env` names; its exit code and everything it printed. */
export function runSetup(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return runScript('setup', args, env);
}

/** `npm run <script>` as an operator runs it: its exit code and everything it printed. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env } as Record<string, string>,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}
