export * from './kajaani-seed';
export * from './demo-initiatives';
