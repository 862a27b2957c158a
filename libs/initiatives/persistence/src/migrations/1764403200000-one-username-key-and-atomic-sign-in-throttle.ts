import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Usernames are matched by one key computed in JavaScript (`usernameKey`), stored and unique, instead of
 * PostgreSQL's `lower()`, which differed from the throttle's JavaScript lower-casing. Failed sign-ins were rows
 * counted before a failure was recorded, so simultaneous attempts all passed the count; they become one counter
 * row per throttle key and window, reserved by an atomic upsert before any password is verified.
 */
/**
 * A frozen copy of `usernameKey` as it was when this migration was written: a migration must do the same on every
 * database it ever runs on, so a later change to the live function must not change what this one stored.
 */
function usernameKeyAsOf1764403200000(username: string): string {
  return username.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export class OneUsernameKeyAndAtomicSignInThrottle1764403200000 implements MigrationInterface {
  name = 'OneUsernameKeyAndAtomicSignInThrottle1764403200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_account ADD COLUMN username_key text`);
    const accounts = (await db.query(`SELECT id, username FROM user_account`)) as {
      id: string;
      username: string;
    }[];
    await db.query(
      `UPDATE user_account u SET username_key = k.key FROM unnest($1::uuid[], $2::text[]) AS k(id, key)
       WHERE u.id = k.id`,
      [
        accounts.map((account) => account.id),
        accounts.map((account) => usernameKeyAsOf1764403200000(account.username)),
      ],
    );
    await db.query(`ALTER TABLE user_account ALTER COLUMN username_key SET NOT NULL`);
    await db.query(`DROP INDEX user_account_username_unique`);
    await db.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_username_key_unique UNIQUE (username_key)`,
    );
    await db.query(`DROP TABLE login_failure`);
    await db.query(`
      CREATE TABLE sign_in_throttle (
        throttle_key text NOT NULL,
        window_start timestamptz NOT NULL,
        attempts integer NOT NULL,
        CONSTRAINT sign_in_throttle_pk PRIMARY KEY (throttle_key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_throttle`);
    await db.query(`
      CREATE TABLE login_failure (
        id bigint GENERATED ALWAYS AS IDENTITY,
        throttle_key text NOT NULL,
        failed_at timestamptz NOT NULL,
        CONSTRAINT login_failure_pk PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX login_failure_key_idx ON login_failure (throttle_key, failed_at)`);
    await db.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_username_key_unique`);
    await db.query(`ALTER TABLE user_account DROP COLUMN username_key`);
    await db.query(`CREATE UNIQUE INDEX user_account_username_unique ON user_account (lower(username))`);
  }
}
