import type { EventType, InitiativeState, LifecycleRefusal, MeetingStatus } from '@aloite/domain';
import type { StoreError } from '@aloite/persistence';

/** Every error the application reports on purpose (a store's refusals keep their code); problem.ts maps each. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CROSS_ORIGIN_REQUEST',
  'UNAUTHENTICATED',
  'PASSWORD_CHANGE_REQUIRED',
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
  'TOO_MANY_REQUESTS',
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
  'PASSWORDS_NOT_ALLOWED',
  'OIDC_NOT_CONFIGURED',
  'OIDC_STATE_INVALID',
  'OIDC_PROVIDER_REFUSED',
  'OIDC_ID_TOKEN_INVALID',
  'OIDC_PROVIDER_UNREACHABLE',
  'OIDC_NO_ROLE',
  'OIDC_ACCOUNT_REFUSED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The rule a field broke, which the web app words in the clerk's language (its parameters in `params`). */
export const FIELD_RULES = [
  'required',
  'text',
  'maxLength',
  'unsafeCharacters',
  'isoDate',
  'timeOfDay',
  'isInt',
  'min',
  'max',
  'isIn',
  'isUuid',
  'isBoolean',
  'isArray',
  'isObject',
  'arrayMaxSize',
  'unknownField',
  'inUse',
  'dateRange',
  'noSuchBody',
  'bodyInactive',
  'bodyOfWrongKind',
  'oneAddressee',
  'dueDateWithReply',
  'dueDateWithoutReply',
  'year',
  'signatoriesOverCount',
  'oneFirstSigner',
  'municipalityLanguage',
  'notOnList',
  'closedAndKept',
  'secretaryWithoutBody',
  'sameLanguageTwice',
  'ifMatch',
  'statusWithMove',
  'nothingToChange',
  'correctionReason',
  'referralDecided',
  'resolutionsAtCouncil',
  'decisionWritten',
  'initiativeTwice',
  'addresseeTwice',
  'notRecorded',
  'notAnAgendaItem',
  'bodyOfAgendaItem',
  'noSuchHandling',
  'onlyForConfidential',
  'onlyForNotYetPublic',
  'agendaItemNeeded',
  'ownAdminAccess',
  'passwordTooShort',
  'commonPassword',
  'wrongPassword',
  'samePassword',
  'fileType',
  'oneFile',
  'malformedUpload',
  'rulePack',
  'rulesContradictHistory',
  'issuerUrl',
  'clientSecretNeeded',
  'noSignInLeft',
  'invalid',
] as const;
export type FieldRule = (typeof FIELD_RULES)[number];
export type Params = Record<string, string | number>;

export interface FieldError {
  field: string;
  message: string;
  rule: FieldRule;
  params?: Params;
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
  /** Why a lifecycle step was refused (TRANSITION_NOT_ALLOWED). */
  reason?: LifecycleRefusal;
  /** Which of several statement requests sent at once (0-based) a refused step is. */
  requestIndex?: number;
  /** What the clerk's message names: the action a role may not take, a date, a name already in use. */
  params?: Params;
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

/** A store's refusal, under the same code and with the same details; its field errors under the rule `invalid`. */
export function fromStoreError(error: StoreError): AppError {
  const { errors, ...details } = error.details;
  return new AppError(error.code, error.detail, {
    ...details,
    errors: errors?.map((fieldError) => ({ ...fieldError, rule: fieldError.rule ?? 'invalid' })),
  });
}

/** A field refused by a rule of the API's own (the message is for API users; the web app words the rule). */
export function invalid(field: string, message: string, rule: FieldRule, params?: Params): AppError {
  return new AppError('VALIDATION_FAILED', `${field}: ${message}`, {
    errors: [{ field, message, rule, params }],
  });
}
