import type { DataSource } from 'typeorm';
import { PG_BOSS_SCHEMA } from './scheduled-jobs';
import { pooledSql, prepared } from './sql';

const PING = prepared('SELECT 1');
const APPLIED_MIGRATIONS = prepared<{ name: string }>('SELECT name FROM migrations');
const QUEUE_DEPTHS = prepared<{ queue: string; depth: number }>(
  `SELECT queue.name AS queue, count(job.id)::int AS depth
     FROM ${PG_BOSS_SCHEMA}.queue queue
     LEFT JOIN ${PG_BOSS_SCHEMA}.job job ON job.name = queue.name AND job.state < 'active'
    GROUP BY queue.name`,
);
const ATTACHMENT_BYTES = prepared<{ bytes: string }>(
  'SELECT coalesce(sum(size), 0)::bigint AS bytes FROM attachment',
);

/** node-postgres's pool, which TypeORM keeps as its driver's `master`. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** What operations ask of the database: whether it answers and is current, and how full it is. */
export class DatabaseProbe {
  constructor(private readonly db: DataSource) {}

  /** Resolves when the database answered a trivial statement; rejects as the statement would. */
  async ping(): Promise<void> {
    await pooledSql(this.db).rows(PING, {});
  }

  /** The migrations this build knows that the database has not applied. */
  async missingMigrations(): Promise<string[]> {
    const applied = new Set((await pooledSql(this.db).rows(APPLIED_MIGRATIONS)).map((row) => row.name));
    // Named as TypeORM names them in its table.
    const known = this.db.migrations.map((migration) => migration.name ?? migration.constructor.name);
    return known.filter((name) => !applied.has(name));
  }

  /** Connections checked out of the pool, and queries waiting for one. */
  pool(): { inUse: number; waiting: number } {
    const pool = (this.db.driver as unknown as { master: PgPool }).master;
    return { inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount };
  }

  /** pg-boss's jobs waiting to run (created or retrying), per queue. */
  jobQueueDepths(): Promise<{ queue: string; depth: number }[]> {
    return pooledSql(this.db).rows(QUEUE_DEPTHS);
  }

  /** The bytes of every document stored. */
  async attachmentBytes(): Promise<number> {
    const [row] = await pooledSql(this.db).rows(ATTACHMENT_BYTES);
    return Number(row?.bytes ?? 0);
  }
}
