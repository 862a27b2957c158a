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
  // A run-wide option: the projects' own setting applies only when a project runs alone. Browser stories and
  // argon2 sign-ins on a busy 2-core machine need more than Jest's 5 s.
  testTimeout: 60_000,
};
