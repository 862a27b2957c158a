module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/../../libs/initiatives/persistence/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/initiatives/persistence/src/testing/global-teardown.ts',
};
