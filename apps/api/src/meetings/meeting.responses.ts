import {
  DECISION_TYPES,
  type AgendaEvent,
  type DecisionType,
  type InitiativeState,
  type MeetingStatus,
} from '@aloite/domain';
import type { AgendaInitiative, AgendaItemChange, MeetingRow } from '@aloite/persistence';
import { AttachmentResponse, PreparerResponse } from '../initiatives/initiative.responses';
import {
  AgendaEventField,
  Day,
  Flag,
  Id,
  Ids,
  Instant,
  Int,
  Json,
  MeetingStatusField,
  Nested,
  OneOf,
  State,
  Text,
  Texts,
} from '../http/response-fields';

export class MeetingSummaryResponse implements MeetingRow {
  @Id() id!: string;
  @Id() bodyId!: string;
  @Day() date!: string;
  @Text({ nullable: true, description: 'HH:MM' }) startTime!: string | null;
  @Text({ nullable: true }) place!: string | null;
  @MeetingStatusField() status!: MeetingStatus;
  @Day({ nullable: true }) minutesCheckedOn!: string | null;
}

export class PresenterResponse {
  @Text() name!: string;
  @Text({ optional: true }) title?: string;
}

export class AgendaInitiativeResponse implements AgendaInitiative {
  @Id() id!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @State() state!: InitiativeState;
  @Int({ nullable: true, description: 'The handling the decision wrote for it' }) eventSeq!: number | null;
}

export class AgendaItemChangeResponse implements AgendaItemChange {
  @Json({ description: 'The fields as they were' }) before!: Record<string, unknown>;
  @Json({ description: 'The fields as changed' }) after!: Record<string, unknown>;
  @Text({ nullable: true, description: 'Why: required once the agenda was published' }) reason!:
    string | null;
  @Text() actor!: string;
  @Instant() occurredAt!: string;
}

export class AgendaItemResponse {
  @Id() id!: string;
  @Id() meetingId!: string;
  @Int() section!: number;
  @Text() title!: string;
  @AgendaEventField() event!: AgendaEvent;
  @Ids() initiativeIds!: string[];
  @Nested(() => AgendaInitiativeResponse, { isArray: true }) initiatives!: AgendaInitiativeResponse[];
  @Nested(() => PreparerResponse, { isArray: true }) preparers!: PreparerResponse[];
  @Nested(() => PresenterResponse, { nullable: true }) presenter!: PresenterResponse | null;
  @Text() proposal!: string;
  @Text({ nullable: true }) responseText!: string | null;
  @Flag() answerDirectly!: boolean;
  @Text({ nullable: true, description: 'Null until the meeting’s decision is recorded' }) decision!:
    string | null;
  @OneOf(DECISION_TYPES, { enumName: 'DecisionType', nullable: true }) decisionType!: DecisionType | null;
  @Day({ nullable: true }) decidedOn!: string | null;
  @Texts() resolutions!: string[];
  @Nested(() => AttachmentResponse, { isArray: true }) attachments!: AttachmentResponse[];
  @Nested(() => AgendaItemChangeResponse, { isArray: true }) changes!: AgendaItemChangeResponse[];
}

export class MeetingWithAgendaResponse extends MeetingSummaryResponse {
  @Nested(() => AgendaItemResponse, { isArray: true }) items!: AgendaItemResponse[];
}

export class MinutesCheckedResponse extends MeetingWithAgendaResponse {
  @Ids({ description: 'The documents the checking made public' }) published!: string[];
}
