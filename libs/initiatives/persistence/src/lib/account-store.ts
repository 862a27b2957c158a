import type { Role } from '@aloite/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { StoreError } from './errors';
import { pooledSql, prepared } from './sql';
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
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active`);

function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === '23505';
}

/** Accounts and sessions. Passwords arrive hashed; tokens arrive hashed. */
export class AccountStore {
  /** Works on a data source, or inside a caller's transaction. */
  constructor(private readonly db: DataSource | EntityManager) {}

  async createUser(municipalityId: string, user: NewUser): Promise<UserAccount> {
    try {
      const [created] = (await this.db.query(
        `INSERT INTO user_account AS u
           (municipality_id, username, username_key, display_name, roles, body_ids, password_hash, email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${USER_COLUMNS}`,
        [
          municipalityId,
          user.username,
          usernameKey(user.username),
          user.displayName,
          user.roles,
          user.bodyIds,
          user.passwordHash,
          user.email,
        ],
      )) as UserAccount[];
      return created as UserAccount;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new StoreError('DUPLICATE_NAME', `The username ${user.username} is already taken.`, {
          errors: [{ field: 'username', message: 'already taken' }],
        });
      }
      throw error;
    }
  }

  async listUsers(municipalityId: string): Promise<UserAccount[]> {
    return (await this.db.query(
      `SELECT ${USER_COLUMNS} FROM user_account u WHERE u.municipality_id = $1 ORDER BY u.username_key`,
      [municipalityId],
    )) as UserAccount[];
  }

  async findUser(municipalityId: string, id: string): Promise<UserAccount | null> {
    const [user] = (await this.db.query(
      `SELECT ${USER_COLUMNS} FROM user_account u WHERE u.id = $1 AND u.municipality_id = $2`,
      [id, municipalityId],
    )) as UserAccount[];
    return user ?? null;
  }

  /** For sign-in only: the account with its password hash, by its `usernameKey`. */
  async findCredentials(key: string): Promise<(UserAccount & { passwordHash: string }) | null> {
    const [user] = (await this.db.query(
      `SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash" FROM user_account u WHERE u.username_key = $1`,
      [key],
    )) as (UserAccount & { passwordHash: string })[];
    return user ?? null;
  }

  /** Deactivating an account or resetting its password ends its sessions in the same transaction. */
  async updateUser(municipalityId: string, id: string, changes: UserChanges): Promise<UserAccount> {
    return this.db.transaction(async (tx) => {
      const [rows] = (await tx.query(
        `UPDATE user_account AS u SET
           display_name = coalesce($3, display_name),
           roles = coalesce($4, roles),
           body_ids = coalesce($5, body_ids),
           active = coalesce($6, active),
           password_hash = coalesce($7, password_hash),
           email = coalesce($8, email),
           updated_at = now()
         WHERE u.id = $1 AND u.municipality_id = $2 RETURNING ${USER_COLUMNS}`,
        [
          id,
          municipalityId,
          changes.displayName ?? null,
          changes.roles ?? null,
          changes.bodyIds ?? null,
          changes.active ?? null,
          changes.passwordHash ?? null,
          changes.email ?? null,
        ],
      )) as [UserAccount[], number];
      const user = rows[0];
      if (!user) throw new StoreError('NOT_FOUND', `No user ${id}.`);
      if (changes.active === false || changes.passwordHash) {
        await tx.query(
          `UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
          [id],
        );
      }
      return user;
    });
  }

  async createSession(user: UserAccount, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO user_session (municipality_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [user.municipalityId, user.id, tokenHash, expiresAt],
    );
  }

  /** The active account behind a live session, and when the session expires; or null. */
  async findSessionUser(
    tokenHash: string,
    now: Date,
  ): Promise<{ user: UserAccount; sessionExpiresAt: Date } | null> {
    const [row] = await pooledSql(this.db).rows<UserAccount & { sessionExpiresAt: Date }>(SESSION_USER, [
      tokenHash,
      now,
    ]);
    if (!row) return null;
    const { sessionExpiresAt, ...user } = row;
    return { user, sessionExpiresAt };
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await this.db.query(
      `UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`,
      [tokenHash],
    );
  }
}
