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
  passwordHash: string;
}

export interface UserChanges {
  displayName?: string;
  email?: string;
  roles?: Role[];
  bodyIds?: string[];
  active?: boolean;
  passwordHash?: string;
}

const USER_COLUMNS = `u.id, u.municipality_id AS "municipalityId", u.username, u.display_name AS "displayName",
  u.email, u.roles, u.body_ids AS "bodyIds", u.active, u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

/** Every request asks this first. */
const SESSION_USER = prepared(`
  SELECT ${USER_COLUMNS}, s.expires_at AS "sessionExpiresAt" FROM user_session s JOIN user_account u ON u.id = s.user_id
  WHERE s.token_hash = :tokenHash AND s.revoked_at IS NULL AND s.expires_at > :now AND u.active`);

const INSERT_USER = prepared(`
  INSERT INTO user_account AS u
    (municipality_id, username, username_key, display_name, roles, body_ids, password_hash, email)
  VALUES (:municipalityId, :username, :usernameKey, :displayName, :roles, :bodyIds, :passwordHash, :email)
  RETURNING ${USER_COLUMNS}`);

const USERS_OF = prepared(
  `SELECT ${USER_COLUMNS} FROM user_account u WHERE u.municipality_id = :municipalityId ORDER BY u.username_key`,
);

const FIND_USER = prepared(
  `SELECT ${USER_COLUMNS} FROM user_account u WHERE u.id = :id AND u.municipality_id = :municipalityId`,
);

const CREDENTIALS = prepared(
  `SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash" FROM user_account u WHERE u.username_key = :key`,
);

const UPDATE_USER = prepared(`
  UPDATE user_account AS u SET
    display_name = coalesce(:displayName, u.display_name),
    roles = coalesce(:roles, u.roles),
    body_ids = coalesce(:bodyIds, u.body_ids),
    active = coalesce(:active, u.active),
    password_hash = coalesce(:passwordHash, u.password_hash),
    email = coalesce(:email, u.email),
    updated_at = now()
  WHERE u.id = :id AND u.municipality_id = :municipalityId RETURNING ${USER_COLUMNS}`);

const REVOKE_SESSIONS_OF = prepared(
  `UPDATE user_session SET revoked_at = now() WHERE user_id = :userId AND revoked_at IS NULL`,
);

const INSERT_SESSION = prepared(`
  INSERT INTO user_session (municipality_id, user_id, token_hash, expires_at)
  VALUES (:municipalityId, :userId, :tokenHash, :expiresAt)`);

const REVOKE_SESSION = prepared(
  `UPDATE user_session SET revoked_at = now() WHERE token_hash = :tokenHash AND revoked_at IS NULL`,
);

/** Adds an account, on its own or inside a caller's transaction; a taken username is refused as DUPLICATE_NAME. */
export async function insertUser(sql: Sql, municipalityId: string, user: NewUser): Promise<UserAccount> {
  try {
    const [created] = await sql.rows<UserAccount>(INSERT_USER, {
      municipalityId,
      username: user.username,
      usernameKey: usernameKey(user.username),
      displayName: user.displayName,
      roles: user.roles,
      bodyIds: user.bodyIds,
      passwordHash: user.passwordHash,
      email: user.email,
    });
    return created as UserAccount;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new StoreError('DUPLICATE_NAME', `The username ${user.username} is already taken.`, {
        errors: [{ field: 'username', message: 'already taken' }],
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

  async listUsers(municipalityId: string): Promise<UserAccount[]> {
    return pooledSql(this.db).rows<UserAccount>(USERS_OF, { municipalityId });
  }

  async findUser(municipalityId: string, id: string): Promise<UserAccount | null> {
    const [user] = await pooledSql(this.db).rows<UserAccount>(FIND_USER, { id, municipalityId });
    return user ?? null;
  }

  /** For sign-in only: the account with its password hash, by its `usernameKey`. */
  async findCredentials(key: string): Promise<(UserAccount & { passwordHash: string }) | null> {
    const [user] = await pooledSql(this.db).rows<UserAccount & { passwordHash: string }>(CREDENTIALS, {
      key,
    });
    return user ?? null;
  }

  /** Deactivating an account or resetting its password ends its sessions in the same transaction. */
  async updateUser(municipalityId: string, id: string, changes: UserChanges): Promise<UserAccount> {
    return inTransaction(this.db, async (sql) => {
      const [user] = await sql.rows<UserAccount>(UPDATE_USER, {
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
      if (changes.active === false || changes.passwordHash) {
        await sql.rows(REVOKE_SESSIONS_OF, { userId: id });
      }
      return user;
    });
  }

  async createSession(user: UserAccount, tokenHash: string, expiresAt: Date): Promise<void> {
    await pooledSql(this.db).rows(INSERT_SESSION, {
      municipalityId: user.municipalityId,
      userId: user.id,
      tokenHash,
      expiresAt,
    });
  }

  /** The active account behind a live session, and when the session expires; or null. */
  async findSessionUser(
    tokenHash: string,
    now: Date,
  ): Promise<{ user: UserAccount; sessionExpiresAt: Date } | null> {
    const [row] = await pooledSql(this.db).rows<UserAccount & { sessionExpiresAt: Date }>(SESSION_USER, {
      tokenHash,
      now,
    });
    if (!row) return null;
    const { sessionExpiresAt, ...user } = row;
    return { user, sessionExpiresAt };
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await pooledSql(this.db).rows(REVOKE_SESSION, { tokenHash });
  }
}
