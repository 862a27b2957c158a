import { lintPlantedFiles } from './lint-planted';

// Production code never imports a `testing` entry point; the demo data has its own (`@aloite/domain/demo`).
const importing = (module: string) =>
  `import * as helpers from '${module}';\nexport const value = helpers;\n`;
const refusal = expect.stringContaining('Test helpers stay out of production code');

describe('test helpers stay out of production code', () => {
  it('refuses a testing entry point in the API, persistence and the web app; accepts demo data and test code', () => {
    // One ESLint run for all fixtures: each run type-checks the workspace.
    const errors = lintPlantedFiles({
      'apps/api/src/planted-testing.lint-fixture.ts': importing('@aloite/domain/testing'),
      'libs/initiatives/persistence/src/lib/planted-testing.lint-fixture.ts':
        importing('@aloite/domain/testing'),
      'apps/web/src/planted-testing.lint-fixture.ts': importing('@aloite/domain/testing'),
      'apps/api/src/planted-demo.lint-fixture.ts': importing('@aloite/domain/demo'),
      'apps/api/src/specs/planted-testing.lint-fixture.ts': importing('@aloite/domain/testing'),
    });
    expect(errors).toEqual({
      'apps/api/src/planted-testing.lint-fixture.ts': [refusal],
      'libs/initiatives/persistence/src/lib/planted-testing.lint-fixture.ts': [refusal],
      'apps/web/src/planted-testing.lint-fixture.ts': [refusal],
      'apps/api/src/planted-demo.lint-fixture.ts': [],
      'apps/api/src/specs/planted-testing.lint-fixture.ts': [],
    });
  }, 120_000);
});
