import type { components } from './generated/openapi';

// The API's answers as its OpenAPI document describes them (`npm run contract` regenerates the file): the names
// the web app uses, each an alias of the API's own response schema.

type Schemas = components['schemas'];

export type Me = Schemas['MeResponse'];
export type MunicipalityToSignInTo = Schemas['MunicipalityToSignInToResponse'];
export type Body = Schemas['BodyResponse'];
export type Municipality = Schemas['MunicipalityResponse'];
export type SignInOptions = Schemas['SignInOptionsResponse'];
export type Signatory = Schemas['SignatoryResponse'];
export type Publicity = Schemas['Publicity'];
export type Attachment = Schemas['AttachmentResponse'];
export type Deadline = Schemas['DeadlineResponse'];
export type DeadlineStatus = Schemas['DeadlineStatus'];
export type StatementRequest = Schemas['StatementRequestResponse'];
export type Handling = Schemas['HandlingResponse'];
export type Initiative = Schemas['InitiativeResponse'];
export type InitiativeSummary = Schemas['InitiativeSummaryResponse'];
export type ListPage = Schemas['InitiativePageResponse'];
export type Snippet = Schemas['SnippetSegmentResponse'][];
export type AuditEntry = Schemas['AuditEntryResponse'];
export type Dashboard = Schemas['DashboardResponse'];
export type ReminderSettings = Schemas['ReminderSettingsResponse'];
export type AnnualListItem = Schemas['AnnualListItemResponse'];
export type AnnualList = Schemas['AnnualListResponse'];
export type Problem = Schemas['ProblemResponse'];
export type ErrorCode = Schemas['ErrorCode'];
export type FieldRule = Schemas['FieldRule'];
export type LifecycleRefusal = Schemas['LifecycleRefusal'];
export type ProblemParams = Record<string, string | number>;
export type MeetingStatus = Schemas['MeetingStatus'];
export type AgendaEvent = Schemas['AgendaEvent'];
export type MeetingSummary = Schemas['MeetingSummaryResponse'];
export type Meeting = Schemas['MeetingWithAgendaResponse'];
export type AgendaItem = Schemas['AgendaItemResponse'];
export type AgendaPlacement = Schemas['AgendaPlacementResponse'];
export type MinutesChecked = Schemas['MinutesCheckedResponse'];
export type AgendaDecisionPayload = Schemas['AgendaDecisionDto'];
export type AgendaItemPayload = Schemas['AgendaItemDto'];
export type PlannedMeeting = Schemas['PlannedMeetingDto'];
export type StatementRequestsPayload = Schemas['StatementRequestsDto'];
export type User = Schemas['UserResponse'];
export type AdminChange = Schemas['AdminChangeResponse'];
export type AdminLogPage = Schemas['AdminLogPageResponse'];
export type AdminEntityKind = Schemas['AdminEntityKind'];
export type AdminAction = Schemas['AdminAction'];

/** What each event's request body is, by its type: the API's event DTO schemas. */
export interface EventPayloads {
  REFER_TO_BOARD: Schemas['ReferToBoardDto'];
  REQUEST_STATEMENT: Schemas['RequestStatementDto'];
  RECORD_STATEMENT: Schemas['RecordStatementDto'];
  RECORD_WRITTEN_STATEMENT: Schemas['RecordWrittenStatementDto'];
  WAIVE_STATEMENT: Schemas['WaiveStatementDto'];
  REFER_FOR_MEASURES: Schemas['ReferForMeasuresDto'];
  RECORD_BOARD_DECISION: Schemas['RecordBoardDecisionDto'];
  RECORD_COUNCIL_DECISION: Schemas['RecordCouncilDecisionDto'];
  CLOSE_VIA_ANNUAL_LIST: Schemas['CloseViaAnnualListDto'];
  WITHDRAW: Schemas['WithdrawDto'];
  DECLARE_LAPSED: Schemas['DeclareLapsedDto'];
}
