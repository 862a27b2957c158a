import type { Role } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { USER_COLUMNS, insertUser, type UserAccount } from './account-store';
import { StoreError } from './errors';
import { inTransaction, pooledSql, prepared } from './sql';

/** Who the provider says signed in: its subject under its issuer names the account, never the username. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  username: string;
  displayName: string;
  email: string | null;
}

export type ProviderSignIn =
  { account: UserAccount } | { refused: 'accountNotInUse' | 'usernameTaken' | 'otherMunicipality' };

export interface ProviderSession {
  userId: string;
  refreshToken: string;
}

const FIND_BY_SUBJECT = prepared<UserAccount>(`
  SELECT ${USER_COLUMNS} FROM user_account u WHERE u.oidc_issuer = :issuer AND u.oidc_subject = :subject
  FOR UPDATE`);
const LINK_SUBJECT = prepared(
  `UPDATE user_account SET oidc_issuer = :issuer, oidc_subject = :subject WHERE id = :id`,
);
const UPDATE_FROM_PROVIDER = prepared<UserAccount>(`
  UPDATE user_account AS u SET roles = :roles, body_ids = :bodyIds, display_name = :displayName,
    email = coalesce(:email, email), updated_at = now()
  WHERE u.id = :id RETURNING ${USER_COLUMNS}`);
const CREATE_PROVIDER_SESSION = prepared(`
  INSERT INTO user_session (municipality_id, user_id, token_hash, expires_at, refresh_token, provider_checked_at)
  VALUES (:municipalityId, :userId, :tokenHash, :expiresAt, :refreshToken, :now)`);
/**
 * Only one request, in any process, asks the provider about a session at a time: a refresh token the provider
 * rotates works once, and a second grant with the old one would be refused as if the account were gone.
 */
const CLAIM_CHECK = prepared<ProviderSession>(`
  UPDATE user_session SET provider_checked_at = :now
  WHERE token_hash = :tokenHash AND revoked_at IS NULL AND refresh_token IS NOT NULL AND provider_checked_at <= :due
  RETURNING user_id AS "userId", refresh_token AS "refreshToken"`);
const PROVIDER_ANSWERED = prepared(`
  UPDATE user_session SET refresh_token = coalesce(:refreshToken, refresh_token), provider_checked_at = :now
  WHERE token_hash = :tokenHash AND revoked_at IS NULL`);
const END_SESSIONS_OF_USER = prepared(
  `UPDATE user_session SET revoked_at = now() WHERE user_id = :userId AND revoked_at IS NULL`,
);

/** Accounts that a municipality's OpenID Connect provider vouches for, and their sessions. */
export class ProviderAccounts {
  constructor(private readonly db: DataSource) {}

  /**
   * The account for this identity with the roles and bodies its groups give now: created at its first sign-in
   * (without a password), updated at every later one. Refused when the account was deactivated here or belongs
   * to another municipality, or when a new account's username is taken.
   */
  async signIn(
    municipalityId: string,
    identity: ProviderIdentity,
    roles: Role[],
    bodyIds: string[],
  ): Promise<ProviderSignIn> {
    return inTransaction(this.db, async (sql) => {
      const { issuer, subject, username, displayName, email } = identity;
      const [existing] = await sql.rows(FIND_BY_SUBJECT, { issuer, subject });
      if (existing && existing.municipalityId !== municipalityId) return { refused: 'otherMunicipality' };
      if (existing && !existing.active) return { refused: 'accountNotInUse' };
      let id = existing?.id;
      if (!id) {
        try {
          const created = await insertUser(sql, municipalityId, {
            username,
            displayName,
            email,
            roles,
            bodyIds,
            passwordHash: null,
          });
          id = created.id;
        } catch (error) {
          if (error instanceof StoreError && error.code === 'DUPLICATE_NAME')
            return { refused: 'usernameTaken' };
          throw error;
        }
        await sql.rows(LINK_SUBJECT, { id, issuer, subject });
      }
      const [account] = await sql.rows(UPDATE_FROM_PROVIDER, { id, roles, bodyIds, displayName, email });
      return { account: account as UserAccount };
    });
  }

  async createSession(
    user: UserAccount,
    tokenHash: string,
    expiresAt: Date,
    refreshToken: string,
    now: Date,
  ): Promise<void> {
    await pooledSql(this.db).rows(CREATE_PROVIDER_SESSION, {
      municipalityId: user.municipalityId,
      userId: user.id,
      tokenHash,
      expiresAt,
      refreshToken,
      now,
    });
  }

  /** The session to ask the provider about, if its check is still due (`due`: the last check at or before). */
  async claimCheck(tokenHash: string, now: Date, due: Date): Promise<ProviderSession | null> {
    const [session] = await pooledSql(this.db).rows(CLAIM_CHECK, { tokenHash, now, due });
    return session ?? null;
  }

  /** The provider still vouches for the account; a rotated refresh token replaces the old one. */
  async providerAnswered(tokenHash: string, refreshToken: string | null, now: Date): Promise<void> {
    await pooledSql(this.db).rows(PROVIDER_ANSWERED, { tokenHash, refreshToken, now });
  }

  /** The provider refused the account: every session of it ends. */
  async endSessionsOf(userId: string): Promise<void> {
    await pooledSql(this.db).rows(END_SESSIONS_OF_USER, { userId });
  }
}
