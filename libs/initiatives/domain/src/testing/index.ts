export * from './kajaani-seed';
export * from './scenario';
export * from './exploration';
