import type { EventType, InitiativeState, MeetingStatus } from '@aloite/domain';
import type { StoreError, StoreFieldError } from '@aloite/persistence';

/** Every error the application reports on purpose (a store's refusals keep their code); problem.ts maps each. */
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
  'SECTION_TAKEN',
  'ALREADY_ON_AGENDA',
  'ALREADY_DECIDED',
  'NOTHING_TO_DECIDE',
  'MEETING_STEP_NOT_ALLOWED',
  'MEETING_CANCELLED',
  'MEETING_NOT_YET_HELD',
  'MINUTES_ALREADY_CHECKED',
  'AGENDA_ITEMS_UNDECIDED',
  'CORRECTION_CONTRADICTS_LOG',
  'LINK_EXISTS',
  'LINK_TO_ITSELF',
  'RULE_PACK_CHANGED',
  'RULE_PACK_VERSION_EXISTS',
  'RULE_PACK_CONTRADICTS_HISTORY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError extends StoreFieldError {
  /** The validation rule that failed (e.g. `isoDate`, `isInt`), for clients that word the message themselves. */
  rule?: string;
}

export interface ErrorDetails {
  errors?: FieldError[];
  state?: InitiativeState;
  allowedEvents?: EventType[];
  currentVersion?: number;
  /** The initiatives a bulk decision or a rule-pack version could not be applied to (diary numbers). */
  refused?: string[];
  /** Seconds until the client may try again (429, 503). */
  retryAfter?: number;
  /** The meeting's status, when a step of the meeting is not possible in it. */
  meetingStatus?: MeetingStatus;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly details: ErrorDetails = {},
  ) {
    super(detail);
  }
}

/** A store's refusal, under the same code and with the same details. */
export function fromStoreError(error: StoreError): AppError {
  return new AppError(error.code, error.detail, error.details);
}

export function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field}: ${message}`, { errors: [{ field, message }] });
}
