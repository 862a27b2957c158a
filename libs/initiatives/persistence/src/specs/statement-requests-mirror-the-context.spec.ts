import type { InitiativeEvent } from '@aloite/domain';
import type { DemoSeedResult } from '../lib/demo-data';
import type { InitiativeStore } from '../lib/initiative-store';
import { byTheRules, openSeededStore, type TestDatabase } from '../testing';

// The statement_request table mirrors the requests in the initiative's context, for the list's and the
// dashboard's body filters. A write sends only the requests its event added or changed: after every event the
// table must still hold exactly what the context holds.

describe('statement requests in their table, event by event', () => {
  let database: TestDatabase;
  let demo: DemoSeedResult;
  let store: InitiativeStore;

  beforeAll(async () => {
    ({ database, demo, store } = await openSeededStore());
  });
  afterAll(() => database.close());

  const tableRows = async (id: string) =>
    database.dataSource.query(
      `SELECT body_id AS "bodyId", status, to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn",
         to_char(due_date, 'YYYY-MM-DD') AS "dueDate", preparers, to_char(resolved_on, 'YYYY-MM-DD') AS "resolvedOn",
         waiver_reason AS "waiverReason"
       FROM statement_request WHERE initiative_id = $1 ORDER BY position`,
      [id],
    );

  it('holds exactly the context’s requests after asking, answering, waiving and deciding', async () => {
    const [id] = (
      (await database.dataSource.query(
        `SELECT id FROM initiative i WHERE state = 'boardPreparation' AND municipality_id = $1
           AND NOT EXISTS (SELECT 1 FROM statement_request r WHERE r.initiative_id = i.id) ORDER BY id LIMIT 1`,
        [demo.municipalityId],
      )) as { id: string }[]
    ).map((row) => row.id) as [string];
    const { technical, welfare, board } = demo.bodyIds;
    const events: InitiativeEvent[] = [
      {
        type: 'REQUEST_STATEMENT',
        bodyId: technical,
        date: '2027-01-10',
        dueDate: '2027-02-10',
        preparers: [],
      },
      {
        type: 'REQUEST_STATEMENT',
        bodyId: welfare,
        date: '2027-01-11',
        dueDate: '2027-02-11',
        preparers: [{ name: 'Milla Tikkanen' }],
      },
      {
        type: 'RECORD_STATEMENT',
        bodyId: technical,
        meeting: { bodyId: technical, date: '2027-02-01', section: 7 },
        presenter: 'Esittelijä',
        proposal: 'Lausunto.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        responseText: 'Lausunto.',
      },
      { type: 'WAIVE_STATEMENT', bodyId: welfare, date: '2027-02-12', reason: 'Ei vastattu määräajassa.' },
      {
        type: 'RECORD_BOARD_DECISION',
        meeting: { bodyId: board, date: '2027-02-20', section: 40 },
        proposal: 'Esitys.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        outcome: 'proposeToCouncil',
      },
    ];
    for (const event of events) {
      const written = await store.transition(demo.municipalityId, id, null, 'registry', byTheRules(event));
      // How often a body's handling was tabled is the context's alone.
      const mirrored = written.context.statements.map(({ postponements: _, ...request }) => request);
      expect(await tableRows(id)).toEqual(mirrored);
    }
    expect((await tableRows(id)).map((row: { status: string }) => row.status)).toEqual([
      'received',
      'waived',
    ]);
  });
});
