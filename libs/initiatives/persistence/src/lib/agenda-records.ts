import type {
  AgendaDecision,
  AgendaEvent,
  InitiativeState,
  MeetingStatus,
  Preparer,
  Presenter,
} from '@aloite/domain';
import type { AttachmentMeta } from './attachment-store';
import type { MeetingChange } from './meeting-store';
import type { Decide } from './records';

/** An initiative an agenda item handles, as the meeting's view lists it. */
export interface AgendaInitiative {
  id: string;
  diaryNumber: string;
  title: string;
  state: InitiativeState;
  /** The audit row (and handling) the item's decision wrote for this initiative. */
  eventSeq: number | null;
}

export interface AgendaItemChange {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  reason: string | null;
  actor: string;
  occurredAt: string;
}

/** What can be written on an agenda item before its decision. */
export interface AgendaItemDraft {
  title: string;
  preparers: Preparer[];
  presenter: Presenter | null;
  proposal: string;
  responseText: string | null;
  answerDirectly: boolean;
}

export interface AgendaItemRow extends AgendaItemDraft {
  id: string;
  meetingId: string;
  section: number;
  event: AgendaEvent;
  decision: AgendaDecision | null;
  initiatives: AgendaInitiative[];
  attachments: AttachmentMeta[];
  changes: AgendaItemChange[];
}

/** An initiative's place on an agenda, for its timeline. */
export interface AgendaPlacement {
  itemId: string;
  meetingId: string;
  bodyId: string;
  date: string;
  startTime: string | null;
  meetingStatus: MeetingStatus;
  section: number;
  title: string;
  event: AgendaEvent;
  open: boolean;
  eventSeq: number | null;
}

export interface NewAgendaItem extends Omit<AgendaItemDraft, 'title'> {
  title: string | null;
  section: number | null;
  initiativeIds: string[];
  event: AgendaEvent | null;
}

/** An initiative as the rules for putting it on an agenda see it. */
export interface AgendaCandidate {
  id: string;
  diaryNumber: string;
  title: string;
  state: InitiativeState;
  /** The meeting's body has an open statement request on it. */
  askedForStatement: boolean;
}

export interface AgendaDecisionPlan {
  decision: AgendaDecision;
  /** Each initiative's transition; a refusal thrown for any one of them changes nothing. */
  forInitiative: Decide;
  meetingChange: MeetingChange | null;
}
