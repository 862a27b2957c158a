import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the limits npm start gives the API, not a copy of them
import { API_HEAP_FLAGS } from '../apps/api/src/supervision';

// The image and the compose file as the README's deployment section describes them (issue 22). No Docker engine
// runs here: the compose file is validated by docker-compose (.ci/run installs it), the Dockerfile read.

const ROOT = join(__dirname, '..');
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');

/** Where tools/build-api.cjs puts a source file of the API: the path the image runs with plain node. */
const built = (source: string) => `dist/apps/api/${source.replace(/\.ts$/, '.js')}`;
const MAIN = 'apps/api/src/main.ts';
const MIGRATE = 'apps/api/src/cli/migrate.ts';

const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

function composeCli(): string | null {
  for (const directory of (process.env.PATH ?? '').split(':')) {
    if (existsSync(join(directory, 'docker-compose'))) return join(directory, 'docker-compose');
  }
  return null;
}

describe('the production image', () => {
  it('builds in one stage and runs, in another, the compiled build on production packages only', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(runtimeStage).toMatch(/^RUN npm install --omit=dev\b/m);
    // Nothing from the sources: only the builds, copied from the build stage.
    const copies = [...runtimeStage.matchAll(/^COPY (.*)$/gm)].map((match) => match[1]);
    expect(copies).toEqual([
      'package.json package-lock.json ./',
      '--from=build /app/dist/apps/api dist/apps/api',
      '--from=build /app/dist/apps/web dist/apps/web',
    ]);
    expect(runtimeStage).toMatch(/^USER node$/m);
    // The API runs under the same V8 limits as under npm start.
    expect(runtimeStage).toContain(`ENV NODE_OPTIONS="${API_HEAP_FLAGS.join(' ')}"`);
    expect(runtimeStage).toMatch(/^ENV .*\bMIGRATIONS=wait\b/m);
    expect(runtimeStage).toMatch(/^HEALTHCHECK [\s\S]*\/api\/health\/live/m);
    expect(runtimeStage).toContain(`CMD ["node", "${built(MAIN)}"]`);
    for (const source of [MAIN, MIGRATE]) expect(existsSync(join(ROOT, source))).toBe(true);
  });

  it('is started by compose after PostgreSQL and a one-shot migrate service that must succeed', () => {
    const service = (name: string) => compose.slice(compose.indexOf(`\n  ${name}:`) + 1).split(/\n {2}\S/)[0];
    expect(service('migrate')).toContain(`command: ['node', '${built(MIGRATE)}']`);
    expect(service('migrate')).toMatch(/DEMO_DATA: 'true'/);
    expect(service('api')).toMatch(/depends_on:\s+migrate:\s+condition: service_completed_successfully/);
    expect(service('api')).toMatch(/MIGRATIONS: wait/);
    expect(service('api')).toContain('/api/health/ready');
  });

  // .ci/run installs docker-compose, so CI always checks; a developer's machine without it skips this one.
  const cli = composeCli();
  (cli || process.env['CI'] ? it : it.skip)('has a compose file that docker-compose accepts', () => {
    if (!cli) throw new Error('docker-compose is not installed (.ci/run installs it)');
    expect(() => execFileSync(cli, ['config', '-q'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
    const services = execFileSync(cli, ['config', '--services'], { cwd: ROOT, encoding: 'utf8' });
    expect(services.trim().split('\n').sort()).toEqual(['api', 'migrate', 'postgres']);
  });
});
