import { TEMPLATES, replay, type InitiativeEvent, type InitiativeFacts } from '@aloite/domain';
import { openSeededStore, type TestDatabase } from '../testing';

// Contexts stored before office holders and referrals for measures (domain.md § 8.6) lack the new fields of their
// statement requests. The migration gives them the values a replay of the audit log gives: a body's statement
// request, awaiting a reply.

describe('the office-holder migration on initiatives stored before it', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    ({ database } = await openSeededStore());
  });
  afterAll(() => database.close());

  const storedRequests = async () =>
    (
      (await database.dataSource.query(
        `SELECT r.request FROM initiative i, jsonb_array_elements(i.context->'statements') AS r(request)`,
      )) as { request: Record<string, unknown> }[]
    ).map((row) => row.request);

  it('undoes to the earlier shape, and redoes to exactly what each audit log replays to', async () => {
    const migrations = database.dataSource.migrations.map((migration) => migration.name);
    const fromLast = migrations.length - migrations.indexOf('OfficeHoldersAndMeasures1764748800000');
    expect(fromLast).toBeLessThanOrEqual(migrations.length);
    expect((await storedRequests()).length).toBeGreaterThan(3);

    // Back to before it, through the later migrations (the rule packs' adds the referral day to contexts).
    for (let undone = 0; undone < fromLast; undone++) {
      await database.dataSource.undoLastMigration({ transaction: 'each' });
    }
    for (const request of await storedRequests()) {
      expect(request).not.toHaveProperty('kind');
      expect(request).not.toHaveProperty('officeHolder');
      expect(request).not.toHaveProperty('replyExpected');
    }

    await database.dataSource.runMigrations({ transaction: 'each' });
    const rows = (await database.dataSource.query(
      `SELECT i.state, i.context, json_agg(e.payload ORDER BY e.seq) AS payloads
       FROM initiative i JOIN initiative_event e ON e.initiative_id = i.id GROUP BY i.id`,
    )) as { state: string; context: unknown; payloads: unknown[] }[];
    for (const row of rows) {
      const [filing, ...events] = row.payloads as [{ facts: InitiativeFacts }, ...InitiativeEvent[]];
      expect(replay(filing.facts, events, TEMPLATES.kajaani)).toEqual({
        state: row.state,
        context: row.context,
      });
    }
    expect(await storedRequests()).toContainEqual(
      expect.objectContaining({ officeHolder: null, kind: 'statement', replyExpected: true }),
    );
  });
});
