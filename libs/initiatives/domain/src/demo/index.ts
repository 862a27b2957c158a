export * from './kajaani-seed';
export * from './demo-initiatives';
export * from './demo-meetings';
