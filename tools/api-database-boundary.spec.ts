import { lintPlantedFiles } from './lint-planted';

// Plants imports of the ORM and the driver inside the API and lints them with the workspace config: the API
// reaches PostgreSQL through persistence's stores only, so this fails if the rule is weakened or skipped. All
// fixtures are linted in one ESLint process: each start costs seconds.
const REFUSED = 'The API reaches the database through @aloite/persistence’s stores (CONTRIBUTING).';
const importOf = (module: string) => `import * as planted from '${module}';\nexport const value = planted;\n`;
const fixture = (folder: string, name: string) => `apps/api/src/${folder}/planted-${name}.lint-fixture.ts`;

const FORBIDDEN_IN_THE_API = ['typeorm', 'typeorm/driver/postgres/PostgresDriver', 'pg', 'pg-boss'];
const ORM_TYPE = fixture('initiatives', 'orm-type');
const PERSISTENCE = fixture('initiatives', 'persistence');
const DRIVER_IN_A_SPEC = fixture('specs', 'driver');
const ORM_IN_A_SPEC = fixture('specs', 'orm');
const WIRING = ['apps/api/src/database.ts', 'apps/api/src/database.module.ts'];

describe('the API’s way into the database', () => {
  let errors: Record<string, string[]>;
  const errorsOf = (file: string) => errors[file];

  beforeAll(() => {
    // The wiring is linted as it is: it opens the data source and provides the stores.
    errors = lintPlantedFiles(
      {
        ...Object.fromEntries(
          FORBIDDEN_IN_THE_API.map((module, index) => [fixture('initiatives', `${index}`), importOf(module)]),
        ),
        [ORM_TYPE]: `import type { DataSource } from 'typeorm';\nexport type Planted = DataSource;\n`,
        [PERSISTENCE]: importOf('@aloite/persistence'),
        [DRIVER_IN_A_SPEC]: importOf('pg'),
        [ORM_IN_A_SPEC]: importOf('typeorm'),
      },
      WIRING,
    );
  }, 120_000);

  it.each(FORBIDDEN_IN_THE_API.map((module, index) => [module, index]))(
    'refuses an import of %s in the API',
    (_module, index) => {
      expect(errorsOf(fixture('initiatives', `${index}`))).toEqual([expect.stringContaining(REFUSED)]);
    },
  );

  it('refuses a type-only import of the ORM too', () => {
    expect(errorsOf(ORM_TYPE)).toEqual([expect.stringContaining(REFUSED)]);
  });

  it('lets a spec check the database with a client of its own, but never through the ORM', () => {
    expect(errorsOf(DRIVER_IN_A_SPEC)).toEqual([]);
    expect(errorsOf(ORM_IN_A_SPEC)).toEqual([expect.stringContaining(REFUSED)]);
  });

  it('accepts persistence', () => {
    expect(errorsOf(PERSISTENCE)).toEqual([]);
  });

  it.each(WIRING)('accepts the database wiring in %s', (file) => {
    expect(errorsOf(file)).toEqual([]);
  });
});
