import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ScheduledJobs, installJobQueue } from '@aloite/persistence';
import { Clock } from '../clock';
import { RemindersService } from './reminders.service';

export const REMINDER_QUEUE = 'deadline-reminders';
/** Every morning at seven, Finnish time, before the working day begins. */
export const REMINDER_CRON = '0 7 * * *';
export const REMINDER_TIME_ZONE = 'Europe/Helsinki';

/** The reminder queue, made as the database's owner at start, so that the API's own role needs no DDL. */
export async function installReminderQueue(ownerUrl: string): Promise<void> {
  await installJobQueue(ownerUrl, REMINDER_QUEUE);
}

/**
 * The daily reminder run, scheduled inside PostgreSQL with pg-boss: no extra server, and with several API
 * processes the schedule still fires once.
 */
@Injectable()
export class ReminderSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReminderSchedule');

  constructor(
    private readonly jobs: ScheduledJobs,
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Without an SMTP server there is nothing to send, so nothing to schedule.
    if (!this.reminders.enabled) return;
    await this.jobs.start({
      queue: REMINDER_QUEUE,
      cron: REMINDER_CRON,
      timeZone: REMINDER_TIME_ZONE,
      work: async () => {
        await this.reminders.run(this.clock.today());
      },
      onError: (error) => this.logger.error(`pg-boss: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.stop();
  }
}
