import type { Role } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { StoreError } from './errors';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';
import { usernameKey } from './usernames';

export interface UserAccount {
  id: string;
  municipalityId: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  bodyIds: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  bodyIds: string[];
  /** Null for an account its municipality's OpenID Connect provider vouches for. */
  passwordHash: string | null;
}

export interface UserChanges {
  displayName?: string;
  email?: string;
  roles?: Role[];
  bodyIds?: string[];
  active?: boolean;
  passwordHash?: string;
}

export const USER_COLUMNS = `u.id, u.municipality_id AS "municipalityId", u.username, u.display_name AS "displayName",
  u.email, u.roles, u.body_ids AS "bodyIds", u.active, u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

/** What a password sign-in checks: the hash (null: no password), and whether its municipality allows passwords. */
export interface Credentials extends UserAccount {
  passwordHash: string | null;
  passwordsAllowed: boolean;
}

/** A live session's account, when it expires, and when its provider last vouched for it (null: a password's). */
export interface SessionUser {
  user: UserAccount;
  sessionExpiresAt: Date;
  providerCheckedAt: Date | null;
}

/** Every request asks this first. */
const SESSION_USER = prepared<UserAccount & { sessionExpiresAt: Date; providerCheckedAt: Date | null }>(`
  SELECT ${USER_COLUMNS}, s.expires_at AS "sessionExpiresAt", s.provider_checked_at AS "providerCheckedAt" FROM user_session s JOIN user_account u ON u.id = s.user_id
  WHERE s.token_hash = :tokenHash AND s.revoked_at IS NULL AND s.expires_at > :now AND u.active`);
const CREATE_USER = prepared<UserAccount>(`
  INSERT INTO user_account AS u
    (municipality_id, username, username_key, display_name, roles, body_ids, password_hash, email)
  VALUES (:municipalityId, :username, :usernameKey, :displayName, :roles, :bodyIds, :passwordHash, :email)
  RETURNING ${USER_COLUMNS}`);
const LIST_USERS = prepared<UserAccount>(
  `SELECT ${USER_COLUMNS} FROM user_account u WHERE u.municipality_id = :municipalityId ORDER BY u.username_key`,
);
const FIND_USER = prepared<UserAccount>(
  `SELECT ${USER_COLUMNS} FROM user_account u WHERE u.id = :id AND u.municipality_id = :municipalityId`,
);
const FIND_CREDENTIALS = prepared<Credentials>(
  `SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash",
     coalesce((SELECT p.passwords_allowed FROM municipality_sign_in p WHERE p.municipality_id = u.municipality_id),
       true) AS "passwordsAllowed"
   FROM user_account u WHERE u.username_key = :key`,
);
/** What is left out stays as it is. */
const UPDATE_USER = prepared<UserAccount>(`
  UPDATE user_account AS u SET
    display_name = coalesce(:displayName, display_name),
    roles = coalesce(:roles, roles),
    body_ids = coalesce(:bodyIds, body_ids),
    active = coalesce(:active, active),
    password_hash = coalesce(:passwordHash, password_hash),
    email = coalesce(:email, email),
    updated_at = now()
  WHERE u.id = :id AND u.municipality_id = :municipalityId RETURNING ${USER_COLUMNS}`);
const END_SESSIONS_OF_USER = prepared(
  `UPDATE user_session SET revoked_at = now() WHERE user_id = :id AND revoked_at IS NULL`,
);
const CREATE_SESSION = prepared(
  `INSERT INTO user_session (municipality_id, user_id, token_hash, expires_at)
   VALUES (:municipalityId, :userId, :tokenHash, :expiresAt)`,
);
const REVOKE_SESSION = prepared(
  `UPDATE user_session SET revoked_at = now() WHERE token_hash = :tokenHash AND revoked_at IS NULL`,
);

/** Adds an account, on its own or inside a caller's transaction; a taken username is refused as DUPLICATE_NAME. */
export async function insertUser(sql: Sql, municipalityId: string, user: NewUser): Promise<UserAccount> {
  try {
    const [created] = await sql.rows(CREATE_USER, {
      ...user,
      municipalityId,
      usernameKey: usernameKey(user.username),
    });
    return created as UserAccount;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new StoreError('DUPLICATE_NAME', `The username ${user.username} is already taken.`, {
        errors: [
          { field: 'username', message: 'already taken', rule: 'inUse', params: { value: user.username } },
        ],
      });
    }
    throw error;
  }
}

/** Accounts and sessions. Passwords arrive hashed; tokens arrive hashed. */
export class AccountStore {
  constructor(private readonly db: DataSource) {}

  async createUser(municipalityId: string, user: NewUser): Promise<UserAccount> {
    return insertUser(pooledSql(this.db), municipalityId, user);
  }

  listUsers(municipalityId: string): Promise<UserAccount[]> {
    return pooledSql(this.db).rows(LIST_USERS, { municipalityId });
  }

  async findUser(municipalityId: string, id: string): Promise<UserAccount | null> {
    const [user] = await pooledSql(this.db).rows(FIND_USER, { id, municipalityId });
    return user ?? null;
  }

  /** For sign-in only: the account with its password hash, by its `usernameKey`. */
  async findCredentials(key: string): Promise<Credentials | null> {
    const [user] = await pooledSql(this.db).rows(FIND_CREDENTIALS, { key });
    return user ?? null;
  }

  /** Deactivating an account or resetting its password ends its sessions in the same transaction. */
  async updateUser(municipalityId: string, id: string, changes: UserChanges): Promise<UserAccount> {
    return inTransaction(this.db, async (sql) => {
      const [user] = await sql.rows(UPDATE_USER, {
        id,
        municipalityId,
        displayName: changes.displayName ?? null,
        roles: changes.roles ?? null,
        bodyIds: changes.bodyIds ?? null,
        active: changes.active ?? null,
        passwordHash: changes.passwordHash ?? null,
        email: changes.email ?? null,
      });
      if (!user) throw new StoreError('NOT_FOUND', `No user ${id}.`);
      if (changes.active === false || changes.passwordHash) await sql.rows(END_SESSIONS_OF_USER, { id });
      return user;
    });
  }

  async createSession(user: UserAccount, tokenHash: string, expiresAt: Date): Promise<void> {
    await pooledSql(this.db).rows(CREATE_SESSION, {
      municipalityId: user.municipalityId,
      userId: user.id,
      tokenHash,
      expiresAt,
    });
  }

  /** The active account behind a live session, and when the session expires; or null. */
  async findSessionUser(tokenHash: string, now: Date): Promise<SessionUser | null> {
    const [row] = await pooledSql(this.db).rows(SESSION_USER, { tokenHash, now });
    if (!row) return null;
    const { sessionExpiresAt, providerCheckedAt, ...user } = row;
    return { user, sessionExpiresAt, providerCheckedAt };
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await pooledSql(this.db).rows(REVOKE_SESSION, { tokenHash });
  }
}
