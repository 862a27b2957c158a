export * from './kajaani-seed';
export * from './scenario';
