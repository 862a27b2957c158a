import { AccountStore } from '../lib/account-store';
import { seedDemoData, seedDemoUsers } from '../lib/demo-data';
import { usernameKey } from '../lib/usernames';
import { OneUsernameKeyAndAtomicSignInThrottle1764403200000 } from '../migrations/1764403200000-one-username-key-and-atomic-sign-in-throttle';
import { openTestDatabase, type TestDatabase } from '../testing';

// Accounts made before the username key existed get theirs from the migration, computed by the same function
// the sign-in uses, so every one of them can still sign in.

describe('the username key of existing accounts', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemoData(database.dataSource);
    await seedDemoUsers(database.dataSource, async () => 'not a real hash');
  });
  afterAll(() => database.close());

  it('is filled in by the migration as sign-in computes it, and stays unique', async () => {
    const migration = new OneUsernameKeyAndAtomicSignInThrottle1764403200000();
    const runner = database.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(
        `UPDATE user_account SET username = 'Hallinto.Johtaja' WHERE username = 'hallintojohtaja'`,
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const accounts = new AccountStore(database.dataSource);
    const johtaja = await accounts.findCredentials(usernameKey('HALLİNTO.johtaja'));
    expect(johtaja?.username).toBe('Hallinto.Johtaja');
    await expect(
      accounts.createUser(johtaja?.municipalityId as string, {
        username: 'hallinto.johtaja',
        displayName: 'Another',
        email: null,
        roles: ['councilStaff'],
        bodyIds: [],
        passwordHash: 'x',
      }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_NAME' });
  });
});
