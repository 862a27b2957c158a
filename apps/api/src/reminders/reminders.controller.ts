import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, requirePermission, type RequestActor } from '../auth/request-actor';
import { Clock } from '../clock';
import { IntField, QueryInt } from '../validation/fields';
import { OutboxEntryResponse, ReminderRunResponse, ReminderSettingsResponse } from './reminder.responses';
import { RemindersService } from './reminders.service';

export class OutboxQueryDto {
  @QueryInt()
  @IntField(1, 500, { optional: true, description: 'How many messages, 100 by default' })
  limit?: number;
}

const requireReminderRights = (actor: RequestActor) =>
  requirePermission(
    actor,
    'RUN_REMINDERS',
    'Only the registry or an administrator runs reminders and reads the outbox.',
  );

@ApiTags('reminders')
@Controller('api/reminders')
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  @Get('settings')
  @ApiOperation({
    summary: 'Whether e-mail is configured: without it no reminder is sent, daily or on demand',
  })
  @ApiOkResponse({ type: ReminderSettingsResponse })
  settings(@CurrentActor() actor: RequestActor): ReminderSettingsResponse {
    requireReminderRights(actor);
    return { emailConfigured: this.reminders.enabled };
  }

  @Post('run')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Run today’s deadline reminders for this municipality now (also runs daily at 07:00)',
  })
  @ApiOkResponse({ type: ReminderRunResponse })
  run(@CurrentActor() actor: RequestActor) {
    requireReminderRights(actor);
    return this.reminders.run(this.clock.today(), actor.municipalityId);
  }

  @Get('outbox')
  @ApiOperation({ summary: 'Reminder messages, newest first: sent, failed (with the error) or waiting' })
  @ApiOkResponse({ type: OutboxEntryResponse, isArray: true })
  outbox(@CurrentActor() actor: RequestActor, @Query() query: OutboxQueryDto) {
    requireReminderRights(actor);
    return this.reminders.outbox(actor.municipalityId, query.limit ?? 100);
  }
}
