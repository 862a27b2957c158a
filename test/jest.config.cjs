module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  globalSetup: '<rootDir>/web/global-setup.ts',
  globalTeardown: '<rootDir>/../libs/initiatives/persistence/src/testing/global-teardown.ts',
};
