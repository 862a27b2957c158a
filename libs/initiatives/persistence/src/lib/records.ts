import type { AttachmentMeta } from './attachment-store';
import type { BodyRow } from './body-store';
import type {
  EventType,
  FieldChanges,
  Handling,
  HandlingChanges,
  HandlingCorrection,
  InitiativeEvent,
  InitiativeContext,
  InitiativeKind,
  RulePack,
  InitiativeState,
  IsoDate,
  StatementRequest,
  StoredInitiative,
} from '@aloite/domain';

export interface Signatory {
  name: string;
  party: string | null;
  firstSigner: boolean;
}

export interface FiledAt {
  bodyId: string;
  date: IsoDate;
  section: number;
}

/** What a registrar files: the initiative as the council minutes record it. */
export interface Filing {
  diaryNumber: string | null;
  title: string;
  text: string;
  kind: InitiativeKind;
  submittedOn: IsoDate;
  signatories: Signatory[];
  signatoryCount: number;
  hasFinancialEffect: boolean;
  filedAt: FiledAt;
}

export interface InitiativeRow {
  id: string;
  municipalityId: string;
  diaryNumber: string;
  title: string;
  text: string;
  kind: InitiativeKind;
  submittedOn: IsoDate;
  signatoryCount: number;
  hasFinancialEffect: boolean;
  filedAt: FiledAt;
  state: InitiativeState;
  context: InitiativeContext;
  machineVersion: number;
  version: number;
  dueAt: IsoDate | null;
  /** How large the initiative has grown, for its bounds (initiative-bounds.ts). */
  handlingCount: number;
  textCharacters: number;
  createdAt: string;
  updatedAt: string;
  /** The rule-pack version the initiative is judged by: the one in force on its filing day. */
  pack: RulePack;
}

/** An initiative as lists show it (SUMMARY_COLUMNS): no text; statement requests without preparers. */
export type InitiativeSummaryRow = Omit<InitiativeRow, 'text' | 'context'> & {
  context: Omit<InitiativeContext, 'statements'> & {
    statements: Omit<StatementRequest, 'preparers' | 'waiverReason'>[];
  };
};

/** One correction of a handling (domain § 8.5), as its audit row and handling_correction keep it. */
export interface CorrectionRecord {
  seq: number;
  changes: FieldChanges;
  reason: string;
  actor: string;
  at: string;
}

/** A handling as the timeline shows it: its values as last corrected, and its corrections. */
export type HandlingRecord = Handling & { seq: number; corrections: CorrectionRecord[] };

export interface InitiativeRecord extends InitiativeRow {
  signatories: Signatory[];
  handlings: HandlingRecord[];
  attachments: AttachmentMeta[];
}

export interface AuditEntry {
  seq: number;
  type: EventType | 'FILE' | 'CORRECT_HANDLING';
  payload: Record<string, unknown>;
  actor: string;
  fromState: InitiativeState | null;
  toState: InitiativeState;
  machineVersion: number;
  occurredAt: string;
}

/**
 * Rules on the current state: the event to record, or an error that writes nothing. `bodies` are those of the
 * transition's `bodyIds` that belong to the municipality, read with the state.
 */
export type Decide = (
  current: InitiativeRow,
  bodies: BodySummary[],
) => TransitionPlan | Promise<TransitionPlan>;

/** What the caller decided about one event, given the locked current state. */
export interface TransitionPlan {
  event: InitiativeEvent | HandlingCorrection;
  next: StoredInitiative;
  handling: Handling | null;
  /** For a correction: the handling it corrects and its values as corrected. */
  correction?: { handlingSeq: number; corrected: HandlingChanges };
}

export type BodySummary = Omit<BodyRow, 'nameSv'>;
