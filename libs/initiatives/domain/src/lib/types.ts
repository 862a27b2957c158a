/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export const INITIATIVE_STATES = [
  'registered',
  'boardPreparation',
  'awaitingStatements',
  'councilConsideration',
  'answered',
  'closed',
  'withdrawn',
  'lapsed',
] as const;
export type InitiativeState = (typeof INITIATIVE_STATES)[number];

export const FINAL_STATES: readonly InitiativeState[] = ['closed', 'withdrawn', 'lapsed'];

export const INITIATIVE_KINDS = ['councillor', 'councilGroup', 'resident'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const DECISION_TYPES = ['asProposed', 'amended', 'afterVote', 'returned', 'tabled', 'noted'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

/** Decision types after which the matter is decided, not postponed. */
export const SUBSTANTIVE_DECISION_TYPES: readonly DecisionType[] = ['asProposed', 'amended', 'afterVote'];

export const ROLES = ['registrar', 'committeeSecretary', 'councilStaff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The templates a municipality's rules start from (domain § 9). */
export const RULE_PACK_IDS = ['kajaani', 'espoo', 'helsinki', 'turku', 'kunta'] as const;
export type RulePackId = (typeof RULE_PACK_IDS)[number];

/** A meeting of one body and the § of its minutes where the matter was handled. */
export interface Meeting {
  bodyId: string;
  date: IsoDate;
  section: number;
}

export interface Preparer {
  name: string;
  title?: string;
  email?: string;
}

export interface Actor {
  id: string;
  roles: readonly Role[];
  /** Bodies a committee secretary serves. */
  bodyIds: readonly string[];
}

export const BOARD_OUTCOMES = ['proposeToCouncil', 'answerDirectly', 'returned', 'tabled'] as const;
export type BoardOutcome = (typeof BOARD_OUTCOMES)[number];

export const COUNCIL_OUTCOMES = ['closed', 'returned', 'tabled'] as const;
export type CouncilOutcome = (typeof COUNCIL_OUTCOMES)[number];

export interface ReferToBoardEvent {
  type: 'REFER_TO_BOARD';
  meeting: Meeting;
  proposal?: string;
  decision?: string;
  decisionType?: DecisionType;
}

/** An office holder (viranhaltija) asked in person rather than a body, e.g. a service-network director. */
export interface OfficeHolder {
  name: string;
  title: string;
}

/** Whom a request goes to: a body (`bodyId`) or an office holder, exactly one of them. */
export interface Addressee {
  bodyId?: string;
  officeHolder?: OfficeHolder;
}

export interface RequestStatementEvent extends Addressee {
  type: 'REQUEST_STATEMENT';
  /** The day the request was sent. */
  date: IsoDate;
  dueDate: IsoDate;
  preparers: Preparer[];
}

export interface RecordStatementEvent {
  type: 'RECORD_STATEMENT';
  bodyId: string;
  meeting: Meeting;
  preparers?: Preparer[];
  presenter: string;
  proposal: string;
  decision: string;
  decisionType: DecisionType;
  responseText: string;
}

/** An office holder's statement, given in writing: a date and a text, no meeting or § (domain.md § 8.6). */
export interface RecordWrittenStatementEvent {
  type: 'RECORD_WRITTEN_STATEMENT';
  officeHolder: OfficeHolder;
  date: IsoDate;
  responseText: string;
}

export interface WaiveStatementEvent extends Addressee {
  type: 'WAIVE_STATEMENT';
  date: IsoDate;
  reason: string;
}

/** A referral for measures (toimenpiteitä varten): asks for no statement; holds the initiative only if a reply is expected. */
export interface ReferForMeasuresEvent extends Addressee {
  type: 'REFER_FOR_MEASURES';
  date: IsoDate;
  replyExpected: boolean;
  /** When the reply is due; only with `replyExpected`. */
  dueDate?: IsoDate;
  preparers?: Preparer[];
}

export interface RecordBoardDecisionEvent {
  type: 'RECORD_BOARD_DECISION';
  meeting: Meeting;
  preparers?: Preparer[];
  presenter?: string;
  proposal: string;
  decision: string;
  decisionType: DecisionType;
  outcome: BoardOutcome;
}

export interface RecordCouncilDecisionEvent {
  type: 'RECORD_COUNCIL_DECISION';
  meeting: Meeting;
  presenter?: string;
  proposal?: string;
  decision: string;
  decisionType: DecisionType;
  outcome: CouncilOutcome;
  resolutions: string[];
}

export interface CloseViaAnnualListEvent {
  type: 'CLOSE_VIA_ANNUAL_LIST';
  meeting: Meeting;
  annualListId: string;
  /** The list of year Y covers initiatives filed by 31.12. of Y − 1. */
  listYear: number;
}

export interface WithdrawEvent {
  type: 'WITHDRAW';
  date: IsoDate;
  requestedBy: string;
}

export interface DeclareLapsedEvent {
  type: 'DECLARE_LAPSED';
  meeting: Meeting;
  /** The annual list the lapse is decided on; without it, the list of the meeting's year. */
  listYear?: number;
}

export type InitiativeEvent =
  | ReferToBoardEvent
  | RequestStatementEvent
  | RecordStatementEvent
  | RecordWrittenStatementEvent
  | WaiveStatementEvent
  | ReferForMeasuresEvent
  | RecordBoardDecisionEvent
  | RecordCouncilDecisionEvent
  | CloseViaAnnualListEvent
  | WithdrawEvent
  | DeclareLapsedEvent;

export type EventType = InitiativeEvent['type'];
export type EventOf<T extends EventType> = Extract<InitiativeEvent, { type: T }>;

export const EVENT_TYPES = [
  'REFER_TO_BOARD',
  'REQUEST_STATEMENT',
  'RECORD_STATEMENT',
  'RECORD_WRITTEN_STATEMENT',
  'WAIVE_STATEMENT',
  'REFER_FOR_MEASURES',
  'RECORD_BOARD_DECISION',
  'RECORD_COUNCIL_DECISION',
  'CLOSE_VIA_ANNUAL_LIST',
  'WITHDRAW',
  'DECLARE_LAPSED',
] as const satisfies readonly EventType[];

/** `referred`: sent for measures with no reply expected; it never holds the initiative. */
export const STATEMENT_STATUSES = ['open', 'received', 'waived', 'cancelled', 'referred'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export const REQUEST_KINDS = ['statement', 'measures'] as const;
/** A statement request (lausuntopyyntö) or a referral for measures (toimenpiteitä varten). */
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface StatementRequest {
  /** The body asked, or null when an office holder is. */
  bodyId: string | null;
  officeHolder: OfficeHolder | null;
  kind: RequestKind;
  /** Whether the request waits for an answer: always for a statement, when the registrar says so for measures. */
  replyExpected: boolean;
  status: StatementStatus;
  requestedOn: IsoDate;
  /** Null for a referral for measures that expects no reply. */
  dueDate: IsoDate | null;
  preparers: Preparer[];
  /** Handlings of the body that left the request open (returned, tabled). */
  postponements: number;
  resolvedOn: IsoDate | null;
  waiverReason: string | null;
}

export type ClosureKind = 'council' | 'annualList';

export interface Closure {
  kind: ClosureKind;
  date: IsoDate;
  meeting: Meeting;
  annualListId: string | null;
  resolutions: string[];
}

/** What the filing tells the rules; texts and names live outside the machine. */
export interface InitiativeFacts {
  /** The template of the rule-pack version the initiative was filed under (its rules come with the version). */
  rulePack: RulePackId;
  kind: InitiativeKind;
  signatoryCount: number;
  hasFinancialEffect: boolean;
  submittedOn: IsoDate;
}

export interface InitiativeContext {
  facts: InitiativeFacts;
  statements: StatementRequest[];
  /** The day the council referred the initiative to the board: meets an acknowledgement deadline. */
  referredOn: IsoDate | null;
  /** First day the initiative reached the council or was answered: meets a council deadline. */
  answeredOn: IsoDate | null;
  closure: Closure | null;
  endedOn: IsoDate | null;
}

/** An id as the API issues them and the database stores them (any UUID version, either case). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
