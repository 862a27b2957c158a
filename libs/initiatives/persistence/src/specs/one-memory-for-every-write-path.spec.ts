import { AttachmentStore } from '../lib/attachment-store';
import { seedDemoData, type DemoSeedResult } from '../lib/demo-data';
import { InitiativeStore } from '../lib/initiative-store';
import { KnownInitiatives } from '../lib/known-initiatives';
import { aTextDocument, byTheRules, openTestDatabase, tabledByTheBoard, type TestDatabase } from '../testing';

// A process has one memory of the initiatives, given to every store that writes them: the events, the council's
// decision on the annual list (several at once) and the documents. Whatever is written through one of them, what
// the memory holds of that initiative is then current, or nothing.

describe('one memory for every write path', () => {
  let database: TestDatabase;
  let demo: DemoSeedResult;
  let known: KnownInitiatives;
  let events: InitiativeStore;
  let annualList: InitiativeStore;
  let documents: AttachmentStore;

  beforeAll(async () => {
    database = await openTestDatabase();
    demo = (await seedDemoData(database.dataSource)) as DemoSeedResult;
    known = new KnownInitiatives();
    events = new InitiativeStore(database.dataSource, known);
    annualList = new InitiativeStore(database.dataSource, known);
    documents = new AttachmentStore(database.dataSource, known);
  });
  afterAll(() => database.close());

  async function inBoardPreparation(): Promise<string[]> {
    const rows = (await database.dataSource.query(
      `SELECT id FROM initiative WHERE state = 'boardPreparation' AND municipality_id = $1 ORDER BY id`,
      [demo.municipalityId],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  it('after a document is added, remembers the initiative with it or not at all', async () => {
    const [id] = (await inBoardPreparation()) as [string];
    await events.find(demo.municipalityId, id);
    const added = await documents.add(demo.municipalityId, aTextDocument(id), {
      documents: 10,
      bytes: 1_000,
    });
    const remembered = known.recall(demo.municipalityId, id, []);
    if (remembered) expect(remembered.record.attachments.map((held) => held.id)).toContain(added.id);
  });

  it('after a decision on the annual list, decides the next event once, on the version the decision left', async () => {
    const [id] = (await inBoardPreparation()) as [string];
    const seen = (await events.find(demo.municipalityId, id))?.version as number;
    await annualList.transitionAll(
      demo.municipalityId,
      [{ id, decide: byTheRules(tabledByTheBoard(demo.bodyIds.board, 6)) }],
      'test',
    );
    const decidedOn: number[] = [];
    const written = await events.transition(demo.municipalityId, id, null, 'test', (current, bodies) => {
      decidedOn.push(current.version);
      return byTheRules(tabledByTheBoard(demo.bodyIds.board, 7))(current, bodies);
    });
    expect(decidedOn).toEqual([seen + 1]);
    expect(written.version).toBe(seen + 2);
  });

  describe('an event refused on what this process remembers', () => {
    /** Another process: the same database, its own memory. */
    const elsewhere = () => new InitiativeStore(database.dataSource, new KnownInitiatives());

    async function refusingVersion(id: string, refused: number, decidedOn: number[]) {
      return events.transition(demo.municipalityId, id, null, 'test', (current, bodies) => {
        decidedOn.push(current.version);
        if (current.version === refused) throw new Error(`refused on version ${refused}`);
        return byTheRules(tabledByTheBoard(demo.bodyIds.board, 9))(current, bodies);
      });
    }

    it('is refused as it was when that is still what is there, decided once', async () => {
      const [id] = (await inBoardPreparation()) as [string];
      const seen = (await events.find(demo.municipalityId, id))?.version as number;
      const decidedOn: number[] = [];
      await expect(refusingVersion(id, seen, decidedOn)).rejects.toThrow(`refused on version ${seen}`);
      expect(decidedOn).toEqual([seen]);
    });

    it('is decided again on what another process has written since', async () => {
      const [id] = (await inBoardPreparation()) as [string];
      const seen = (await events.find(demo.municipalityId, id))?.version as number;
      await elsewhere().transition(
        demo.municipalityId,
        id,
        null,
        'elsewhere',
        byTheRules(tabledByTheBoard(demo.bodyIds.board, 8)),
      );
      const decidedOn: number[] = [];
      const written = await refusingVersion(id, seen, decidedOn);
      expect(decidedOn).toEqual([seen, seen + 1]);
      expect(written.version).toBe(seen + 2);
    });
  });
});

describe('what the memory keeps of one initiative', () => {
  const record = (version: number) =>
    ({
      id: 'i',
      municipalityId: 'm',
      diaryNumber: 'KAJ/1/2026',
      title: 'Valtuustoaloite',
      text: '',
      version,
      context: { statements: [] },
      signatories: [],
      handlings: [],
      attachments: [],
    }) as unknown as Parameters<KnownInitiatives['remember']>[0];

  it('keeps a newer version when a read that started before its write answers after it', () => {
    const known = new KnownInitiatives();
    known.remember(record(3));
    known.remember(record(2));
    expect(known.recall('m', 'i', [])?.record.version).toBe(3);
  });
});
