import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Plants a file with forbidden imports inside the domain lib and lints it with the workspace config: the
// boundary must be enforced by lint, so this fails if the rule is ever weakened or silently skipped.
const root = join(__dirname, '..');
const planted = join(root, 'libs/initiatives/domain/src/lib/planted-import.lint-fixture.ts');

interface LintResult {
  messages: { severity: number; message: string }[];
}

/** ESLint's CLI in its own process, exactly as `nx lint` runs it. */
function lintPlanted(source: string): string[] {
  writeFileSync(planted, source);
  try {
    const run = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--format', 'json', planted], {
      cwd: root,
      encoding: 'utf8',
    });
    const [result] = JSON.parse(run.stdout) as LintResult[];
    return (result?.messages ?? [])
      .filter((message) => message.severity === 2)
      .map((message) => message.message);
  } finally {
    rmSync(planted, { force: true });
  }
}

describe('the domain import boundary', () => {
  beforeAll(() => {
    // The Nx rule skips itself without a cached project graph; compute one, as `nx lint` would.
    execFileSync(join(root, 'node_modules/.bin/nx'), ['show', 'projects'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false' },
    });
  }, 60_000);

  it.each(['@nestjs/common', 'typeorm', 'pg', 'class-validator'])(
    'refuses an import of %s through both the Nx boundary and the import pattern',
    (module) => {
      const errors = lintPlanted(
        `import * as forbidden from '${module}';\nexport const value = forbidden;\n`,
      );
      expect(errors).toEqual([
        `A project tagged with "type:domain" is not allowed to import "${module}"`,
        expect.stringContaining('The domain imports nothing but xstate'),
      ]);
    },
    60_000,
  );

  it('refuses a Node built-in', () => {
    const errors = lintPlanted(
      `import { readFileSync } from 'node:fs';\nexport const value = readFileSync;\n`,
    );
    expect(errors).toEqual([expect.stringContaining('The domain imports nothing but xstate')]);
  }, 60_000);

  it('accepts xstate', () => {
    expect(lintPlanted(`import { setup } from 'xstate';\nexport const value = setup;\n`)).toEqual([]);
  }, 60_000);
});
