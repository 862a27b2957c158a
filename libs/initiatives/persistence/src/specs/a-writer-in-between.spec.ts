import { seedDemoData } from '../lib/demo-data';
import { InitiativeStore } from '../lib/initiative-store';
import { auditSeqs, byTheRules, openTestDatabase, tabledByTheBoard, type TestDatabase } from '../testing';

// A transition reads, decides and then writes only if nobody wrote in between. These tests put a writer in
// between on purpose: the late write must not land on the state it did not see, and the event must be decided
// again on the state that is there now.

describe('a writer in between a transition’s read and its write', () => {
  let database: TestDatabase;
  let store: InitiativeStore;
  let municipalityId: string;
  let boardId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const demo = await seedDemoData(database.dataSource);
    if (!demo) throw new Error('the test database already had data');
    store = new InitiativeStore(database.dataSource);
    municipalityId = demo.municipalityId;
    boardId = demo.bodyIds.board;
  });
  afterAll(() => database.close());

  async function initiativeInBoardPreparation(): Promise<string> {
    const [row] = (await database.dataSource.query(
      `SELECT id FROM initiative WHERE state = 'boardPreparation' ORDER BY id LIMIT 1`,
    )) as { id: string }[];
    if (!row) throw new Error('the demo data has no initiative in board preparation');
    return row.id;
  }

  const tabled = (section: number) => tabledByTheBoard(boardId, section);
  const auditSeqsOf = (id: string) => auditSeqs(database.dataSource, id);

  it('decides again on the newer state and appends after the other writer', async () => {
    const id = await initiativeInBoardPreparation();
    const before = (await store.find(municipalityId, id))?.version as number;
    const versionsDecidedOn: number[] = [];
    const written = await store.transition(municipalityId, id, null, 'late', async (current, bodies) => {
      versionsDecidedOn.push(current.version);
      if (versionsDecidedOn.length === 1) {
        await store.transition(municipalityId, id, null, 'in-between', byTheRules(tabled(2)));
      }
      return byTheRules(tabled(3))(current, bodies);
    });

    expect(versionsDecidedOn).toEqual([before, before + 1]);
    expect(written.version).toBe(before + 2);
    expect(written.handlings.slice(-2).map((handling) => handling.section)).toEqual([2, 3]);
    expect((await auditSeqsOf(id)).slice(-2)).toEqual([before + 1, before + 2]);
    const actors = (await database.dataSource.query(
      `SELECT actor FROM initiative_event WHERE initiative_id = $1 AND seq > $2 ORDER BY seq`,
      [id, before],
    )) as { actor: string }[];
    expect(actors.map((row) => row.actor)).toEqual(['in-between', 'late']);
  });

  it('answers a stale If-Match with STALE_VERSION and writes nothing of its own', async () => {
    const id = await initiativeInBoardPreparation();
    const before = (await store.find(municipalityId, id))?.version as number;
    const attempt = store.transition(municipalityId, id, before, 'late', async (current, bodies) => {
      if (current.version === before) {
        await store.transition(municipalityId, id, null, 'in-between', byTheRules(tabled(4)));
      }
      return byTheRules(tabled(5))(current, bodies);
    });

    await expect(attempt).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect((await auditSeqsOf(id)).at(-1)).toBe(before + 1);
    expect((await store.find(municipalityId, id))?.version).toBe(before + 1);
  });

  it('reads the bodies it was asked about with the state, only the municipality’s own', async () => {
    const id = await initiativeInBoardPreparation();
    const seen: string[][] = [];
    await store.transition(
      municipalityId,
      id,
      null,
      'reader',
      (current, bodies) => {
        seen.push(bodies.map((body) => `${body.kind}:${body.active}`));
        return byTheRules(tabled(6))(current, bodies);
      },
      [boardId, '00000000-0000-4000-8000-000000000000'],
    );
    expect(seen).toEqual([['board:true']]);
  });
});
