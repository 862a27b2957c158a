export * from './test-database';
export * from './seeded-store';
export { freePort } from './global-setup';
export * from './transitions';
export * from './filings';
export * from './documents';
