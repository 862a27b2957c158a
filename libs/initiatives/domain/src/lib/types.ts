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

export const RULE_PACK_IDS = ['kajaani', 'espoo', 'helsinki', 'turku'] as const;
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

export interface RequestStatementEvent {
  type: 'REQUEST_STATEMENT';
  bodyId: string;
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

export interface WaiveStatementEvent {
  type: 'WAIVE_STATEMENT';
  bodyId: string;
  date: IsoDate;
  reason: string;
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
}

export type InitiativeEvent =
  | ReferToBoardEvent
  | RequestStatementEvent
  | RecordStatementEvent
  | WaiveStatementEvent
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
  'WAIVE_STATEMENT',
  'RECORD_BOARD_DECISION',
  'RECORD_COUNCIL_DECISION',
  'CLOSE_VIA_ANNUAL_LIST',
  'WITHDRAW',
  'DECLARE_LAPSED',
] as const satisfies readonly EventType[];

export type StatementStatus = 'open' | 'received' | 'waived' | 'cancelled';

export interface StatementRequest {
  bodyId: string;
  status: StatementStatus;
  requestedOn: IsoDate;
  dueDate: IsoDate;
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
  rulePack: RulePackId;
  kind: InitiativeKind;
  signatoryCount: number;
  hasFinancialEffect: boolean;
  submittedOn: IsoDate;
}

export interface InitiativeContext {
  facts: InitiativeFacts;
  statements: StatementRequest[];
  /** First day the initiative reached the council or was answered: meets a council deadline. */
  answeredOn: IsoDate | null;
  closure: Closure | null;
  endedOn: IsoDate | null;
}

/** An id as the API issues them and the database stores them (any UUID version, either case). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
