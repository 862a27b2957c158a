// `npm test` runs every project's suite in one Jest run, so one summary covers the whole product.
module.exports = {
  projects: [
    '<rootDir>/libs/initiatives/domain',
    '<rootDir>/libs/initiatives/persistence',
    '<rootDir>/apps/api',
    '<rootDir>/test',
    '<rootDir>/tools',
  ],
  reporters: ['default', '<rootDir>/tools/jest-summary-reporter.cjs'],
};
