import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AccountStore,
  MunicipalityStore,
  SignInThrottle,
  emailKey,
  usernameKey,
  type SignInName,
  type ThrottleTier,
  type UserAccount,
} from '@aloite/persistence';
import { AppError, invalid } from '../http/app-error';
import { Clock } from '../clock';
import { clientAddressKey } from '../http/client-address';
import type { RequestActor } from './request-actor';
import { RecentSessions } from './recent-sessions';
import { OidcProviders } from './oidc/oidc-providers';
import {
  hashPassword,
  hashToken,
  newSessionToken,
  refuseIfPasswordWorkIsBusy,
  verifyAgainstNothing,
  verifyPassword,
} from './passwords';

export const SESSION_HOURS = 12;
export const WINDOW_MS = 15 * 60_000;
/**
 * Failed sign-ins allowed per 15-minute window, tightest first: one username from one address (guessing one
 * password), one address (trying many usernames), and one username from everywhere, high enough that strangers
 * cannot lock its owner out cheaply (it takes twenty addresses) but still a ceiling on a distributed guess.
 */
const LIMITS = { pair: 5, address: 20, account: 100 } as const;
/** From this many failures of one username across addresses, each attempt waits a little longer first. */
const SLOW_DOWN_FROM = 10;
const SLOW_DOWN_STEP_MS = 250;
const SLOW_DOWN_MAX_MS = 5_000;

/** A sign-in name with an `@` is an e-mail (a username cannot have one), else a username. */
export function signInNameKey(name: string): { key: string; byEmail: boolean } {
  return name.includes('@')
    ? { key: emailKey(name), byEmail: true }
    : { key: usernameKey(name), byEmail: false };
}

/**
 * The throttle's tiers for one attempt, tightest first; all name the account by its municipality (its id)
 * and its sign-in name's one key (so one municipality's failures never lock out another's same-named user), and
 * the address by its `clientAddressKey` (an IPv6 client by its /64).
 */
export function throttleTiers(municipality: string, signInName: string, ip: string): ThrottleTier[] {
  const name = `${municipality}|${signInNameKey(signInName).key}`;
  const address = clientAddressKey(ip);
  return [
    { key: `pair:${name}|${address}`, limit: LIMITS.pair },
    { key: `address:${address}`, limit: LIMITS.address },
    { key: `user:${name}`, limit: LIMITS.account },
  ];
}

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
    lastSignInAt: user.lastSignInAt,
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
    passwordChangeRequired: user.passwordChangeRequired,
  };
}

@Injectable()
export class AuthService {
  private readonly recentSessions = new RecentSessions();
  private lastForgotten = 0;

  constructor(
    private readonly accounts: AccountStore,
    private readonly municipalities: MunicipalityStore,
    private readonly throttle: SignInThrottle,
    private readonly clock: Clock,
    private readonly providers: OidcProviders,
  ) {}

  /**
   * One answer for a wrong password and an unknown username alike, in the same time. The attempt is counted
   * before its password is verified, so simultaneous attempts cannot all pass a count read before any failed.
   * The municipality is named by its address name; with one municipality in the deployment it may be left out.
   * An address name that names none is answered as an unknown username is.
   */
  async login(
    username: string,
    password: string,
    municipality: string | undefined,
    address: string,
  ): Promise<SignedIn> {
    // Before any database work: a burst of sign-ins must not take the connections everyone else needs.
    refuseIfPasswordWorkIsBusy();
    const now = this.clock.now();
    const municipalityId = await this.municipalityToSignInTo(municipality);
    const tiers = throttleTiers(municipalityId ?? `unknown:${municipality}`, username, address);
    const accountAttempts = await this.reserveAttempt(tiers, now);
    const name = municipalityId === null ? null : { municipalityId, ...signInNameKey(username) };
    const account = await this.checkCredentials(name, password, accountAttempts).catch(
      async (error: unknown) => {
        // Not checked (too busy, or the database failed): not a failure either.
        await this.throttle.release(tiers.map((tier) => tier.key));
        throw error;
      },
    );
    if (!account) {
      throw new AppError(
        'UNAUTHENTICATED',
        'The username or password is wrong, or the account is not in use.',
      );
    }
    // Told only after the password proved right, so it reveals nothing about which usernames exist.
    if (!account.passwordsAllowed) {
      throw new AppError(
        'PASSWORDS_NOT_ALLOWED',
        'This municipality signs its staff in through its own provider.',
      );
    }
    const [pair, ...others] = tiers.map((tier) => tier.key);
    await this.throttle.clear(pair as string);
    await this.throttle.release(others);
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    await this.accounts.createSession(account, hashToken(token), expiresAt);
    return { token, expiresAt, user: userView(account) };
  }

  /**
   * The signed-in owner's own change: the current password first (counted like a sign-in, so a taken-over
   * session cannot guess it), then every other session of the account ends and this one goes on, no longer
   * held to changing its password.
   */
  async changePassword(actor: RequestActor, token: string, current: string, next: string): Promise<void> {
    refuseIfPasswordWorkIsBusy();
    const tier = { key: `change:${actor.userId}`, limit: LIMITS.pair };
    await this.reserveAttempt([tier], this.clock.now());
    const hash = await this.accounts.passwordHashOf(actor.userId);
    if (!hash || !(await verifyPassword(hash, current)))
      throw invalid('currentPassword', 'is not your current password', 'wrongPassword');
    await this.throttle.clear(tier.key);
    if (next === current)
      throw invalid('newPassword', 'must differ from the current password', 'samePassword');
    const changes = { passwordHash: await hashPassword(next), passwordChangeRequired: false };
    await this.accounts.updateUser(actor.municipalityId, actor.userId, changes, null, hashToken(token));
    this.accountChanged(actor.userId);
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
    const { municipalityId, id } = found.user;
    if (!(await this.providers.stillVouches(tokenHash, municipalityId, found.providerCheckedAt))) {
      this.recentSessions.forgetUser(id);
      return null;
    }
    this.recentSessions.remember(tokenHash, found.user, found.sessionExpiresAt);
    return actorOf(found.user);
  }

  /** After an account's roles, bodies, password or status changed: its next request asks PostgreSQL again. */
  accountChanged(userId: string): void {
    this.recentSessions.forgetUser(userId);
  }

  /** The named municipality's id, or the only one's; null if the name names none. */
  private async municipalityToSignInTo(slug: string | undefined): Promise<string | null> {
    const all = await this.municipalities.toSignInTo();
    if (slug !== undefined) return all.find((municipality) => municipality.slug === slug)?.id ?? null;
    if (all.length === 1) return all[0]?.id ?? null;
    throw invalid('municipality', 'name the municipality to sign in to', 'required');
  }

  /** The active account the credentials name, or null; slower while its username is guessed from everywhere. */
  private async checkCredentials(name: SignInName | null, password: string, accountAttempts: number) {
    const slowDownMs = Math.min((accountAttempts - SLOW_DOWN_FROM) * SLOW_DOWN_STEP_MS, SLOW_DOWN_MAX_MS);
    if (slowDownMs > 0) await sleep(slowDownMs);
    const account = name === null ? null : await this.accounts.findCredentials(name);
    const valid = account?.passwordHash
      ? await verifyPassword(account.passwordHash, password)
      : await verifyAgainstNothing(password);
    return account && valid && account.active ? account : null;
  }

  /**
   * Counts the attempt on every tier and answers how many the username's account-wide tier has counted, or
   * refuses it with the time until the tier it is over frees up.
   */
  private async reserveAttempt(tiers: ThrottleTier[], now: Date): Promise<number> {
    await this.forgetEndedWindows(now);
    const counts = await this.throttle.reserve(tiers, now);
    const limits = new Map(tiers.map((tier) => [tier.key, tier.limit]));
    const over = counts.find((count) => count.attempts > (limits.get(count.key) ?? 0));
    if (!over) return counts[counts.length - 1]?.attempts ?? 0;
    const freesAt = new Date(over.windowStart).getTime() + WINDOW_MS;
    const retryAfter = Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000));
    throw new AppError(
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
      { retryAfter },
    );
  }

  /** At most once a window, so the counters of passing guessers do not pile up. */
  private async forgetEndedWindows(now: Date): Promise<void> {
    if (now.getTime() - this.lastForgotten < WINDOW_MS) return;
    this.lastForgotten = now.getTime();
    await this.throttle.forgetEnded(now);
  }
}
