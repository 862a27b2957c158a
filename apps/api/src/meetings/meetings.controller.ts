import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import { IdPipe } from '../http/params';
import { IntField, QueryInt } from '../validation/fields';
import {
  AgendaDecisionDto,
  AgendaItemDto,
  ChangeMeetingDto,
  EditAgendaItemDto,
  MinutesCheckedDto,
  PlanMeetingsDto,
} from './meeting.dtos';
import {
  AgendaItemResponse,
  MeetingWithAgendaResponse,
  MeetingSummaryResponse,
  MinutesCheckedResponse,
} from './meeting.responses';
import { MeetingsService } from './meetings.service';

export class CalendarQueryDto {
  @QueryInt()
  @IntField(1900, 2200, { optional: true, description: 'The calendar year; every year when left out' })
  year?: number;
}

@ApiTags('meetings')
@Controller('api')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get('bodies/:id/meetings')
  @ApiOperation({ summary: 'A body’s meetings, by date' })
  @ApiOkResponse({ type: MeetingSummaryResponse, isArray: true })
  calendar(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Query() query: CalendarQueryDto,
  ) {
    return this.meetings.calendar(actor, id, query.year ?? null);
  }

  @Post('bodies/:id/meetings')
  @ApiOperation({
    summary: 'Plan one meeting of a body, or a year’s calendar at once (registrar, the body’s secretary)',
  })
  @ApiCreatedResponse({ type: MeetingSummaryResponse, isArray: true })
  plan(@CurrentActor() actor: RequestActor, @Param('id', IdPipe) id: string, @Body() dto: PlanMeetingsDto) {
    return this.meetings.plan(actor, id, dto);
  }

  @Get('meetings/:id')
  @ApiOperation({ summary: 'A meeting with its agenda' })
  @ApiOkResponse({ type: MeetingWithAgendaResponse })
  get(@CurrentActor() actor: RequestActor, @Param('id', IdPipe) id: string) {
    return this.meetings.get(actor, id);
  }

  @Patch('meetings/:id')
  @ApiOperation({ summary: 'Move a planned meeting, publish its agenda, mark it held, or cancel it' })
  @ApiOkResponse({ type: MeetingWithAgendaResponse })
  change(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Body() dto: ChangeMeetingDto,
  ) {
    return this.meetings.change(actor, id, dto);
  }

  @Post('meetings/:id/items')
  @ApiOperation({ summary: 'Put initiatives on the meeting’s agenda as one item (§) with its proposal' })
  @ApiCreatedResponse({ type: AgendaItemResponse })
  addItem(@CurrentActor() actor: RequestActor, @Param('id', IdPipe) id: string, @Body() dto: AgendaItemDto) {
    return this.meetings.addItem(actor, id, dto);
  }

  @Patch('meetings/:id/items/:itemId')
  @ApiOperation({ summary: 'Edit an item before its decision; once the agenda is published, with a reason' })
  @ApiOkResponse({ type: AgendaItemResponse })
  editItem(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Param('itemId', IdPipe) itemId: string,
    @Body() dto: EditAgendaItemDto,
  ) {
    return this.meetings.editItem(actor, id, itemId, dto);
  }

  @Post('meetings/:id/items/:itemId/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The meeting’s decision on an item: its event for each of its initiatives, all or none',
  })
  @ApiOkResponse({ type: AgendaItemResponse })
  decide(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Param('itemId', IdPipe) itemId: string,
    @Body() dto: AgendaDecisionDto,
  ) {
    return this.meetings.decide(actor, id, itemId, dto);
  }

  @Post('meetings/:id/minutes-checked')
  @HttpCode(200)
  @ApiOperation({ summary: 'The minutes checked: the documents waiting for them become public' })
  @ApiOkResponse({ type: MinutesCheckedResponse })
  checkMinutes(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Body() dto: MinutesCheckedDto,
  ) {
    return this.meetings.checkMinutes(actor, id, dto);
  }
}
