import { Injectable } from '@nestjs/common';
import type { BodyKind } from '@aloite/domain';
import { AgendaStore, BodyStore, MeetingStore, type AgendaItemRow, type BodyRow } from '@aloite/persistence';
import { requirePermission, type RequestActor } from '../auth/request-actor';
import { Clock } from '../clock';
import { AppError, invalid } from '../http/app-error';
import type {
  AgendaDecisionDto,
  AgendaItemDto,
  ChangeMeetingDto,
  EditAgendaItemDto,
  MinutesCheckedDto,
  PlanMeetingsDto,
} from './meeting.dtos';
import { agendaEventOf, decisionPlan, itemEdit, meetingChange, minutesChecked } from './meeting-rules';
import type {
  AgendaItemResponse,
  MeetingWithAgendaResponse,
  MeetingSummaryResponse,
  MinutesCheckedResponse,
} from './meeting.responses';

const WHY = 'Only the registry and the body’s secretary keep its meetings.';

export function agendaItemView(item: AgendaItemRow): AgendaItemResponse {
  const { decision, ...rest } = item;
  return {
    ...rest,
    initiativeIds: item.initiatives.map((initiative) => initiative.id),
    decision: decision?.decision ?? null,
    decisionType: decision?.decisionType ?? null,
    decidedOn: decision?.date ?? null,
    resolutions: decision?.resolutions ?? [],
  };
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingStore,
    private readonly agenda: AgendaStore,
    private readonly bodies: BodyStore,
    private readonly clock: Clock,
  ) {}

  async calendar(
    actor: RequestActor,
    bodyId: string,
    year: number | null,
  ): Promise<MeetingSummaryResponse[]> {
    await this.body(actor, bodyId);
    return this.meetings.calendar(actor.municipalityId, bodyId, year);
  }

  async plan(actor: RequestActor, bodyId: string, dto: PlanMeetingsDto): Promise<MeetingSummaryResponse[]> {
    const body = await this.body(actor, bodyId);
    requirePermission(actor, 'MANAGE_MEETINGS', WHY, { forBody: bodyId });
    if (!body.active)
      throw invalid('bodyId', `${body.name} is no longer active`, 'bodyInactive', { body: body.name });
    if (dto.meetings.length === 0) throw invalid('meetings', 'plan at least one meeting', 'required');
    const meetings = dto.meetings.map(({ date, startTime, place }) => ({
      date,
      startTime,
      place: place ?? null,
    }));
    return this.meetings.schedule(actor.municipalityId, bodyId, meetings, actor.id);
  }

  async get(actor: RequestActor, id: string): Promise<MeetingWithAgendaResponse> {
    const meeting = await this.meetings.find(actor.municipalityId, id);
    if (!meeting) throw new AppError('NOT_FOUND', `No meeting ${id}.`);
    return { ...meeting, items: meeting.items.map(agendaItemView) };
  }

  async change(actor: RequestActor, id: string, dto: ChangeMeetingDto): Promise<MeetingWithAgendaResponse> {
    await this.managed(actor, id);
    const today = this.clock.today();
    await this.meetings.change(actor.municipalityId, id, actor.id, (meeting) =>
      meetingChange(meeting, dto, today),
    );
    return this.get(actor, id);
  }

  async addItem(actor: RequestActor, meetingId: string, dto: AgendaItemDto): Promise<AgendaItemResponse> {
    await this.managed(actor, meetingId);
    if (dto.initiativeIds.length === 0)
      throw invalid('initiativeIds', 'name at least one initiative', 'required');
    if (new Set(dto.initiativeIds.map((id) => id.toLowerCase())).size !== dto.initiativeIds.length)
      throw invalid('initiativeIds', 'names an initiative twice', 'initiativeTwice');
    const item = {
      section: dto.section ?? null,
      initiativeIds: dto.initiativeIds,
      title: dto.title ?? null,
      preparers: dto.preparers,
      presenter: dto.presenter ?? null,
      proposal: dto.proposal,
      responseText: dto.responseText ?? null,
      answerDirectly: dto.answerDirectly ?? false,
      event: dto.event ?? null,
    };
    const added = await this.agenda.add(
      actor.municipalityId,
      meetingId,
      item,
      actor.id,
      (meeting, kind, found) => agendaEventOf(meeting, kind as BodyKind, found, dto.event),
    );
    return agendaItemView(added);
  }

  async editItem(
    actor: RequestActor,
    meetingId: string,
    itemId: string,
    dto: EditAgendaItemDto,
  ): Promise<AgendaItemResponse> {
    await this.managed(actor, meetingId);
    const edited = await this.agenda.edit(
      actor.municipalityId,
      meetingId,
      itemId,
      actor.id,
      (item, meeting) => itemEdit(item, meeting, dto),
    );
    return agendaItemView(edited);
  }

  async decide(
    actor: RequestActor,
    meetingId: string,
    itemId: string,
    dto: AgendaDecisionDto,
  ): Promise<AgendaItemResponse> {
    await this.managed(actor, meetingId);
    const today = this.clock.today();
    const decided = await this.agenda.decide(
      actor.municipalityId,
      meetingId,
      itemId,
      actor.id,
      (item, meeting) => decisionPlan(actor, item, meeting, dto, today),
    );
    return agendaItemView(decided);
  }

  async checkMinutes(
    actor: RequestActor,
    meetingId: string,
    dto: MinutesCheckedDto,
  ): Promise<MinutesCheckedResponse> {
    await this.managed(actor, meetingId);
    const today = this.clock.today();
    const { published } = await this.meetings.checkMinutes(
      actor.municipalityId,
      meetingId,
      dto.date,
      actor.id,
      (meeting, undecided) => minutesChecked(meeting, undecided, dto.date, today),
    );
    return {
      ...(await this.get(actor, meetingId)),
      published: published.map((document) => document.attachmentId),
    };
  }

  private async body(actor: RequestActor, bodyId: string): Promise<BodyRow> {
    const body = (await this.bodies.ofMunicipality(actor.municipalityId)).find(
      (candidate) => candidate.id === bodyId,
    );
    if (!body) throw new AppError('NOT_FOUND', `No body ${bodyId}.`);
    return body;
  }

  /** The meeting, if the actor keeps its body's meetings: a body never changes meetings, so this holds after. */
  private async managed(actor: RequestActor, meetingId: string): Promise<void> {
    const meeting = await this.meetings.summary(actor.municipalityId, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', `No meeting ${meetingId}.`);
    requirePermission(actor, 'MANAGE_MEETINGS', WHY, { forBody: meeting.bodyId });
  }
}
