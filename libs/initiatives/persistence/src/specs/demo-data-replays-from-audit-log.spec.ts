import {
  MACHINE_VERSION,
  TEMPLATES,
  start,
  step,
  toStored,
  type InitiativeEvent,
  type InitiativeFacts,
} from '@aloite/domain';
import { seedDemoData } from '../lib/demo-data';
import { InitiativeStore } from '../lib/initiative-store';
import { openTestDatabase, type TestDatabase } from '../testing';

describe('demo data', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('loads Kajaani with §§ 16 and 17 awaiting the subcommittee, once', async () => {
    const seeded = await seedDemoData(database.dataSource);
    expect(seeded).not.toBeNull();
    expect(await seedDemoData(database.dataSource)).toBeNull();
    const rows = await database.dataSource.query(
      `SELECT diary_number, state, version FROM initiative WHERE diary_number IN ('KAJDno-2026-577', 'KAJDno-2026-726') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { diary_number: 'KAJDno-2026-577', state: 'awaitingStatements', version: 3 },
      { diary_number: 'KAJDno-2026-726', state: 'awaitingStatements', version: 3 },
    ]);
    const states = await database.dataSource.query(`SELECT DISTINCT state FROM initiative ORDER BY 1`);
    expect(states.map((row: { state: string }) => row.state)).toEqual([
      'awaitingStatements',
      'boardPreparation',
      'closed',
      'councilConsideration',
      'registered',
      'withdrawn',
    ]);
  });

  it('replays every audit log from start to exactly the stored state and context', async () => {
    const store = new InitiativeStore(database.dataSource);
    const initiatives = (await database.dataSource.query(
      `SELECT id, municipality_id AS "municipalityId", state, context, version, machine_version AS "machineVersion" FROM initiative`,
    )) as {
      id: string;
      municipalityId: string;
      state: string;
      context: unknown;
      version: number;
      machineVersion: number;
    }[];
    expect(initiatives.length).toBeGreaterThanOrEqual(8);
    for (const initiative of initiatives) {
      const [filing, ...events] = await store.auditLog(initiative.municipalityId, initiative.id);
      expect(filing?.type).toBe('FILE');
      let stored = toStored(start((filing?.payload as { facts: InitiativeFacts }).facts, TEMPLATES.kajaani));
      for (const entry of events) {
        const result = step(stored, entry.payload as unknown as InitiativeEvent, TEMPLATES.kajaani);
        if (!result.ok) throw new Error(`replay refused ${entry.type}`);
        expect(entry.toState).toBe(result.next.state);
        stored = result.next;
      }
      expect(stored).toEqual({ state: initiative.state, context: initiative.context });
      expect(initiative.version).toBe(events.length + 1);
      expect(initiative.machineVersion).toBe(MACHINE_VERSION);
    }
  });
});
