import { TEMPLATES, diaryNumberPattern, start, toStored, type InitiativeEvent } from '@aloite/domain';
import type { DemoSeedResult } from '../lib/demo-data';
import type { InitiativeStore } from '../lib/initiative-store';
import { byTheRules, openSeededStore, type TestDatabase } from '../testing';

// Every write of the record touches several tables (the initiative, its audit row, its handling, its statement
// requests, its signatories, the year's diary counter) and must land whole or not at all. A crash test finds a
// second, separate statement only if a kill happens to fall between the two; here PostgreSQL itself refuses one
// table's row, deterministically, and nothing of the write may remain in any table. The same write then succeeds
// once the fault is gone, so the refusal was the only thing in its way.

const FAULT = 'injected_fault';

describe('every write of the record is all or nothing', () => {
  let database: TestDatabase;
  let demo: DemoSeedResult;
  let store: InitiativeStore;

  beforeAll(async () => {
    ({ database, demo, store } = await openSeededStore());
    await database.dataSource.query(
      `CREATE FUNCTION ${FAULT}() RETURNS trigger LANGUAGE plpgsql AS
         $$ BEGIN RAISE EXCEPTION 'injected fault in %', TG_TABLE_NAME; END $$`,
    );
  });
  afterAll(() => database.close());

  const query = <T>(text: string, parameters: unknown[] = []) =>
    database.dataSource.query(text, parameters) as Promise<T[]>;

  /** Every row of every table a write of this initiative may touch, and the diary counters. */
  async function everything(initiativeId: string | null): Promise<Record<string, unknown[]>> {
    const ofInitiative = (table: string, key = 'initiative_id') =>
      query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${key} = $1 ORDER BY 1::text`, [initiativeId]);
    return {
      initiative: await ofInitiative('initiative', 'id'),
      initiativeEvent: await ofInitiative('initiative_event'),
      handling: await ofInitiative('handling'),
      statementRequest: await ofInitiative('statement_request'),
      signatory: await ofInitiative('signatory'),
      initiatives: await query(`SELECT count(*)::int AS n FROM initiative`),
      auditRows: await query(`SELECT count(*)::int AS n FROM initiative_event`),
      diaryCounters: await query(`SELECT to_jsonb(d) AS row FROM diary_sequence d ORDER BY 1::text`),
    };
  }

  /** Runs `write` while PostgreSQL refuses rows of `table` (of `initiativeId`, when given). */
  async function withFault<T>(table: string, initiativeId: string | null, write: () => Promise<T>) {
    const when = !initiativeId
      ? ''
      : table === 'initiative'
        ? `WHEN (NEW.id = '${initiativeId}')`
        : `WHEN (NEW.initiative_id = '${initiativeId}')`;
    await query(
      `CREATE TRIGGER ${FAULT} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW ${when} EXECUTE FUNCTION ${FAULT}()`,
    );
    try {
      return await write();
    } finally {
      await query(`DROP TRIGGER ${FAULT} ON ${table}`);
    }
  }

  const facts = {
    rulePack: 'kajaani',
    kind: 'councillor',
    signatoryCount: 2,
    hasFinancialEffect: false,
  } as const;
  const submittedOn = '2026-03-02';
  const file = (title: string) =>
    store.file(
      demo.municipalityId,
      {
        filing: {
          ...facts,
          diaryNumber: null,
          title,
          text: 'Teksti.',
          submittedOn,
          signatories: [
            { name: 'Aila Esimerkki', party: null, firstSigner: true },
            { name: 'Eino Toinen', party: 'Puolue', firstSigner: false },
          ],
          filedAt: { bodyId: demo.bodyIds.council, date: submittedOn, section: 1 },
        },
        initial: toStored(start({ ...facts, submittedOn }, TEMPLATES.kajaani)),
        pack: TEMPLATES.kajaani,
        diaryNumberPattern: (year) => diaryNumberPattern(TEMPLATES.kajaani, year, 'X'),
      },
      'registry',
    );

  async function inBoardPreparation(title: string): Promise<string> {
    const { id } = await file(title);
    await transition(id, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: demo.bodyIds.council, date: '2026-03-09', section: 4 },
    });
    return id;
  }

  const transition = (id: string, event: InitiativeEvent) =>
    store.transition(demo.municipalityId, id, null, 'registry', byTheRules(event));

  /** The write fails while `table` refuses its row, leaves every table as it was, and succeeds afterwards. */
  async function expectAllOrNothing(table: string, id: string | null, write: () => Promise<unknown>) {
    const before = await everything(id);
    await expect(withFault(table, id, write)).rejects.toThrow(`injected fault in ${table}`);
    expect(await everything(id)).toEqual(before);
    await write();
    expect(await everything(id)).not.toEqual(before);
  }

  const request = (bodyId: string): InitiativeEvent => ({
    type: 'REQUEST_STATEMENT',
    bodyId,
    date: '2027-01-10',
    dueDate: '2027-02-10',
    preparers: [{ name: 'Milla Tikkanen' }],
  });

  it.each(['initiative', 'initiative_event', 'statement_request'])(
    'a statement request: none of it while %s refuses its row',
    async (table) => {
      const id = await inBoardPreparation(`Lausuntopyyntö (${table})`);
      await expectAllOrNothing(table, id, () => transition(id, request(demo.bodyIds.technical)));
    },
  );

  it.each(['initiative', 'initiative_event', 'handling', 'statement_request'])(
    'a statement given at a meeting: none of it while %s refuses its row',
    async (table) => {
      const id = await inBoardPreparation(`Lausunto (${table})`);
      const { technical } = demo.bodyIds;
      await transition(id, request(technical));
      await expectAllOrNothing(table, id, () =>
        transition(id, {
          type: 'RECORD_STATEMENT',
          bodyId: technical,
          meeting: { bodyId: technical, date: '2027-02-01', section: 7 },
          presenter: 'Esittelijä',
          proposal: 'Lausunto.',
          decision: 'Hyväksyttiin.',
          decisionType: 'asProposed',
          responseText: 'Lausunto.',
        }),
      );
    },
  );

  it.each(['diary_sequence', 'initiative', 'signatory', 'initiative_event'])(
    'a filing: no diary number drawn and no row of it while %s refuses its row',
    async (table) => {
      await expectAllOrNothing(table, null, () => file(`Kaikki tai ei mitään (${table})`));
    },
  );

  it('an annual-list decision on several initiatives: none of them while the last one’s audit row is refused', async () => {
    const ids = await Promise.all([1, 2, 3].map((n) => inBoardPreparation(`Yhdellä päätöksellä ${n}`)));
    const tabled: InitiativeEvent = {
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: demo.bodyIds.board, date: '2027-01-15', section: 9 },
      proposal: 'Pöydälle.',
      decision: 'Pantiin pöydälle.',
      decisionType: 'tabled',
      outcome: 'tabled',
    };
    const decideAll = () =>
      store.transitionAll(
        demo.municipalityId,
        ids.map((id) => ({ id, decide: byTheRules(tabled) })),
        'registry',
      );
    const before = await Promise.all(ids.map(everything));
    const last = [...ids].sort().at(-1) as string;
    await expect(withFault('initiative_event', last, decideAll)).rejects.toThrow(
      'injected fault in initiative_event',
    );
    expect(await Promise.all(ids.map(everything))).toEqual(before);
    await decideAll();
    for (const [index, id] of ids.entries()) {
      expect((await everything(id)).initiativeEvent).toHaveLength(before[index].initiativeEvent.length + 1);
    }
  });
});
