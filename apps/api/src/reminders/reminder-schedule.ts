import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { Clock } from '../clock';
import { RemindersService } from './reminders.service';

export const REMINDER_QUEUE = 'deadline-reminders';
/** Every morning at seven, Finnish time, before the working day begins. */
export const REMINDER_CRON = '0 7 * * *';
export const REMINDER_TIME_ZONE = 'Europe/Helsinki';
/** pg-boss keeps its queue and schedule in this schema of the same database. */
export const PG_BOSS_SCHEMA = 'pgboss';

/**
 * Creates (or upgrades) pg-boss's schema and the reminder queue as the database's owner, so that the API's own role
 * needs no DDL: pg-boss then finds both in place.
 */
export async function installReminderQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: PG_BOSS_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    await boss.createQueue(REMINDER_QUEUE);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/**
 * The daily reminder run, scheduled inside PostgreSQL with pg-boss: no extra server, and with several API
 * processes the schedule still fires once.
 */
@Injectable()
export class ReminderSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReminderSchedule');
  private boss: PgBoss | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Without an SMTP server there is nothing to send, so nothing to schedule.
    if (!this.reminders.enabled) return;
    const url = (this.db.options as { url?: string }).url;
    if (!url) throw new Error('The reminder schedule needs the database URL.');
    const boss = new PgBoss({ connectionString: url, schema: PG_BOSS_SCHEMA, max: 2 });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    await boss.createQueue(REMINDER_QUEUE);
    await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: REMINDER_TIME_ZONE });
    await boss.work(REMINDER_QUEUE, async () => {
      await this.reminders.run(this.clock.today());
    });
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: false, wait: true });
    this.boss = null;
  }
}
