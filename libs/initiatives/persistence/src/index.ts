export * from './lib/entities';
export * from './lib/errors';
export * from './lib/records';
export * from './lib/data-source';
export * from './lib/embedded-postgres';
export * from './lib/initiative-store';
export * from './lib/initiative-query';
export * from './lib/demo-data';
