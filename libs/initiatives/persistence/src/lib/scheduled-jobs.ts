import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';

/** Longer than pg-boss's own wait between its checks that a stopped worker has finished. */
const WORKER_REMOVAL_MS = 1_500;

/** pg-boss keeps its queues and schedules in this schema of Aloite's database. */
export const PG_BOSS_SCHEMA = 'pgboss';

/**
 * pg-boss's own queue (its timekeeper's QUEUES.SEND_IT), through which a schedule that comes due sends its job.
 * Each queue is a table of its own, which the API's role may not create: without this one, no schedule ever fired.
 */
const SCHEDULED_SENDS_QUEUE = '__pgboss__send-it';

/**
 * Creates (or upgrades) pg-boss's schema, its queue of scheduled sends and a queue as the database's owner, so
 * that the API's own role needs no DDL: pg-boss then finds them in place.
 */
export async function installJobQueue(ownerUrl: string, queue: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: PG_BOSS_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    await boss.createQueue(SCHEDULED_SENDS_QUEUE);
    await boss.createQueue(queue);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

export interface DailyJob {
  queue: string;
  cron: string;
  timeZone: string;
  work: () => Promise<void>;
  onError: (error: Error) => void;
}

/**
 * Jobs scheduled inside PostgreSQL with pg-boss, on the database the API is connected to: no extra server, and
 * with several API processes a schedule still fires once.
 */
export class ScheduledJobs {
  private boss: PgBoss | null = null;

  constructor(private readonly db: DataSource) {}

  async start(job: DailyJob): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    if (!url) throw new Error('Scheduled jobs need the database URL.');
    const boss = new PgBoss({ connectionString: url, schema: PG_BOSS_SCHEMA, max: 2 });
    boss.on('error', job.onError);
    await boss.start();
    await boss.createQueue(job.queue);
    await boss.schedule(job.queue, job.cron, {}, { tz: job.timeZone });
    await boss.work(job.queue, job.work);
    this.boss = boss;
  }

  async stop(): Promise<void> {
    if (!this.boss) return;
    await this.boss.stop({ graceful: false, wait: true });
    // pg-boss removes a worker caught mid-fetch in a loop of its own, a second at a time, after stop() resolves; it
    // must not run on into a process (or a test's module registry) that has moved on.
    await new Promise((resolve) => setTimeout(resolve, WORKER_REMOVAL_MS));
    this.boss = null;
  }
}
