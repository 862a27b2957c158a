import { seedDemoData, type DemoSeedResult } from '../lib/demo-data';
import { InitiativeStore } from '../lib/initiative-store';
import { byTheRules, openTestDatabase, tabledByTheBoard, type TestDatabase } from '../testing';

// The API makes each store once, but tools and tests make their own: stores on one database share one memory of
// the initiatives unless given another, or each keeps its own bound's worth, and a write through one leaves the
// others deciding on a stale version.

describe('stores on one database', () => {
  let database: TestDatabase;
  let demo: DemoSeedResult;
  let storeA: InitiativeStore;
  let storeB: InitiativeStore;

  beforeAll(async () => {
    database = await openTestDatabase();
    demo = (await seedDemoData(database.dataSource)) as DemoSeedResult;
    storeA = new InitiativeStore(database.dataSource);
    storeB = new InitiativeStore(database.dataSource);
  });
  afterAll(() => database.close());

  async function inBoardPreparation(): Promise<string[]> {
    const rows = (await database.dataSource.query(
      `SELECT id FROM initiative WHERE state = 'boardPreparation' AND municipality_id = $1 ORDER BY id`,
      [demo.municipalityId],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Transitions through `store`, returning the versions the event was decided on. */
  async function versionsDecidedOn(store: InitiativeStore, id: string, section: number): Promise<number[]> {
    const versions: number[] = [];
    await store.transition(demo.municipalityId, id, null, 'test', (current, bodies) => {
      versions.push(current.version);
      return byTheRules(tabledByTheBoard(demo.bodyIds.board, section))(current, bodies);
    });
    return versions;
  }

  it('decide on what the other wrote, without a wasted attempt', async () => {
    const [id] = (await inBoardPreparation()) as [string];
    const seen = (await storeB.find(demo.municipalityId, id))?.version as number;
    await storeA.transition(
      demo.municipalityId,
      id,
      null,
      'test',
      byTheRules(tabledByTheBoard(demo.bodyIds.board, 2)),
    );
    expect(await versionsDecidedOn(storeB, id, 3)).toEqual([seen + 1]);
  });

  it('after a decision on several through one, the other decides on the current versions', async () => {
    const ids = await inBoardPreparation();
    expect(ids.length).toBeGreaterThan(0);
    const seen = await Promise.all(ids.map((id) => storeB.find(demo.municipalityId, id)));
    const written = await storeA.transitionAll(
      demo.municipalityId,
      ids.map((id) => ({ id, decide: byTheRules(tabledByTheBoard(demo.bodyIds.board, 4)) })),
      'test',
    );
    expect(written).toEqual(ids.map((id) => ({ id, state: 'boardPreparation' })));
    for (const [index, id] of ids.entries()) {
      expect(await versionsDecidedOn(storeB, id, 5)).toEqual([(seen[index]?.version as number) + 1]);
    }
  });
});
