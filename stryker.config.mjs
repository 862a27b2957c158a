// Mutation testing of the domain library (`npm run mutation`): a measurement like the benchmarks, not part of CI.
// The sandbox (.stryker-tmp) and the reports (reports/mutation) are git-ignored.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'libs/initiatives/domain/jest.config.cjs',
    // The model-based spec walks every simple path of the machine while Jest collects tests: Stryker then counts
    // every mutant it touches as "static" and runs the whole suite for each, which took the run from minutes to
    // hours. The lifecycle oracle (model/lifecycle-oracle.spec.ts) checks the same table inside its tests.
    config: {
      testPathIgnorePatterns: ['/node_modules/', '/model-based-paths\\.spec\\.ts$'],
      setupFiles: ['<rootDir>/../../../tools/stryker-jest-setup.cjs'],
    },
  },
  coverageAnalysis: 'perTest',
  // Mutants of code that runs when a module loads (rule-pack data, value lists, the machine's definition) need the
  // whole suite each: on this machine that is hours. `npm run mutation -- --ignoreStatic false` measures them too.
  ignoreStatic: true,
  mutate: [
    'libs/initiatives/domain/src/lib/**/*.ts',
    // Draws the README's state diagram from the machine: a documentation tool, checked by
    // tools/readme-state-diagram.spec.ts, not a rule of the domain.
    '!libs/initiatives/domain/src/lib/diagram.ts',
  ],
  // The sandbox needs only the domain and the root files its Jest config reads, not the whole workspace.
  ignorePatterns: [
    '/*',
    '!/package.json',
    '!/jest.preset.cjs',
    '!/tsconfig.base.json',
    '!/tools',
    '/tools/*',
    '!/tools/stryker-jest-setup.cjs',
    '!/libs',
    '/libs/*',
    '!/libs/initiatives',
    '/libs/initiatives/*',
    '!/libs/initiatives/domain',
  ],
  // Two cores shared with other work. The domain has no loop a mutant could make endless, so a slow run is a busy
  // machine, not a hung mutant: a generous timeout keeps load from counting as a detected mutant.
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json', 'domain-summary'],
  appendPlugins: ['./tools/mutation-summary-reporter.mjs'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: null },
  cleanTempDir: 'always',
  // A whole run takes well over an hour on two cores; later runs re-test only the mutants whose code or covering
  // tests changed since the last one (`npm run mutation -- --force` re-tests everything).
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
};
