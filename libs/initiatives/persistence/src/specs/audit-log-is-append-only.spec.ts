import { seedDemoData } from '../lib/demo-data';
import { openTestDatabase, type TestDatabase } from '../testing';

describe('the audit log cannot be rewritten', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemoData(database.dataSource);
  });
  afterAll(() => database.close());

  it.each([
    ['UPDATE', `UPDATE initiative_event SET actor = 'someone else'`],
    ['DELETE', `DELETE FROM initiative_event`],
    ['TRUNCATE', `TRUNCATE initiative_event CASCADE`],
  ])('refuses %s', async (operation, sql) => {
    const before = await database.dataSource.query(
      `SELECT count(*)::int AS n, max(actor) AS actor FROM initiative_event`,
    );
    await expect(database.dataSource.query(sql)).rejects.toThrow(
      `initiative_event is append-only: ${operation} refused`,
    );
    expect(
      await database.dataSource.query(`SELECT count(*)::int AS n, max(actor) AS actor FROM initiative_event`),
    ).toEqual(before);
  });

  it('refuses deleting an initiative that has an audit trail', async () => {
    const [registered] = (await database.dataSource.query(
      `SELECT id FROM initiative WHERE state = 'registered' LIMIT 1`,
    )) as { id: string }[];
    // Its signatories are the only other rows naming a registered initiative: without them, the audit trail alone
    // must hold it.
    await database.dataSource.query(`DELETE FROM signatory WHERE initiative_id = $1`, [registered?.id]);
    await expect(
      database.dataSource.query(`DELETE FROM initiative WHERE id = $1`, [registered?.id]),
    ).rejects.toThrow('violates foreign key constraint "initiative_event_initiative_fk"');
  });

  it('refuses deleting a body, even one no handling names yet: bodies are deactivated instead', async () => {
    const [unnamed] = (await database.dataSource.query(
      `SELECT b.id FROM body b WHERE NOT EXISTS (SELECT 1 FROM handling h WHERE h.body_id = b.id)
         AND NOT EXISTS (SELECT 1 FROM statement_request r WHERE r.body_id = b.id)
         AND NOT EXISTS (SELECT 1 FROM initiative i WHERE i.filed_body_id = b.id) LIMIT 1`,
    )) as { id: string }[];
    await expect(database.dataSource.query(`DELETE FROM body WHERE id = $1`, [unnamed?.id])).rejects.toThrow(
      'a body is deactivated, never deleted',
    );
    expect(await database.dataSource.query(`SELECT id FROM body WHERE id = $1`, [unnamed?.id])).toHaveLength(
      1,
    );
  });
});
