import { AccountStore } from '../lib/account-store';
import { seedDemoData, seedDemoUsers } from '../lib/demo-data';
import { usernameKey } from '../lib/usernames';
import { OneUsernameKeyAndAtomicSignInThrottle1764403200000 } from '../migrations/1764403200000-one-username-key-and-atomic-sign-in-throttle';
import { AccountsPerMunicipality1765357200000 } from '../migrations/1765357200000-accounts-per-municipality';
import { openTestDatabase, type TestDatabase } from '../testing';

// Accounts made before the username key existed get theirs from the migration, computed by the same function
// the sign-in uses, so every one of them can still sign in.

describe('the username key of existing accounts', () => {
  let database: TestDatabase;
  let municipalityId: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    municipalityId = (await seedDemoData(database.dataSource))?.municipalityId as string;
    await seedDemoUsers(database.dataSource, async () => 'not a real hash');
  });
  afterAll(() => database.close());

  it('is filled in by the migration as sign-in computes it, and stays unique', async () => {
    const migration = new OneUsernameKeyAndAtomicSignInThrottle1764403200000();
    // The later migration's key replaced this one's: it is undone first and done again after.
    const perMunicipality = new AccountsPerMunicipality1765357200000();
    const runner = database.dataSource.createQueryRunner();
    try {
      await perMunicipality.down(runner);
      await migration.down(runner);
      await runner.query(
        `UPDATE user_account SET username = 'Hallinto.Johtaja' WHERE username = 'hallintojohtaja'`,
      );
      await migration.up(runner);
      await perMunicipality.up(runner);
    } finally {
      await runner.release();
    }
    const accounts = new AccountStore(database.dataSource);
    const johtaja = await accounts.findCredentials({
      municipalityId,
      key: usernameKey('HALLİNTO.johtaja'),
      byEmail: false,
    });
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
