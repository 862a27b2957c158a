import { randomBytes } from 'node:crypto';
import {
  MissingRuntimeRoleError,
  RuntimeRoleError,
  assertRuntimeRoleRestricted,
  ensureRuntimeLogin,
  grantRuntimeAccess,
  newPassword,
  openDatabase,
  seedDemoData,
} from '@aloite/persistence';
import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import { Client } from 'pg';
import { openRuntimeDatabase } from '../database';
import { installReminderQueue } from '../reminders/reminder-schedule';

/** What the API's own role may do: read and write rows, never undo the audit log or change the schema. */
describe('the database role the API connects as', () => {
  let database: TestDatabase;
  let runtime: Awaited<ReturnType<typeof openDatabase>>;
  let runtimeUrl: string;
  const role = `aloite_api_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemoData(database.dataSource);
    // As the start does it: pg-boss's schema by the owner, then the role and its rights.
    await installReminderQueue(database.url);
    const password = newPassword();
    await ensureRuntimeLogin(database.dataSource, role, password);
    await grantRuntimeAccess(database.dataSource, role);
    const url = new URL(database.url);
    url.username = role;
    url.password = password;
    runtimeUrl = url.toString();
    runtime = await openDatabase({ url: runtimeUrl, poolSize: 2 });
  });
  afterAll(async () => {
    await runtime.destroy();
    await database.close();
    await database.dataSource.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
  });

  /** One statement on a connection of its own, so that a refusal aborts nothing else. */
  async function attempt(sql: string): Promise<string> {
    const client = new Client({ connectionString: runtimeUrl });
    await client.connect();
    try {
      await client.query(sql);
      return 'allowed';
    } catch (error) {
      const { code, message } = error as { code?: string; message: string };
      return `${code}: ${message}`;
    } finally {
      await client.end();
    }
  }

  it.each([
    ['TRUNCATE initiative_event', 'TRUNCATE initiative_event'],
    ['DELETE FROM initiative_event', 'DELETE FROM initiative_event'],
    ['UPDATE initiative_event', "UPDATE initiative_event SET actor = 'someone'"],
    ['SET session_replication_role = replica', 'SET session_replication_role = replica'],
    ['ALTER TABLE … DISABLE TRIGGER ALL', 'ALTER TABLE initiative_event DISABLE TRIGGER ALL'],
    ['CREATE TABLE', 'CREATE TABLE planted (id int)'],
    ['CREATE TABLE in pg-boss’s schema', 'CREATE TABLE pgboss.planted (id int)'],
    ['DROP TABLE', 'DROP TABLE sign_in_throttle'],
    ['TRUNCATE of any table', 'TRUNCATE initiative CASCADE'],
    ['writing the migrations’ record', 'DELETE FROM migrations'],
    ['CREATE ROLE', 'CREATE ROLE planted LOGIN'],
    [
      'UPDATE attachment_read (who read a confidential document)',
      "UPDATE attachment_read SET reader = 'someone'",
    ],
    ['DELETE FROM attachment_read', 'DELETE FROM attachment_read'],
    ['UPDATE attachment', "UPDATE attachment SET file_name = 'planted.pdf'"],
    ['DELETE FROM attachment', 'DELETE FROM attachment'],
    ['UPDATE attachment_text', "UPDATE attachment_text SET text = 'planted'"],
    ['DELETE FROM attachment_text', 'DELETE FROM attachment_text'],
    ['UPDATE handling', 'UPDATE handling SET section = section'],
    ['DELETE FROM handling', 'DELETE FROM handling'],
    ['UPDATE meeting_change', "UPDATE meeting_change SET actor = 'someone'"],
    ['DELETE FROM meeting_change', 'DELETE FROM meeting_change'],
    ['UPDATE agenda_item_change', "UPDATE agenda_item_change SET reason = 'rewritten'"],
    ['DELETE FROM agenda_item_change', 'DELETE FROM agenda_item_change'],
    ['UPDATE attachment_publication', "UPDATE attachment_publication SET published_on = '2026-01-01'"],
    ['DELETE FROM attachment_publication', 'DELETE FROM attachment_publication'],
    ['UPDATE handling_correction', "UPDATE handling_correction SET reason = 'planted'"],
    ['DELETE FROM handling_correction', 'DELETE FROM handling_correction'],
    [
      'UPDATE rule_pack_version (a version of the rules)',
      `UPDATE rule_pack_version SET valid_from = valid_from`,
    ],
    ['DELETE FROM rule_pack_version', 'DELETE FROM rule_pack_version'],
    [
      'UPDATE admin_change (the log of administrative changes)',
      `UPDATE admin_change SET actor_name = 'planted'`,
    ],
    ['DELETE FROM admin_change', 'DELETE FROM admin_change'],
  ])('is refused %s', async (_, sql) => {
    // Refused for want of the right, not by the audit log's trigger (which the right would let one switch off), and
    // not a syntax slip that proves nothing.
    expect(await attempt(sql)).toMatch(/^42501: (permission denied|must be owner)/);
  });

  it('reads and writes what the API writes: rows, the audit log by INSERT, pg-boss’s queue', async () => {
    expect(await attempt('SELECT count(*) FROM initiative_event')).toBe('allowed');
    expect(await attempt(`DELETE FROM sign_in_throttle WHERE throttle_key = 'nobody'`)).toBe('allowed');
    expect(
      await attempt(
        `INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, to_state,
           machine_version)
         SELECT municipality_id, initiative_id, seq + 1000, type, payload, actor, to_state, machine_version
           FROM initiative_event LIMIT 1`,
      ),
    ).toBe('allowed');
    expect(await attempt(`SELECT count(*) FROM pgboss.job`)).toBe('allowed');
    await expect(assertRuntimeRoleRestricted(runtime)).resolves.toBeUndefined();
  });

  it('is checked at start: the API refuses to run as a superuser or as the tables’ owner', async () => {
    await expect(assertRuntimeRoleRestricted(database.dataSource)).rejects.toThrow(RuntimeRoleError);
    await expect(assertRuntimeRoleRestricted(database.dataSource)).rejects.toThrow(/DATABASE_RUNTIME_URL/);
  });

  it('is checked at start: the API refuses a role a DBA granted ALL on the audit log', async () => {
    await database.dataSource.query(`GRANT ALL ON initiative_event TO ${role}`);
    try {
      await expect(assertRuntimeRoleRestricted(runtime)).rejects.toThrow(
        /may TRUNCATE, UPDATE, DELETE, TRIGGER the audit log/,
      );
    } finally {
      await grantRuntimeAccess(database.dataSource, role);
      await database.dataSource.query(`REVOKE TRUNCATE, TRIGGER ON initiative_event FROM ${role}`);
    }
  });

  it('is checked at start: the API refuses a NOINHERIT member of the tables’ owner (it could SET ROLE to it)', async () => {
    const [{ owner }] = await database.dataSource.query<{ owner: string }[]>(
      `SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname = 'initiative_event'`,
    );
    await database.dataSource.query(`GRANT "${owner}" TO ${role}`);
    try {
      await expect(assertRuntimeRoleRestricted(runtime)).rejects.toThrow(/owns Aloite’s tables/);
    } finally {
      await database.dataSource.query(`REVOKE "${owner}" FROM ${role}`);
    }
  });

  it('missing or unable to sign in, it is named with what to do: create it, or run docker/create-api-role.sql', async () => {
    await expect(grantRuntimeAccess(database.dataSource, 'aloite_api_nobody')).rejects.toThrow(
      MissingRuntimeRoleError,
    );
    for (const [username, password] of [
      ['aloite_api_nobody', 'whatever'],
      [role, 'not-its-password'],
    ]) {
      const url = new URL(runtimeUrl);
      url.username = username;
      url.password = password;
      const opening = openRuntimeDatabase(url.toString(), 1);
      await expect(opening).rejects.toThrow(RuntimeRoleError);
      await expect(opening).rejects.toThrow(/CREATE ROLE .*docker\/create-api-role\.sql/);
    }
  });
});
