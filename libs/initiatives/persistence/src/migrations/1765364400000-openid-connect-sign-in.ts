import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: a municipality signs its staff in through its own OpenID Connect provider. Its configuration (the
 * client secret never leaves the server), the one-use sign-in attempts (state, nonce, PKCE verifier), accounts
 * keyed by issuer and subject (they have no password), and per session the refresh token its provider is asked
 * with again.
 */
export class OpenidConnectSignIn1765364400000 implements MigrationInterface {
  name = 'OpenidConnectSignIn1765364400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE municipality_sign_in (
        municipality_id uuid NOT NULL,
        passwords_allowed boolean NOT NULL DEFAULT true,
        issuer text,
        client_id text,
        client_secret text,
        groups_claim text NOT NULL DEFAULT 'groups',
        group_mappings jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT municipality_sign_in_pk PRIMARY KEY (municipality_id),
        CONSTRAINT municipality_sign_in_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT municipality_sign_in_provider_check
          CHECK ((issuer IS NULL) = (client_id IS NULL) AND (issuer IS NULL) = (client_secret IS NULL))
      )`);
    await db.query(`
      CREATE TABLE oidc_sign_in_attempt (
        state_hash text NOT NULL,
        municipality_id uuid NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT oidc_sign_in_attempt_pk PRIMARY KEY (state_hash),
        CONSTRAINT oidc_sign_in_attempt_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
      )`);
    await db.query(`CREATE INDEX oidc_sign_in_attempt_expires_idx ON oidc_sign_in_attempt (expires_at)`);
    await db.query(
      `CREATE INDEX oidc_sign_in_attempt_municipality_idx ON oidc_sign_in_attempt (municipality_id)`,
    );
    await db.query(`ALTER TABLE user_account ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(`ALTER TABLE user_account ADD COLUMN oidc_issuer text, ADD COLUMN oidc_subject text`);
    await db.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_oidc_subject_unique UNIQUE (oidc_issuer, oidc_subject)`,
    );
    await db.query(
      `ALTER TABLE user_session ADD COLUMN refresh_token text, ADD COLUMN provider_checked_at timestamptz`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_session DROP COLUMN refresh_token, DROP COLUMN provider_checked_at`);
    await db.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_oidc_subject_unique`);
    await db.query(`ALTER TABLE user_account DROP COLUMN oidc_issuer, DROP COLUMN oidc_subject`);
    await db.query(
      `DELETE FROM user_session s USING user_account u WHERE s.user_id = u.id AND u.password_hash IS NULL`,
    );
    await db.query(`DELETE FROM user_account WHERE password_hash IS NULL`);
    await db.query(`ALTER TABLE user_account ALTER COLUMN password_hash SET NOT NULL`);
    await db.query(`DROP TABLE oidc_sign_in_attempt`);
    await db.query(`DROP TABLE municipality_sign_in`);
  }
}
