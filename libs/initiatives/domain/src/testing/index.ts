export * from '../demo';
export * from './scenario';
export * from './exploration';
export * from './rule-pack-arbitrary';
