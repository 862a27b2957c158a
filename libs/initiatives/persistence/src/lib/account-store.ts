import type { Role } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { givenFields, logAdminChange, type AdminActor } from './admin-log';
import { StoreError } from './errors';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';
import { emailKey, usernameKey } from './usernames';

export interface UserAccount {
  id: string;
  municipalityId: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  bodyIds: string[];
  active: boolean;
  /** Set by an administrator's password reset: the account's sessions may only change the password. */
  passwordChangeRequired: boolean;
  createdAt: string;
  updatedAt: string;
  lastSignInAt: string | null;
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
  passwordChangeRequired?: boolean;
}

/** Whose sign-in name it is: a username's or an e-mail's key, in one municipality. */
export interface SignInName {
  municipalityId: string;
  key: string;
  byEmail: boolean;
}

export const USER_COLUMNS = `u.id, u.municipality_id AS "municipalityId", u.username, u.display_name AS "displayName",
  u.email, u.roles, u.body_ids AS "bodyIds", u.active,
  u.password_change_required AS "passwordChangeRequired", u.created_at AS "createdAt", u.updated_at AS "updatedAt",
  u.last_sign_in_at AS "lastSignInAt"`;

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
    (municipality_id, username, username_key, display_name, roles, body_ids, password_hash, email, email_key)
  VALUES (:municipalityId, :username, :usernameKey, :displayName, :roles, :bodyIds, :passwordHash, :email,
    :emailKey)
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
   FROM user_account u
   WHERE u.municipality_id = :municipalityId AND (CASE WHEN :byEmail THEN u.email_key ELSE u.username_key END) = :key`,
);
const FIND_PASSWORD_HASH = prepared<{ passwordHash: string | null }>(
  `SELECT u.password_hash AS "passwordHash" FROM user_account u WHERE u.id = :id AND u.active`,
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
    email_key = coalesce(:emailKey, email_key),
    password_change_required = coalesce(:passwordChangeRequired, password_change_required),
    updated_at = now()
  WHERE u.id = :id AND u.municipality_id = :municipalityId RETURNING ${USER_COLUMNS}`);
/** Every session of the account but the one that asked, if one did. */
const END_SESSIONS_OF_USER = prepared(
  `UPDATE user_session SET revoked_at = now() WHERE user_id = :id AND revoked_at IS NULL
     AND token_hash IS DISTINCT FROM :keepTokenHash`,
);
/** A session begins only at a successful sign-in: that is when the account last signed in. */
const CREATE_SESSION = prepared(`
  WITH signed_in AS (UPDATE user_account SET last_sign_in_at = now() WHERE id = :userId)
  INSERT INTO user_session (municipality_id, user_id, token_hash, expires_at)
  VALUES (:municipalityId, :userId, :tokenHash, :expiresAt)`);
const REVOKE_SESSION = prepared(
  `UPDATE user_session SET revoked_at = now() WHERE token_hash = :tokenHash AND revoked_at IS NULL`,
);

/** A unique violation as DUPLICATE_NAME on the field whose name is taken in the municipality. */
function refuseTaken(error: unknown, values: { username?: string; email?: string | null }): never {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== '23505') throw error;
  const field = constraint === 'user_account_municipality_email_key_unique' ? 'email' : 'username';
  const value = values[field] ?? '';
  throw new StoreError('DUPLICATE_NAME', `The ${field} ${value} is already taken.`, {
    errors: [{ field, message: 'already taken', rule: 'inUse', params: { value } }],
  });
}

/** Adds an account, on its own or inside a caller's transaction; a taken username or e-mail is DUPLICATE_NAME. */
export async function insertUser(sql: Sql, municipalityId: string, user: NewUser): Promise<UserAccount> {
  try {
    const [created] = await sql.rows(CREATE_USER, {
      ...user,
      municipalityId,
      usernameKey: usernameKey(user.username),
      emailKey: user.email === null ? null : emailKey(user.email),
    });
    return created as UserAccount;
  } catch (error) {
    refuseTaken(error, user);
  }
}

/** Accounts and sessions. Passwords arrive hashed; tokens arrive hashed. */
export class AccountStore {
  constructor(private readonly db: DataSource) {}

  /** `by`: the administrator creating it through the API, whose change is logged with it. */
  async createUser(municipalityId: string, user: NewUser, by?: AdminActor): Promise<UserAccount> {
    if (!by) return insertUser(pooledSql(this.db), municipalityId, user);
    return inTransaction(this.db, async (sql) => {
      const created = await insertUser(sql, municipalityId, user);
      const { username, displayName, email, roles, bodyIds } = created;
      await logAdminChange(sql, by, {
        entityKind: 'user',
        entityId: created.id,
        action: 'create',
        change: { username, displayName, email, roles, bodyIds },
      });
      return created;
    });
  }

  listUsers(municipalityId: string): Promise<UserAccount[]> {
    return pooledSql(this.db).rows(LIST_USERS, { municipalityId });
  }

  async findUser(municipalityId: string, id: string): Promise<UserAccount | null> {
    const [user] = await pooledSql(this.db).rows(FIND_USER, { id, municipalityId });
    return user ?? null;
  }

  /** For sign-in only: the account with its password hash, by its sign-in name in its municipality. */
  async findCredentials(name: SignInName): Promise<Credentials | null> {
    const [user] = await pooledSql(this.db).rows(FIND_CREDENTIALS, { ...name });
    return user ?? null;
  }

  /** The active account's password hash, for checking its current password before a change. */
  async passwordHashOf(id: string): Promise<string | null> {
    const [row] = await pooledSql(this.db).rows(FIND_PASSWORD_HASH, { id });
    return row?.passwordHash ?? null;
  }

  /**
   * Deactivating an account or changing its password ends its sessions in the same transaction, all but
   * `keepTokenHash`'s (the session of an owner who changed their own password goes on); an administrator's change
   * is logged in it too.
   */
  async updateUser(
    municipalityId: string,
    id: string,
    changes: UserChanges,
    by: AdminActor | null,
    keepTokenHash: string | null = null,
  ): Promise<UserAccount> {
    return inTransaction(this.db, async (sql) => {
      const [user] = await sql
        .rows(UPDATE_USER, {
          id,
          municipalityId,
          displayName: changes.displayName ?? null,
          roles: changes.roles ?? null,
          bodyIds: changes.bodyIds ?? null,
          active: changes.active ?? null,
          passwordHash: changes.passwordHash ?? null,
          passwordChangeRequired: changes.passwordChangeRequired ?? null,
          email: changes.email ?? null,
          emailKey: changes.email === undefined ? null : emailKey(changes.email),
        })
        .catch((error: unknown) => refuseTaken(error, changes));
      if (!user) throw new StoreError('NOT_FOUND', `No user ${id}.`);
      if (changes.active === false || changes.passwordHash)
        await sql.rows(END_SESSIONS_OF_USER, { id, keepTokenHash });
      // An administrator's change is logged; an owner changing their own password is not administration.
      if (by) {
        const { passwordHash, ...logged } = changes;
        await logAdminChange(sql, by, {
          entityKind: 'user',
          entityId: id,
          action: 'update',
          // A reset by an administrator is what forces the change: the reset says it.
          change: givenFields({
            ...logged,
            passwordChangeRequired: undefined,
            passwordReset: passwordHash ? true : undefined,
          }),
        });
      }
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
