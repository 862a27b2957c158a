export * from '../demo';
export * from './scenario';
export * from './exploration';
