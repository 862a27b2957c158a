import type { UserAccount } from '@aloite/persistence';

/**
 * How long this process trusts a session it has looked up. A logout or an account change made through this
 * process takes effect at once; one made through another API process, within this time.
 */
export const SESSION_RECHECK_MS = 1_000;
const MAX_SESSIONS = 10_000;

interface Recent {
  user: UserAccount;
  sessionExpiresAt: number;
  checkedAt: number;
}

/**
 * Sessions looked up in the last second, by token hash. Every request needs its actor, and asking PostgreSQL
 * each time was one of a transition's three round trips.
 */
export class RecentSessions {
  private readonly sessions = new Map<string, Recent>();

  /** The account, if this session was seen live within the recheck time and has not expired since. */
  get(tokenHash: string, now: Date): UserAccount | null {
    const recent = this.sessions.get(tokenHash);
    if (!recent) return null;
    if (
      performance.now() - recent.checkedAt >= SESSION_RECHECK_MS ||
      now.getTime() >= recent.sessionExpiresAt
    ) {
      this.sessions.delete(tokenHash);
      return null;
    }
    return recent.user;
  }

  remember(tokenHash: string, user: UserAccount, sessionExpiresAt: Date): void {
    // Map keeps insertion order: past the bound, the oldest look-up goes first.
    if (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    this.sessions.set(tokenHash, {
      user,
      sessionExpiresAt: sessionExpiresAt.getTime(),
      checkedAt: performance.now(),
    });
  }

  forget(tokenHash: string): void {
    this.sessions.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    for (const [tokenHash, recent] of this.sessions) {
      if (recent.user.id === userId) this.sessions.delete(tokenHash);
    }
  }
}
