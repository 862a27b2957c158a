import { createTestDatabase } from '@aloite/persistence/testing';
import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- runs setup as the API's isolation spec does, not a copy
import { runSetup } from '../../apps/api/src/testing/setup-command';

describe('creating the first municipality and administrator on a new installation', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('creates them non-interactively, with the password from the environment', async () => {
    const result = await runSetup(
      [
        '--municipality',
        'Kaarina',
        '--template',
        'kajaani',
        '--prefix',
        'KAA',
        '--admin',
        'pekka.paakayttaja',
        '--admin-name',
        'Pekka Pääkäyttäjä',
      ],
      { DATABASE_URL: database.url, ALOITE_ADMIN_PASSWORD: 'kaarina-admin-password' },
    );
    expect(result.output).toContain(
      'Created Kaarina (from the template kajaani) with its council, board and the administrator pekka.paakayttaja',
    );
    expect(result.output).toContain('Its staff sign in at /kirjaudu/kaarina');
    expect(result.code).toBe(0);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const users = await client.query(
        `SELECT username, display_name, roles, password_hash FROM user_account`,
      );
      expect(users.rows).toEqual([
        expect.objectContaining({
          username: 'pekka.paakayttaja',
          display_name: 'Pekka Pääkäyttäjä',
          roles: ['admin'],
        }),
      ]);
      expect(users.rows[0].password_hash).toMatch(/^\$argon2id\$/);
      const bodies = await client.query(`SELECT name, kind FROM body ORDER BY kind DESC`);
      expect(bodies.rows).toEqual([
        { name: 'Kaupunginvaltuusto', kind: 'council' },
        { name: 'Kaupunginhallitus', kind: 'board' },
      ]);
    } finally {
      await client.end();
    }
  }, 120_000);

  it('refuses a missing password or a second municipality of the same name, saying what to fix', async () => {
    const noPassword = await runSetup(['--municipality', 'Lieto', '--admin', 'admin'], {
      DATABASE_URL: database.url,
      ALOITE_ADMIN_PASSWORD: '',
    });
    expect(noPassword.code).toBe(1);
    expect(noPassword.output).toContain('ALOITE_ADMIN_PASSWORD must be set');
    const common = await runSetup(['--municipality', 'Lieto', '--admin', 'admin'], {
      DATABASE_URL: database.url,
      ALOITE_ADMIN_PASSWORD: 'Password1234',
    });
    expect([common.code, common.output]).toEqual([1, expect.stringContaining('not one of the most common')]);
    const again = await runSetup(['--municipality', 'Kaarina', '--admin', 'toinen'], {
      DATABASE_URL: database.url,
      ALOITE_ADMIN_PASSWORD: 'kaarina-admin-password',
    });
    expect(again.code).toBe(1);
    expect(again.output).toContain('The municipality Kaarina already exists.');
  }, 120_000);
});
