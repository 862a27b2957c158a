export * from './test-database';
export { freePort } from './global-setup';
export * from './transitions';
export * from './filings';
