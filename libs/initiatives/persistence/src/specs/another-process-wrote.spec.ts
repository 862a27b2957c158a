import type { InitiativeEvent } from '@aloite/domain';
import { INITIATIVE_16, INITIATIVE_17 } from '@aloite/domain/testing';
import type { DataSource } from 'typeorm';
import { AttachmentStore } from '../lib/attachment-store';
import { openDatabase } from '../lib/data-source';
import { seedDemoData, type DemoSeedResult } from '../lib/demo-data';
import { InitiativeStore, type Decide } from '../lib/initiative-store';
import {
  aTextDocument,
  auditSeqs,
  byTheRules,
  openTestDatabase,
  tabledByTheBoard,
  type TestDatabase,
} from '../testing';

// Each API process remembers the versions it has seen and decides on them without reading again. Two stores on
// two connection pools to one database are two such processes: what one remembers goes stale when the other writes, and the write it
// decided on that must then miss, the event be decided again on what is there now, and a refusal come from there.

describe('an initiative another process changed since this one last saw it', () => {
  let database: TestDatabase;
  let demo: DemoSeedResult;
  let here: InitiativeStore;
  let elsewhere: InitiativeStore;
  let otherProcess: DataSource;

  beforeAll(async () => {
    database = await openTestDatabase();
    demo = (await seedDemoData(database.dataSource)) as DemoSeedResult;
    here = new InitiativeStore(database.dataSource);
    otherProcess = await openDatabase({ url: database.url, poolSize: 2 });
    elsewhere = new InitiativeStore(otherProcess);
  });
  afterAll(async () => {
    await otherProcess.destroy();
    await database.close();
  });

  async function inState(state: string): Promise<string[]> {
    return (
      (await database.dataSource.query(
        `SELECT id FROM initiative WHERE state = $1 AND municipality_id = $2 ORDER BY id`,
        [state, demo.municipalityId],
      )) as { id: string }[]
    ).map((row) => row.id);
  }

  const tabled = (section: number) => tabledByTheBoard(demo.bodyIds.board, section);

  const askTechnical = (): InitiativeEvent => ({
    type: 'REQUEST_STATEMENT',
    bodyId: demo.bodyIds.technical,
    date: '2027-01-16',
    dueDate: '2027-02-28',
    preparers: [{ name: 'Milla Tikkanen' }],
  });

  /** As the API decides: an inactive body cannot be asked; then the machine's rules. */
  const askingOnlyActiveBodies =
    (event: InitiativeEvent): Decide =>
    (current, bodies) => {
      if (event.type === 'REQUEST_STATEMENT' && !bodies.find((body) => body.id === event.bodyId)?.active) {
        throw new Error(`${event.bodyId} is not an active body`);
      }
      return byTheRules(event)(current, bodies);
    };

  const auditSeqsOf = (id: string) => auditSeqs(database.dataSource, id);

  it('decides again on the other process’s version and appends after it', async () => {
    const [id] = (await inState('boardPreparation')) as [string];
    const seen = (await here.find(demo.municipalityId, id))?.version as number;
    await elsewhere.transition(demo.municipalityId, id, null, 'elsewhere', byTheRules(tabled(2)));

    const versionsDecidedOn: number[] = [];
    const written = await here.transition(demo.municipalityId, id, null, 'here', (current, bodies) => {
      versionsDecidedOn.push(current.version);
      return byTheRules(tabled(3))(current, bodies);
    });

    expect(versionsDecidedOn).toEqual([seen, seen + 1]);
    expect(written.version).toBe(seen + 2);
    expect(written.handlings.slice(-2).map((handling) => [handling.seq, handling.section])).toEqual([
      [seen + 1, 2],
      [seen + 2, 3],
    ]);
    expect(await auditSeqsOf(id)).toEqual(Array.from({ length: seen + 2 }, (_, index) => index + 1));
  });

  it('refuses a body that another process deactivated, though this one last saw it active', async () => {
    // §§ 16 and 17 wait for the subcommittee's statement: another body may still be asked.
    const [first, second] = [INITIATIVE_16, INITIATIVE_17].map(
      ({ diaryNumber }) => demo.initiativeIds[diaryNumber] as string,
    ) as [string, string];
    const asked = await here.transition(
      demo.municipalityId,
      first,
      null,
      'here',
      askingOnlyActiveBodies(askTechnical()),
      [demo.bodyIds.technical],
    );
    expect(asked.context.statements.map((request) => request.bodyId)).toContain(demo.bodyIds.technical);
    const before = (await here.find(demo.municipalityId, second))?.version as number;
    await database.dataSource.query(`UPDATE body SET active = false WHERE id = $1`, [demo.bodyIds.technical]);
    try {
      await expect(
        here.transition(demo.municipalityId, second, null, 'here', askingOnlyActiveBodies(askTechnical()), [
          demo.bodyIds.technical,
        ]),
      ).rejects.toThrow('is not an active body');
      expect(await auditSeqsOf(second)).toHaveLength(before);
    } finally {
      await database.dataSource.query(`UPDATE body SET active = true WHERE id = $1`, [
        demo.bodyIds.technical,
      ]);
    }
  });

  it('answers with the documents another process added since', async () => {
    const [id] = (await inState('boardPreparation')) as [string];
    await here.find(demo.municipalityId, id);
    const added = await new AttachmentStore(database.dataSource).add(
      demo.municipalityId,
      aTextDocument(id, 'elsewhere'),
      { documents: 1, bytes: 5 },
    );
    const written = await here.transition(demo.municipalityId, id, null, 'here', byTheRules(tabled(4)));
    expect(written.attachments.map((attachment) => attachment.id)).toContain(added.id);
  });
});
