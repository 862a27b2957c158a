import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@aloite/persistence/testing';

export const ROOT = join(__dirname, '..', '..');

export interface RunningProduct {
  process: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Ctrl-C in a terminal: SIGINT to the whole process group (npm, the shell, Node and PostgreSQL). */
  interrupt(): void;
}

/** Starts the product exactly as the README says (`npm start`), with its own port and data folder. */
/** A fresh data folder and free ports for one `npm start`: its environment and the address it will serve. */
export async function freshInstallation(
  prefix: string,
): Promise<{ dataDir: string; env: Record<string, string>; baseUrl: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  // Reachable by the `postgres` user the embedded server runs as under root.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env = {
    PORT: String(port),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    ALOITE_DATA_DIR: dataDir,
  };
  return { dataDir, env, baseUrl: `http://127.0.0.1:${port}` };
}

/** Ctrl-C to a product still running, and its end awaited. */
export async function interruptIfRunning(running: RunningProduct | null): Promise<void> {
  if (!running || running.process.exitCode !== null) return;
  running.interrupt();
  await running.exited;
}

export function startProduct(env: Record<string, string>): RunningProduct {
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...withoutDatabaseUrl(process.env), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    process: child,
    output: () => output,
    exited,
    interrupt: () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
      } catch (error) {
        // The group has already gone: nothing left to stop.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    },
  };
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key !== 'DATABASE_URL' && value !== undefined),
  ) as Record<string, string>;
}

/** After Ctrl-C, npm may leave before its children: done means PostgreSQL's pid file and the HTTP port are gone. */
export async function waitForCleanStop(baseUrl: string, pidFile: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const listening = await fetch(`${baseUrl}/api/health`).then(
      () => true,
      () => false,
    );
    if (!listening && !existsSync(pidFile)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the product did not stop cleanly');
}

export async function waitForHealth(
  baseUrl: string,
  product: RunningProduct,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (product.process.exitCode !== null) throw new Error(`the product exited:\n${product.output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the product did not become healthy:\n${product.output()}`);
}

/** The product's last words can reach the pipe after its port and pid file are gone: wait for them a moment. */
export async function waitForOutput(
  product: RunningProduct,
  text: string,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!product.output().includes(text) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return product.output();
}
