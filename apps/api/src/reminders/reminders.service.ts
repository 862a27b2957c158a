import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  addDays,
  deadlinesOf,
  DUE_SOON_DAYS,
  STATEMENT_REMINDER_DAYS,
  type Deadline,
  type IsoDate,
} from '@aloite/domain';
import { ReminderStore, type ReminderMessage } from '@aloite/persistence';
import { AppError } from '../http/app-error';
import { Metrics } from '../metrics/metrics';
import { Mailer } from './mailer';
import { councilDeadlineReminder, statementReminder } from './reminder-messages';

export interface ReminderRun {
  day: IsoDate;
  /** New messages added to the outbox by this run. */
  queued: number;
  sent: number;
  failed: number;
}

const unique = (addresses: string[]) => [
  ...new Set(addresses.map((address) => address.trim().toLowerCase())),
];

/**
 * Statement requests due within a week or late, and council deadlines within 30 days or passed: each becomes a
 * message to the people who can act on it, kept in the outbox before it is sent, and never twice in a day.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly store: ReminderStore,
    private readonly metrics: Metrics,
    @Optional() @Inject(Mailer) private readonly mailer: Mailer | null,
  ) {}

  get enabled(): boolean {
    return this.mailer !== null;
  }

  /** One run for `day`; `municipalityId` narrows an on-demand run to the caller's municipality. */
  async run(day: IsoDate, municipalityId: string | null = null): Promise<ReminderRun> {
    const mailer = this.mailer;
    if (!mailer) {
      throw new AppError('REMINDERS_OFF', 'Reminders are off: no SMTP server is configured (set SMTP_HOST).');
    }
    const messages = await this.messages(day, municipalityId);
    const queued = await this.store.enqueue(messages);
    // Already in the day's outbox: never sent twice in a day.
    this.metrics.countReminders('skipped', messages.length - queued);
    let sent = 0;
    let failed = 0;
    for (const message of await this.store.unsent(day, municipalityId)) {
      const outcome = await this.store.sendOnce(message.id, () =>
        mailer.send(message.recipient, message.subject, message.body),
      );
      if (outcome === 'sent') sent++;
      if (outcome === 'failed') failed++;
    }
    this.metrics.countReminders('sent', sent);
    this.metrics.countReminders('failed', failed);
    return { day, queued, sent, failed };
  }

  async outbox(municipalityId: string, limit: number) {
    return this.store.outbox(municipalityId, limit);
  }

  private async messages(day: IsoDate, municipalityId: string | null): Promise<ReminderMessage[]> {
    const messages: ReminderMessage[] = [];
    for (const request of await this.store.openRequestsDueBy(
      addDays(day, STATEMENT_REMINDER_DAYS),
      municipalityId,
    )) {
      const text = statementReminder(request, day);
      const recipients = unique([
        ...request.preparers.flatMap((preparer) => (preparer.email ? [preparer.email] : [])),
        ...request.secretaryEmails,
      ]);
      for (const recipient of recipients) {
        messages.push({
          municipalityId: request.municipalityId,
          day,
          reminderKey: `statement:${request.initiativeId}:${request.bodyId}:${request.dueDate}`,
          initiativeId: request.initiativeId,
          recipient,
          ...text,
        });
      }
    }
    const registrars = await this.store.registrarEmails();
    for (const initiative of await this.store.initiativesDueBy(addDays(day, DUE_SOON_DAYS), municipalityId)) {
      const due = deadlinesOf(initiative.state, initiative.context, day, initiative.pack).filter(
        (deadline) => deadline.status === 'dueSoon' || deadline.status === 'overdue',
      );
      const council = due.find(isAnswerDeadline);
      if (!council) continue;
      const text = councilDeadlineReminder(
        { ...initiative, kind: council.kind, dueDate: council.dueDate, rule: council.rule },
        day,
      );
      for (const recipient of unique(registrars.get(initiative.municipalityId) ?? [])) {
        messages.push({
          municipalityId: initiative.municipalityId,
          day,
          reminderKey: `council:${initiative.id}:${council.dueDate}`,
          initiativeId: initiative.id,
          recipient,
          ...text,
        });
      }
    }
    return messages;
  }
}

/** The deadlines the registry is reminded of: the council's handling and a written answer. */
function isAnswerDeadline(deadline: Deadline): deadline is Deadline & { kind: 'council' | 'answer' } {
  return deadline.kind === 'council' || deadline.kind === 'answer';
}
