import type { DataSource } from 'typeorm';
import { pooledSql, prepared, type Prepared } from './sql';

/** One counter of sign-in attempts, and how many it allows per window. */
export interface ThrottleTier {
  key: string;
  limit: number;
}

/** What one attempt found on each tier it reached: the attempts counted this window, this one included. */
export interface TierCount {
  key: string;
  attempts: number;
  windowStart: Date;
}

/**
 * One upsert per tier, chained so that a tier is counted only if every tier before it was within its limit: an
 * address already over its limit for one username never counts against the username everywhere. Each upsert
 * locks its row until the statement ends, so simultaneous attempts are counted one after another. An attempt a
 * tier has already refused this window writes nothing: an address over its limit spraying usernames must not
 * leave a row per username behind. That read takes no lock; the chain still counts simultaneous attempts exactly.
 */
function reserveStatement(tiers: number): Prepared<TierCount> {
  const alreadyFull = `already_full AS (
      SELECT k.tier - 1 AS tier, t.throttle_key AS key, t.attempts + 1 AS attempts, t.window_start AS "windowStart"
      FROM unnest(:keys::text[], :limits::int[]) WITH ORDINALITY AS k(key, lim, tier)
      JOIN sign_in_throttle t ON t.throttle_key = k.key AND t.window_start > :windowStart AND t.attempts >= k.lim
      ORDER BY k.tier LIMIT 1)`;
  const steps = Array.from({ length: tiers }, (_, index) => {
    const reached =
      index === 0
        ? 'WHERE NOT EXISTS (SELECT FROM already_full)'
        : `FROM tier${index - 1} WHERE tier${index - 1}.attempts <= (:limits::int[])[${index}]`;
    return `tier${index} AS (
      INSERT INTO sign_in_throttle AS t (throttle_key, window_start, attempts)
      SELECT (:keys::text[])[${index + 1}], :now::timestamptz, 1 ${reached}
      ON CONFLICT (throttle_key) DO UPDATE SET
        window_start = CASE WHEN t.window_start > :windowStart THEN t.window_start ELSE excluded.window_start END,
        attempts = CASE WHEN t.window_start > :windowStart THEN t.attempts + 1 ELSE 1 END
      RETURNING throttle_key AS key, attempts, window_start AS "windowStart")`;
  });
  const results = [
    'SELECT * FROM already_full',
    ...steps.map((_, index) => `SELECT ${index} AS tier, * FROM tier${index}`),
  ];
  return prepared(
    `WITH ${[alreadyFull, ...steps].join(',\n')} SELECT key, attempts, "windowStart" FROM (${results.join(' UNION ALL ')}) AS counted ORDER BY tier`,
  );
}

const GIVE_BACK_ATTEMPT = prepared(
  `UPDATE sign_in_throttle SET attempts = greatest(attempts - 1, 0) WHERE throttle_key = :key`,
);
const CLEAR = prepared(`DELETE FROM sign_in_throttle WHERE throttle_key = :key`);
const FORGET_ENDED = prepared(`DELETE FROM sign_in_throttle WHERE window_start <= :windowStart`);

/** Counters of sign-in attempts per throttle key, each in a window that starts at its first attempt. */
export class SignInThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly windowMs: number,
  ) {}

  /**
   * Counts an attempt before its password is verified, tier by tier until one is over its limit. The counts
   * come back in tier order; the last one is over its limit if the attempt is refused (and is then the only one
   * if that tier had refused attempts already).
   */
  async reserve(tiers: ThrottleTier[], now: Date): Promise<TierCount[]> {
    return pooledSql(this.db).rows(reserveStatement(tiers.length), {
      keys: tiers.map((tier) => tier.key),
      limits: tiers.map((tier) => tier.limit),
      now,
      windowStart: new Date(now.getTime() - this.windowMs),
    });
  }

  /**
   * Gives back an attempt that turned out not to be a failure. One key per statement, so no statement holds one
   * counter's lock while waiting for another's: one UPDATE of them all could lock them in another order than
   * `reserve` does and deadlock with it.
   */
  async release(keys: string[]): Promise<void> {
    for (const key of keys) {
      await pooledSql(this.db).rows(GIVE_BACK_ATTEMPT, { key });
    }
  }

  async clear(key: string): Promise<void> {
    await pooledSql(this.db).rows(CLEAR, { key });
  }

  /** Counters whose window has passed count nothing any more. */
  async forgetEnded(now: Date): Promise<void> {
    await pooledSql(this.db).rows(FORGET_ENDED, { windowStart: new Date(now.getTime() - this.windowMs) });
  }
}
