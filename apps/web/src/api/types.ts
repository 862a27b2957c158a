import type {
  BodyKind,
  Deadline,
  DeadlineStatus,
  Handling as DomainHandling,
  EventType,
  InitiativeKind,
  InitiativeState,
  IsoDate,
  Role,
  RulePackId,
  StatementRequest,
} from '@aloite/domain';

export type { Deadline, DeadlineStatus, StatementRequest };

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  bodyIds: string[];
}

export interface Body {
  id: string;
  name: string;
  kind: BodyKind;
  active: boolean;
}

export interface Municipality {
  name: string;
  rulePack: RulePackId;
}

export interface Signatory {
  name: string;
  party: string | null;
  firstSigner: boolean;
}

export type Publicity = 'public' | 'notYetPublic' | 'confidential';

export interface Attachment {
  id: string;
  handlingSeq: number | null;
  bodyId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  publicity: Publicity;
  legalGround: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

/** A handling as the API gives it: the domain's, with its audit sequence number and its documents. */
export type Handling = DomainHandling & { seq: number; attachments: Attachment[] };

export interface Initiative {
  id: string;
  diaryNumber: string;
  title: string;
  text: string;
  kind: InitiativeKind;
  submittedOn: IsoDate;
  signatories: Signatory[];
  signatoryCount: number;
  hasFinancialEffect: boolean;
  filedAt: { bodyId: string; date: IsoDate; section: number };
  rulePack: RulePackId;
  state: InitiativeState;
  version: number;
  allowedEvents: EventType[];
  statements: StatementRequest[];
  handlings: Handling[];
  deadlines: Deadline[];
  closure: { kind: 'council' | 'annualList'; date: IsoDate } | null;
  endedOn: IsoDate | null;
  attachments: Attachment[];
}

export interface InitiativeSummary {
  id: string;
  diaryNumber: string;
  title: string;
  kind: InitiativeKind;
  submittedOn: IsoDate;
  firstSigner: string | null;
  signatoryCount: number;
  state: InitiativeState;
  dueAt: IsoDate | null;
  deadlines: Deadline[];
}

export interface ListPage {
  items: InitiativeSummary[];
  total: number;
  totalExact: boolean;
  nextCursor: string | null;
}

export interface AuditEntry {
  seq: number;
  type: EventType | 'FILE';
  payload: Record<string, unknown>;
  actor: string;
  fromState: InitiativeState | null;
  toState: InitiativeState;
  occurredAt: string;
}

export interface Dashboard {
  today: IsoDate;
  byState: Record<InitiativeState, number>;
  deadlines: (Deadline & {
    initiativeId: string;
    diaryNumber: string;
    title: string;
    state: InitiativeState;
  })[];
  openRequestsByBody: { bodyId: string; open: number; overdue: number }[];
  oldestOpen: InitiativeSummary[];
  myRequests: {
    initiativeId: string;
    diaryNumber: string;
    title: string;
    bodyId: string;
    requestedOn: IsoDate;
    dueDate: IsoDate;
    status: DeadlineStatus;
  }[];
}

export interface AnnualListItem {
  id: string;
  diaryNumber: string;
  title: string;
  submittedOn: IsoDate;
  firstSigner: string | null;
  state: InitiativeState;
  stage: string;
  measures: string[];
  lapseEligible: boolean;
}

export interface AnnualList {
  year: number;
  municipality: string;
  cutoff: IsoDate;
  dueDate: IsoDate;
  rule: string;
  lapseRule: string | null;
  title: string;
  proposal: string;
  items: AnnualListItem[];
}
