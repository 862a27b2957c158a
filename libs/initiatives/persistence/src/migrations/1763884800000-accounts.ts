import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff accounts, their sessions and the failed sign-ins that throttle guessing. */
export class Accounts1763884800000 implements MigrationInterface {
  name = 'Accounts1763884800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_account (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        username text NOT NULL,
        display_name text NOT NULL,
        roles text[] NOT NULL,
        body_ids uuid[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_account_pk PRIMARY KEY (id),
        CONSTRAINT user_account_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT user_account_roles_check CHECK (roles <@ ARRAY['registrar', 'committeeSecretary', 'councilStaff', 'admin']::text[])
      )`);
    // Usernames sign in without naming a municipality, so they are unique across the deployment, ignoring case.
    await db.query(`CREATE UNIQUE INDEX user_account_username_unique ON user_account (lower(username))`);
    await db.query(`
      CREATE TABLE user_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT user_session_pk PRIMARY KEY (id),
        CONSTRAINT user_session_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT user_session_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
        CONSTRAINT user_session_token_hash_unique UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await db.query(`
      CREATE TABLE login_failure (
        id bigint GENERATED ALWAYS AS IDENTITY,
        throttle_key text NOT NULL,
        failed_at timestamptz NOT NULL,
        CONSTRAINT login_failure_pk PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX login_failure_key_idx ON login_failure (throttle_key, failed_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_failure`);
    await db.query(`DROP TABLE user_session`);
    await db.query(`DROP TABLE user_account`);
  }
}
