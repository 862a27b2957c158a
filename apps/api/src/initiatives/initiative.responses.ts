import {
  DEADLINE_KINDS,
  EVENT_TYPES,
  LANGUAGES,
  type Language,
  type Closure,
  type Deadline,
  type DecisionType,
  type EventType,
  type FieldChanges,
  type Handling,
  type InitiativeKind,
  type AgendaEvent,
  type InitiativeState,
  type MeetingStatus,
  type Meeting,
  type OfficeHolder,
  type Preparer,
  type RulePackId,
  type StatementRequest,
  REQUEST_KINDS,
  STATEMENT_STATUSES,
} from '@aloite/domain';
import {
  LIST_SORTS,
  type AgendaPlacement,
  type AttachmentMeta,
  type AuditEntry,
  type CorrectionRecord,
  type ListSort,
  type Signatory,
  type SnippetSegment,
} from '@aloite/persistence';
import {
  AgendaEventField,
  Day,
  Decision,
  Event,
  Flag,
  Id,
  Instant,
  Int,
  Json,
  Kind,
  MeetingStatusField,
  Nested,
  OneOf,
  RulePack,
  State,
  Text,
  Texts,
} from '../http/response-fields';
import { LinkResponse } from './link.responses';

// What api.md shows of an initiative. Each class `implements` the record it is built from, so a field renamed in the
// domain or the store fails the API's typecheck here, and the view functions return these classes.

export class SignatoryResponse implements Signatory {
  @Text() name!: string;
  @Text({ nullable: true }) party!: string | null;
  @Flag() firstSigner!: boolean;
}

export class MeetingResponse implements Meeting {
  @Id() bodyId!: string;
  @Day() date!: string;
  @Int({ description: 'The § of the minutes' }) section!: number;
}

export class PreparerResponse implements Preparer {
  @Text() name!: string;
  @Text({ optional: true }) title?: string;
  @Text({ optional: true }) email?: string;
}

export class OfficeHolderResponse implements OfficeHolder {
  @Text() name!: string;
  @Text() title!: string;
}

const STATUS_DESCRIPTION = '`referred`: sent for measures with no reply expected; it holds nothing';

export class StatementRequestResponse implements StatementRequest {
  @Id({ nullable: true, description: 'The body asked; null when an office holder is' }) bodyId!:
    string | null;
  @Nested(() => OfficeHolderResponse, {
    nullable: true,
    description: 'The office holder asked instead of a body',
  })
  officeHolder!: OfficeHolderResponse | null;
  @OneOf(REQUEST_KINDS, {
    enumName: 'RequestKind',
    description: 'A statement request, or a referral for measures (toimenpiteitä varten)',
  })
  kind!: StatementRequest['kind'];
  @Flag({ description: 'Whether the request waits for a reply (always for a statement)' })
  replyExpected!: boolean;
  @OneOf(STATEMENT_STATUSES, { enumName: 'StatementStatus', description: STATUS_DESCRIPTION })
  status!: StatementRequest['status'];
  @Day() requestedOn!: string;
  @Day({ nullable: true, description: 'Null for a referral for measures that expects no reply' })
  dueDate!: string | null;
  @Nested(() => PreparerResponse, { isArray: true }) preparers!: PreparerResponse[];
  @Int({ description: 'Handlings of the body that left the request open' }) postponements!: number;
  @Day({ nullable: true }) resolvedOn!: string | null;
  @Text({ nullable: true }) waiverReason!: string | null;
}

/** A list row carries its statement requests without preparers. */
export class StatementSummaryResponse implements Pick<
  StatementRequest,
  'bodyId' | 'status' | 'dueDate' | 'resolvedOn'
> {
  @Id({ nullable: true }) bodyId!: string | null;
  @OneOf(STATEMENT_STATUSES, { enumName: 'StatementStatus' }) status!: StatementRequest['status'];
  @Day({ nullable: true }) dueDate!: string | null;
  @Day({ nullable: true }) resolvedOn!: string | null;
}

export class AttachmentResponse implements AttachmentMeta {
  @Id() id!: string;
  @Id() initiativeId!: string;
  @Int({ nullable: true, description: 'The handling the document belongs to' }) handlingSeq!: number | null;
  @Id({ nullable: true }) bodyId!: string | null;
  @Text() fileName!: string;
  @Text() contentType!: string;
  @Int() size!: number;
  @Text() sha256!: string;
  @OneOf(['public', 'notYetPublic', 'confidential'], { enumName: 'Publicity' })
  publicity!: AttachmentMeta['publicity'];
  @Text({ nullable: true }) legalGround!: string | null;
  @Id({ nullable: true, description: 'The agenda item the document is an appendix of' })
  agendaItemId!: string | null;
  @Flag({ description: 'Not yet public until the minutes of its item’s meeting are checked' })
  publicOnceMinutesChecked!: boolean;
  @Day({ nullable: true, description: 'The day the checking of the minutes made it public' })
  publishedOn!: string | null;
  @Text() uploadedBy!: string;
  @Instant() uploadedAt!: string;
}

export class HandlingResponse implements Handling {
  @Int({ description: 'The audit sequence number of the event that recorded it' }) seq!: number;
  @Event() event!: EventType;
  @Id() bodyId!: string;
  @Day() date!: string;
  @Int() section!: number;
  @Nested(() => PreparerResponse, { isArray: true }) preparers!: PreparerResponse[];
  @Text({ nullable: true }) presenter!: string | null;
  @Text({ nullable: true }) proposal!: string | null;
  @Text({ nullable: true }) decision!: string | null;
  @Decision() decisionType!: DecisionType;
  @Id({ nullable: true }) statementBodyId!: string | null;
  @Text({ nullable: true }) responseText!: string | null;
  @Texts() resolutions!: string[];
  @Nested(() => AttachmentResponse, { isArray: true }) attachments!: AttachmentResponse[];
  @Nested(() => CorrectionResponse, {
    isArray: true,
    description: 'Its corrections (oikaisu), oldest first; the fields above show the values as corrected',
  })
  corrections!: CorrectionResponse[];
}

export class CorrectionResponse implements CorrectionRecord {
  @Int({ description: 'The audit sequence number of the correction' }) seq!: number;
  @Json({
    description:
      'Each corrected field (section, date, proposal, decision, responseText, preparers, presenter) as {before, after}',
  })
  changes!: FieldChanges;
  @Text() reason!: string;
  @Text() actor!: string;
  @Instant() at!: string;
}

const DEADLINE_STATUSES = ['open', 'met', 'dueSoon', 'overdue'] as const;

export class DeadlineResponse implements Deadline {
  @OneOf(DEADLINE_KINDS, { enumName: 'DeadlineKind' }) kind!: Deadline['kind'];
  @Id({ nullable: true, description: 'The body asked, for a statement' }) bodyId!: string | null;
  @Day() dueDate!: string;
  @Day({ nullable: true }) metOn!: string | null;
  @OneOf(DEADLINE_STATUSES, { enumName: 'DeadlineStatus' }) status!: Deadline['status'];
  @Text({ nullable: true, description: 'The rule the deadline comes from' }) rule!: string | null;
}

export class ClosureResponse implements Closure {
  @OneOf(['council', 'annualList'], { enumName: 'ClosureKind' }) kind!: Closure['kind'];
  @Day() date!: string;
  @Nested(() => MeetingResponse) meeting!: MeetingResponse;
  @Text({ nullable: true }) annualListId!: string | null;
  @Texts() resolutions!: string[];
}

export class InitiativeResponse {
  @Id() id!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @Text() text!: string;
  @OneOf(LANGUAGES, { enumName: 'Language', description: 'The language of the title and text' })
  language!: Language;
  @Kind() kind!: InitiativeKind;
  @Day() submittedOn!: string;
  @Nested(() => SignatoryResponse, { isArray: true }) signatories!: SignatoryResponse[];
  @Int() signatoryCount!: number;
  @Flag() hasFinancialEffect!: boolean;
  @Nested(() => MeetingResponse, { description: 'The council meeting that recorded it' })
  filedAt!: MeetingResponse;
  @RulePack({ description: 'The template of the rules the initiative is judged by' }) rulePack!: RulePackId;
  @Day({ description: 'The day those rules started: the version in force on the filing day' })
  rulePackValidFrom!: string;
  @State() state!: InitiativeState;
  @Int({ description: 'Send it back as If-Match' }) version!: number;
  @Int() machineVersion!: number;
  @Event({ isArray: true, description: 'What this user may do now' }) allowedEvents!: EventType[];
  @Nested(() => StatementRequestResponse, { isArray: true }) statements!: StatementRequestResponse[];
  @Nested(() => HandlingResponse, { isArray: true }) handlings!: HandlingResponse[];
  @Nested(() => AttachmentResponse, { isArray: true }) attachments!: AttachmentResponse[];
  @Nested(() => AgendaPlacementResponse, {
    isArray: true,
    description:
      'Its items on meetings’ agendas, open ones (a proposal only) and decided ones, by meeting date',
  })
  agenda!: AgendaPlacementResponse[];
  @Nested(() => LinkResponse, {
    isArray: true,
    description: 'Its standing links to other initiatives, both ways',
  })
  links!: LinkResponse[];
  @Nested(() => DeadlineResponse, { isArray: true }) deadlines!: DeadlineResponse[];
  @Nested(() => ClosureResponse, { nullable: true }) closure!: ClosureResponse | null;
  @Day({ nullable: true }) endedOn!: string | null;
  @Instant() createdAt!: string;
  @Instant() updatedAt!: string;
}

/** A piece of the matching passage: plain text, never markup, `match` where the query matched. */
export class SnippetSegmentResponse implements SnippetSegment {
  @Text() text!: string;
  @Flag() match!: boolean;
}

export class MatchingDocumentResponse {
  @Id() id!: string;
  @Text({ description: 'The document’s file name' }) name!: string;
}

export class InitiativeSummaryResponse {
  @Id() id!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @Kind() kind!: InitiativeKind;
  @Day() submittedOn!: string;
  @Text({ nullable: true }) firstSigner!: string | null;
  @Int() signatoryCount!: number;
  @State() state!: InitiativeState;
  @Int() version!: number;
  @Day({ nullable: true, description: 'The earliest unmet deadline' }) dueAt!: string | null;
  @Nested(() => StatementSummaryResponse, { isArray: true }) statements!: StatementSummaryResponse[];
  @Nested(() => DeadlineResponse, { isArray: true }) deadlines!: DeadlineResponse[];
  @Nested(() => ClosureResponse, { nullable: true }) closure!: ClosureResponse | null;
  @Instant() updatedAt!: string;
  @Nested(() => SnippetSegmentResponse, {
    isArray: true,
    nullable: true,
    description: 'With q: the passage of the text that matches, in order; null without q',
  })
  snippet!: SnippetSegmentResponse[] | null;
  @Nested(() => MatchingDocumentResponse, {
    isArray: true,
    description:
      'The documents whose text matches the search `q` (only those the reader may read); empty without one',
  })
  matchingDocuments!: MatchingDocumentResponse[];
}

export class InitiativePageResponse {
  @Nested(() => InitiativeSummaryResponse, { isArray: true }) items!: InitiativeSummaryResponse[];
  @Int() total!: number;
  @Flag({ description: 'false when the total is an estimate' }) totalExact!: boolean;
  @Text({ nullable: true }) nextCursor!: string | null;
  @OneOf(LIST_SORTS, {
    enumName: 'ListSort',
    description: 'The order of the items: a query past 1,000 matches is in filing order, not ranked',
  })
  sort!: ListSort;
}

export class MinutesResponse {
  @Int() seq!: number;
  @OneOf(LANGUAGES, { enumName: 'Language' }) language!: Language;
  @Text({ description: 'The minutes paragraph, in that language' }) text!: string;
}

export class AuditEntryResponse implements AuditEntry {
  @Int() seq!: number;
  @OneOf(['FILE', ...EVENT_TYPES, 'CORRECT_HANDLING'], {
    description: 'FILE for the filing, CORRECT_HANDLING for a correction of a handling, else the event type',
  })
  type!: EventType | 'FILE' | 'CORRECT_HANDLING';
  @Json({ description: 'The event as recorded' }) payload!: Record<string, unknown>;
  @Text() actor!: string;
  @State({ nullable: true }) fromState!: InitiativeState | null;
  @State() toState!: InitiativeState;
  @Int() machineVersion!: number;
  @Instant() occurredAt!: string;
}

export class AgendaPlacementResponse implements AgendaPlacement {
  @Id() itemId!: string;
  @Id() meetingId!: string;
  @Id() bodyId!: string;
  @Day() date!: string;
  @Text({ nullable: true }) startTime!: string | null;
  @MeetingStatusField() meetingStatus!: MeetingStatus;
  @Int() section!: number;
  @Text() title!: string;
  @AgendaEventField() event!: AgendaEvent;
  @Flag({ description: 'True until the meeting’s decision is recorded' }) open!: boolean;
  @Int({ nullable: true }) eventSeq!: number | null;
}
