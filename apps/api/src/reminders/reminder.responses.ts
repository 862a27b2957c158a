import type { OutboxEntry } from '@aloite/persistence';
import { Day, Flag, Id, Instant, Int, OneOf, Text } from '../http/response-fields';
import type { ReminderRun } from './reminders.service';

export class ReminderRunResponse implements ReminderRun {
  @Day() day!: string;
  @Int({ description: 'New messages added to the outbox by this run' }) queued!: number;
  @Int() sent!: number;
  @Int() failed!: number;
}

export class ReminderSettingsResponse {
  @Flag({ description: 'An SMTP server is configured (SMTP_HOST): reminders can be sent' })
  emailConfigured!: boolean;
}

export class OutboxEntryResponse implements OutboxEntry {
  @Id() id!: string;
  @Id() municipalityId!: string;
  @Day() day!: string;
  @Text({ description: 'What the reminder is about; one message per key and day' }) reminderKey!: string;
  @Id() initiativeId!: string;
  @Text() recipient!: string;
  @Text() subject!: string;
  @Text() body!: string;
  @OneOf(['pending', 'sent', 'failed']) status!: OutboxEntry['status'];
  @Int() attempts!: number;
  @Text({ nullable: true }) lastError!: string | null;
  @Instant() createdAt!: string;
  @Instant({ nullable: true }) sentAt!: string | null;
}
