import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// What the pure domain may never import: frameworks, persistence, validation, and Node itself.
const FORBIDDEN_IN_DOMAIN = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-*',
  'class-validator',
  'class-transformer',
  'react',
  'react-dom',
];

// The API reaches PostgreSQL through persistence's stores only; the wiring below opens the data source and provides
// the stores.
const DATABASE_WIRING = ['apps/api/src/database.ts', 'apps/api/src/database.module.ts'];
const THROUGH_PERSISTENCE =
  'The API reaches the database through @aloite/persistence’s stores (CONTRIBUTING).';
const ORM_IMPORTS = [{ group: ['typeorm', 'typeorm/*'], message: THROUGH_PERSISTENCE }];
const DRIVER_IMPORTS = [{ group: ['pg', 'pg-*'], message: THROUGH_PERSISTENCE }];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/coverage',
      '.nx',
      'tmp',
      '.data',
      '.stryker-tmp',
      'reports',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              // fast-check: the domain's property tests only; the import pattern below keeps it out of the rest.
              allowedExternalImports: ['xstate', 'xstate/graph', 'fast-check'],
              bannedExternalImports: FORBIDDEN_IN_DOMAIN,
            },
            { sourceTag: 'type:persistence', onlyDependOnLibsWithTags: ['type:domain', 'type:persistence'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:persistence'] },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:domain', 'type:persistence'] },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:domain', 'type:persistence', 'type:app'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Production code never runs test helpers: the demo data has its own entry point (`@aloite/domain/demo`).
    // The typescript-eslint twin of the rule, so the blocks below that set `no-restricted-imports` do not replace it.
    files: ['apps/*/src/**/*.ts', 'apps/*/src/**/*.tsx', 'libs/**/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**', '**/specs/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@aloite/[^/]+/testing(/|$)',
              message: 'Test helpers stay out of production code; demo data comes from @aloite/domain/demo.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: besides relative imports, only xstate. Node built-ins are not "external" to Nx, so this
    // second rule closes that gap.
    files: ['libs/initiatives/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!xstate(/graph)?$|\\.)',
              message: 'The domain imports nothing but xstate (architecture.md: the domain is pure).',
            },
          ],
        },
      ],
    },
  },
  {
    // The property tests and their generators use fast-check; still nothing else, and never in the domain itself.
    files: [
      'libs/initiatives/domain/src/model/**/*.ts',
      'libs/initiatives/domain/src/testing/**/*.ts',
      'libs/initiatives/domain/src/**/*.spec.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!xstate(/graph)?$|fast-check$|\\.)',
              message: 'The domain imports nothing but xstate (architecture.md: the domain is pure).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: DATABASE_WIRING,
    rules: { 'no-restricted-imports': ['error', { patterns: [...ORM_IMPORTS, ...DRIVER_IMPORTS] }] },
  },
  {
    // Specs may check the database with a client of their own, as an oracle independent of the API; never the ORM.
    files: ['apps/api/src/specs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ORM_IMPORTS }] },
  },
  {
    // The browser takes the domain's names and value lists, never its engine: the server decides every transition.
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@aloite/domain',
              allowTypeImports: true,
              message: 'Import values from @aloite/domain/vocabulary; the engine stays on the server.',
            },
          ],
        },
      ],
    },
  },
];
