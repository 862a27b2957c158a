import {
  LIFECYCLE_REFUSALS,
  MEETING_STATUSES,
  type EventType,
  type InitiativeState,
  type LifecycleRefusal,
  type MeetingStatus,
} from '@aloite/domain';
import { ApiProperty } from '@nestjs/swagger';
import {
  ERROR_CODES,
  FIELD_RULES,
  type ErrorCode,
  type FieldError,
  type FieldRule,
  type Params,
} from './app-error';
import { Event, Int, Nested, OneOf, State, Text, Texts } from './response-fields';

export class FieldErrorResponse implements FieldError {
  @Text({ description: 'The field, e.g. `meeting.date`' }) field!: string;
  @Text() message!: string;
  @OneOf(FIELD_RULES, { enumName: 'FieldRule', description: 'The rule that failed, which the client words' })
  rule!: FieldRule;
  @ParamsField() params?: Params;
}

/** What a message names, by name: `{ "max": 500 }`, `{ "action": "FILE_INITIATIVE" }`. */
function ParamsField(): PropertyDecorator {
  return ApiProperty({
    required: false,
    type: Object,
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    description: 'What the message names, for the client to word it',
  });
}

/** An error answer, RFC 9457 problem+json, with the details the code carries. */
export class ProblemResponse {
  @Text() type!: string;
  @Text() title!: string;
  @Int() status!: number;
  @Text() detail!: string;
  @OneOf(ERROR_CODES, { enumName: 'ErrorCode' }) code!: ErrorCode;
  @Nested(() => FieldErrorResponse, { isArray: true, optional: true }) errors?: FieldErrorResponse[];
  @State({ optional: true, description: 'The initiative’s state, when a step is not possible now' })
  state?: InitiativeState;
  @Event({ isArray: true, optional: true, description: 'What is possible now instead' })
  allowedEvents?: EventType[];
  @Int({ optional: true, description: 'The version to reload, after a stale If-Match' })
  currentVersion?: number;
  @Texts({ optional: true, description: 'The initiatives a bulk decision could not be applied to' })
  refused?: string[];
  @Int({ optional: true, description: 'Seconds until the client may try again' }) retryAfter?: number;
  @OneOf(MEETING_STATUSES, {
    enumName: 'MeetingStatus',
    optional: true,
    description: 'The meeting’s status, when a step is not possible now',
  })
  meetingStatus?: MeetingStatus;
  @OneOf(LIFECYCLE_REFUSALS, {
    enumName: 'LifecycleRefusal',
    optional: true,
    description: 'Why a step is not possible now',
  })
  reason?: LifecycleRefusal;
  @Int({
    optional: true,
    description: 'Which of several statement requests sent at once (0-based, as in `requests`) was refused',
  })
  requestIndex?: number;
  @ParamsField() params?: Params;
}
