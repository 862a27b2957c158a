import { seedDemoData, type DemoSeedResult } from '../lib/demo-data';
import { InitiativeStore } from '../lib/initiative-store';
import { openTestDatabase, type TestDatabase } from './test-database';

/** A fresh database holding the demo data, and a store on it: where most persistence specs start. */
export async function openSeededStore(): Promise<{
  database: TestDatabase;
  demo: DemoSeedResult;
  store: InitiativeStore;
}> {
  const database = await openTestDatabase();
  const demo = await seedDemoData(database.dataSource);
  if (!demo) throw new Error('the test database already had data');
  return { database, demo, store: new InitiativeStore(database.dataSource) };
}
