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
      `SELECT body_id AS "bodyId", kind, reply_expected AS "replyExpected", status,
         CASE WHEN office_holder_name IS NOT NULL
           THEN json_build_object('name', office_holder_name, 'title', office_holder_title) END AS "officeHolder", to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn",
         to_char(due_date, 'YYYY-MM-DD') AS "dueDate", preparers, to_char(resolved_on, 'YYYY-MM-DD') AS "resolvedOn",
         waiver_reason AS "waiverReason"
       FROM statement_request WHERE initiative_id = $1 ORDER BY position`,
      [id],
    );

  const unaskedInitiative = async (state = 'boardPreparation') =>
    (
      (await database.dataSource.query(
        `SELECT id FROM initiative i WHERE state = $2 AND municipality_id = $1
           AND NOT EXISTS (SELECT 1 FROM statement_request r WHERE r.initiative_id = i.id) ORDER BY id LIMIT 1`,
        [demo.municipalityId, state],
      )) as { id: string }[]
    ).map((row) => row.id)[0] as string;

  const playAndCompare = async (id: string, events: InitiativeEvent[]) => {
    for (const event of events) {
      const written = await store.transition(demo.municipalityId, id, null, 'registry', byTheRules(event));
      // How often a body's handling was tabled is the context's alone.
      const mirrored = written.context.statements.map(({ postponements: _, ...request }) => request);
      expect(await tableRows(id)).toEqual(mirrored);
    }
  };

  it('holds exactly the context’s requests after asking, answering, waiving and deciding', async () => {
    const id = await unaskedInitiative();
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
    await playAndCompare(id, events);
    expect((await tableRows(id)).map((row: { status: string }) => row.status)).toEqual([
      'received',
      'waived',
    ]);
  });

  it('holds office holders and referrals for measures, with and without a reply expected (domain.md § 8.6)', async () => {
    const id = await unaskedInitiative('registered');
    const director = { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' };
    const { technical, council } = demo.bodyIds;
    await playAndCompare(id, [
      { type: 'REFER_TO_BOARD', meeting: { bodyId: council, date: '2027-01-05', section: 3 } },
      {
        type: 'REQUEST_STATEMENT',
        officeHolder: director,
        date: '2027-01-10',
        dueDate: '2027-02-10',
        preparers: [],
      },
      { type: 'REFER_FOR_MEASURES', bodyId: technical, date: '2027-01-11', replyExpected: false },
      {
        type: 'REFER_FOR_MEASURES',
        officeHolder: { name: 'Milla Tikkanen', title: 'työllisyyspäällikkö' },
        date: '2027-01-12',
        replyExpected: true,
        dueDate: '2027-03-01',
      },
      {
        type: 'RECORD_WRITTEN_STATEMENT',
        officeHolder: director,
        date: '2027-02-01',
        responseText: 'Lausunto.',
      },
    ]);
    expect(await tableRows(id)).toEqual([
      expect.objectContaining({
        officeHolder: director,
        bodyId: null,
        kind: 'statement',
        status: 'received',
      }),
      expect.objectContaining({
        bodyId: technical,
        kind: 'measures',
        replyExpected: false,
        status: 'referred',
        dueDate: null,
      }),
      expect.objectContaining({
        kind: 'measures',
        replyExpected: true,
        status: 'open',
        dueDate: '2027-03-01',
      }),
    ]);
  });
});
