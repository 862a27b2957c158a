import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { lintPlanted as lintPlantedAt, workspaceRoot as root } from './lint-planted';

// Plants a file with forbidden imports inside the domain lib and lints it with the workspace config: the
// boundary must be enforced by lint, so this fails if the rule is ever weakened or silently skipped.
const planted = 'libs/initiatives/domain/src/lib/planted-import.lint-fixture.ts';
const lintPlanted = (source: string) => lintPlantedAt({ [planted]: source }).get(planted);

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
