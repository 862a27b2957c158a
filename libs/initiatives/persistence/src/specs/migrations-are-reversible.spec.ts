import { MIGRATIONS } from '../lib/data-source';
import { openTestDatabase, type TestDatabase } from '../testing';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  const tables = async () =>
    (
      (await database.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
      )) as { table_name: string }[]
    ).map((row) => row.table_name);

  it('undo and redo cleanly, leaving the same schema', async () => {
    const before = await tables();
    expect(before).toEqual(
      [
        'agenda_item',
        'agenda_item_change',
        'agenda_item_initiative',
        'attachment',
        'attachment_publication',
        'attachment_read',
        'attachment_text',
        'meeting',
        'meeting_change',
        'reminder_outbox',
        'rule_pack_version',
        'search_index',
        'body',
        'diary_sequence',
        'handling',
        'initiative',
        'initiative_event',
        'municipality',
        'municipality_sign_in',
        'oidc_sign_in_attempt',
        'signatory',
        'sign_in_throttle',
        'statement_request',
        'user_account',
        'user_session',
        'handling_correction',
        'initiative_link',
        'admin_change',
      ].sort(),
    );
    for (let migration = 0; migration < MIGRATIONS.length; migration++) {
      await database.dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tables()).toEqual([]);
    await database.dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(before);
  });

  it('name every constraint and index explicitly', async () => {
    const generated = (await database.dataSource.query(
      `SELECT conname AS name FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 'migrations'::regclass AND conname ~ '^(PK|FK|UQ|REL|CHK)_[0-9a-f]+'
       UNION ALL
       SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname ~ '^(IDX|PK|UQ|REL)_[0-9a-f]+' AND tablename <> 'migrations'`,
    )) as { name: string }[];
    expect(generated).toEqual([]);
  });
});
