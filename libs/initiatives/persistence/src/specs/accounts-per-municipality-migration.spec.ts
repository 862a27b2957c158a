import { AccountStore } from '../lib/account-store';
import { seedDemoData } from '../lib/demo-data';
import { emailKey } from '../lib/usernames';
import { AccountsPerMunicipality1765357200000 } from '../migrations/1765357200000-accounts-per-municipality';
import { openTestDatabase, type TestDatabase } from '../testing';

// The municipalities and accounts a database already has when e-mails become sign-in names, unique within their
// municipality: every municipality gets an address name of its own, every account stays, and an e-mail two
// accounts already share names neither of them (no row is refused, changed or lost).

describe('accounts per municipality, on a database that already has accounts', () => {
  let database: TestDatabase;
  let kajaani: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    kajaani = (await seedDemoData(database.dataSource))?.municipalityId as string;
  });
  afterAll(() => database.close());

  it('gives every municipality its own address name and keeps every account, shared e-mails unnamed', async () => {
    const migration = new AccountsPerMunicipality1765357200000();
    const runner = database.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(
        `INSERT INTO municipality (name, diary_prefix, language) VALUES ('KAJAANI!', 'K2', 'fi'), ('Pedersören kunta', 'PED', 'sv')`,
      );
      const account = (username: string, email: string) =>
        runner.query(
          `INSERT INTO user_account (municipality_id, username, username_key, display_name, roles, body_ids, password_hash, email)
           VALUES ($1, $2, $2, $2, '{registrar}', '{}', 'x', $3)`,
          [kajaani, username, email],
        );
      await account('sama.yksi', 'Sama@kajaani.fi');
      await account('sama.kaksi', 'sama@KAJAANI.fi');
      await account('ainoa', 'Ainoa@Kajaani.fi');
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const slugs = (await database.dataSource.query(`SELECT name, slug FROM municipality ORDER BY slug`)) as {
      name: string;
      slug: string;
    }[];
    expect(slugs).toEqual([
      { name: 'Kajaani', slug: 'kajaani' },
      { name: 'KAJAANI!', slug: 'kajaani-2' },
      { name: 'Pedersören kunta', slug: 'pedersoren-kunta' },
    ]);

    const accounts = new AccountStore(database.dataSource);
    const byEmail = (email: string) =>
      accounts.findCredentials({ municipalityId: kajaani, key: emailKey(email), byEmail: true });
    expect((await byEmail('AINOA@kajaani.fi'))?.username).toBe('ainoa');
    expect(await byEmail('sama@kajaani.fi')).toBeNull();
    expect((await accounts.listUsers(kajaani)).map((user) => [user.username, user.email])).toEqual(
      expect.arrayContaining([
        ['sama.yksi', 'Sama@kajaani.fi'],
        ['sama.kaksi', 'sama@KAJAANI.fi'],
      ]),
    );
    // Given another e-mail, one of them signs in by it; the other's shared one stays taken for newcomers.
    const [yksi] = (await accounts.listUsers(kajaani)).filter((user) => user.username === 'sama.yksi');
    await accounts.updateUser(kajaani, yksi?.id as string, { email: 'sama.yksi@kajaani.fi' }, null);
    expect((await byEmail('sama.yksi@kajaani.fi'))?.username).toBe('sama.yksi');
    await expect(
      accounts.createUser(kajaani, {
        username: 'uusi',
        displayName: 'Uusi',
        email: 'AINOA@kajaani.fi',
        roles: ['registrar'],
        bodyIds: [],
        passwordHash: 'x',
      }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_NAME' });
  });
});
