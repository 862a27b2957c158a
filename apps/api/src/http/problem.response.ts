import type { EventType, InitiativeState } from '@aloite/domain';
import type { ErrorCode, FieldError } from '@aloite/persistence';
import { Event, Int, Nested, OneOf, State, Text, Texts } from './response-fields';

/** Every code problem.ts maps; the check below fails the typecheck when a code is added to one list only. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CROSS_ORIGIN_REQUEST',
  'UNAUTHENTICATED',
  'STALE_VERSION',
  'TRANSITION_NOT_ALLOWED',
  'DUPLICATE_DIARY_NUMBER',
  'DUPLICATE_NAME',
  'DATABASE_UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'TOO_MANY_ATTEMPTS',
  'POSTPONEMENT_LIMIT_REACHED',
  'STATEMENT_REQUEST_LIMIT_REACHED',
  'HANDLING_LIMIT_REACHED',
  'TEXT_LIMIT_REACHED',
  'DOCUMENT_LIMIT_REACHED',
  'DOCUMENT_BYTES_LIMIT_REACHED',
  'TOO_MANY_DOWNLOADS',
  'DOWNLOADS_BUSY',
  'SERVER_BUSY',
  'BODY_TOO_COMPLEX',
  'REMINDERS_OFF',
  'INTERNAL',
] as const satisfies readonly ErrorCode[];
const everyCodeListed: [Exclude<ErrorCode, (typeof ERROR_CODES)[number]>] extends [never] ? true : never =
  true;
void everyCodeListed;

export class FieldErrorResponse implements FieldError {
  @Text({ description: 'The field, e.g. `meeting.date`' }) field!: string;
  @Text() message!: string;
  @Text({ optional: true, description: 'The validation rule that failed, e.g. `isoDate`' }) rule?: string;
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
}
