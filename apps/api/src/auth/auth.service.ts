import { Injectable } from '@nestjs/common';
import { AccountStore, AppError, type UserAccount } from '@aloite/persistence';
import { DataSource } from 'typeorm';
import { Clock } from '../clock';
import type { RequestActor } from './request-actor';
import { RecentSessions } from './recent-sessions';
import { hashToken, newSessionToken, verifyAgainstNothing, verifyPassword } from './passwords';

export const SESSION_HOURS = 12;
const WINDOW_MS = 15 * 60_000;
/** Failed sign-ins allowed per window: per username (guessing one password) and per address (trying many). */
const LIMITS = { user: 5, address: 20 } as const;

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: ReturnType<typeof userView>;
}

export function userView(user: UserAccount) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    bodyIds: user.bodyIds,
    active: user.active,
  };
}

export function actorOf(user: UserAccount): RequestActor {
  return {
    id: user.username,
    userId: user.id,
    displayName: user.displayName,
    roles: user.roles,
    bodyIds: user.bodyIds,
    municipalityId: user.municipalityId,
  };
}

@Injectable()
export class AuthService {
  private readonly accounts: AccountStore;
  private readonly recentSessions = new RecentSessions();

  constructor(
    db: DataSource,
    private readonly clock: Clock,
  ) {
    this.accounts = new AccountStore(db);
  }

  /** One answer for a wrong password and an unknown username alike, in the same time. */
  async login(username: string, password: string, address: string): Promise<SignedIn> {
    const now = this.clock.now();
    const keys = { user: `user:${username.toLowerCase()}`, address: `address:${address}` };
    await this.refuseIfThrottled(keys, now);
    const account = await this.accounts.findCredentials(username);
    const valid = account
      ? await verifyPassword(account.passwordHash, password)
      : await verifyAgainstNothing(password);
    if (!account || !valid || !account.active) {
      await this.accounts.recordFailures([keys.user, keys.address], now);
      throw new AppError(
        'UNAUTHENTICATED',
        'The username or password is wrong, or the account is not in use.',
      );
    }
    await this.accounts.clearFailures(keys.user);
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    await this.accounts.createSession(account, hashToken(token), expiresAt);
    return { token, expiresAt, user: userView(account) };
  }

  async logout(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.accounts.revokeSession(tokenHash);
    this.recentSessions.forget(tokenHash);
  }

  async actorFor(token: string): Promise<RequestActor | null> {
    const tokenHash = hashToken(token);
    const now = this.clock.now();
    const recent = this.recentSessions.get(tokenHash, now);
    if (recent) return actorOf(recent);
    const found = await this.accounts.findSessionUser(tokenHash, now);
    if (!found) return null;
    this.recentSessions.remember(tokenHash, found.user, found.sessionExpiresAt);
    return actorOf(found.user);
  }

  /** After an account's roles, bodies, password or status changed: its next request asks PostgreSQL again. */
  accountChanged(userId: string): void {
    this.recentSessions.forgetUser(userId);
  }

  private async refuseIfThrottled(keys: { user: string; address: string }, now: Date): Promise<void> {
    const since = new Date(now.getTime() - WINDOW_MS);
    const failures = await this.accounts.failuresSince([keys.user, keys.address], since);
    const blocking = failures.filter(
      (failure) => failure.count >= (failure.key === keys.user ? LIMITS.user : LIMITS.address),
    );
    if (blocking.length === 0) return;
    const freesAt = Math.max(...blocking.map((failure) => new Date(failure.oldest).getTime() + WINDOW_MS));
    const retryAfter = Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000));
    throw new AppError(
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
      { retryAfter },
    );
  }
}
