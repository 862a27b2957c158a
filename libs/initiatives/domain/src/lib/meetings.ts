import { STATEMENT_BODY_KINDS, type BodyKind } from './bodies';
import { compareDates } from './dates';
import type { DateBound } from './rules';
import {
  SUBSTANTIVE_DECISION_TYPES,
  type BoardOutcome,
  type CouncilOutcome,
  type DecisionType,
  type InitiativeEvent,
  type InitiativeState,
  type IsoDate,
  type Preparer,
} from './types';

export const MEETING_STATUSES = [
  'planned',
  'agendaPublished',
  'held',
  'minutesChecked',
  'cancelled',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** What a secretary does to a meeting as a whole; `hold` happens when its first decision is recorded. */
export const MEETING_STEPS = ['publishAgenda', 'hold', 'checkMinutes', 'cancel'] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

/** The events a decision on an agenda item records: the handlings of domain § 2 that happen at a meeting. */
export const AGENDA_EVENTS = [
  'REFER_TO_BOARD',
  'RECORD_STATEMENT',
  'RECORD_BOARD_DECISION',
  'RECORD_COUNCIL_DECISION',
] as const;
export type AgendaEvent = (typeof AGENDA_EVENTS)[number];

export interface Presenter {
  name: string;
  title?: string;
}

/** An agenda item (asia) as its decision needs it. */
export interface AgendaItemFacts {
  bodyId: string;
  section: number;
  preparers: Preparer[];
  presenter: Presenter | null;
  proposal: string;
  /** The statement (vastine) the proposal adopts, for a committee's item. */
  responseText: string | null;
  /** The board's proposal is to answer directly rather than propose an answer to the council. */
  answerDirectly: boolean;
}

export interface AgendaDecision {
  date: IsoDate;
  decision: string;
  decisionType: DecisionType;
  /** The council's resolutions (toivomusponnet). */
  resolutions: string[];
  /** The statement as decided, where the meeting changed it. */
  responseText: string | null;
}

export type DecisionRefusal = 'MEETING_CANCELLED' | 'MEETING_NOT_YET_HELD' | 'MINUTES_ALREADY_CHECKED';

/** Domain § 8.1: planned → agendaPublished → held → minutesChecked; only a meeting not yet held is cancelled. */
export function meetingStatusAfter(status: MeetingStatus, step: MeetingStep): MeetingStatus | null {
  switch (step) {
    case 'publishAgenda':
      return status === 'planned' ? 'agendaPublished' : null;
    case 'hold':
      return status === 'planned' || status === 'agendaPublished' || status === 'held' ? 'held' : null;
    case 'checkMinutes':
      return status === 'held' ? 'minutesChecked' : null;
    case 'cancel':
      return status === 'planned' || status === 'agendaPublished' ? 'cancelled' : null;
  }
}

/** Domain § 8.1: meetings move while planned; a published agenda has told the public the date. */
export function mayMoveMeeting(status: MeetingStatus): boolean {
  return status === 'planned';
}

/** Domain § 8.2 and issue 16: the proposal is a draft until the agenda is published; then a change is a correction. */
export function isProposalDraft(status: MeetingStatus): boolean {
  return status === 'planned';
}

/** Domain § 8.2: items are put on an agenda until the meeting is held (a supplementary list, lisäesityslista). */
export function mayAddItems(status: MeetingStatus): boolean {
  return status === 'planned' || status === 'agendaPublished';
}

/** Domain § 8.3: a decision is recorded after the meeting; a cancelled meeting or checked minutes take none. */
export function decisionRefusal(
  meeting: { date: IsoDate; status: MeetingStatus },
  today: IsoDate,
): DecisionRefusal | null {
  if (meeting.status === 'cancelled') return 'MEETING_CANCELLED';
  if (meeting.status === 'minutesChecked') return 'MINUTES_ALREADY_CHECKED';
  if (compareDates(meeting.date, today) > 0) return 'MEETING_NOT_YET_HELD';
  return null;
}

/** Domain § 8.3: a decision is never dated after today, nor before the meeting. */
export function decisionDateBounds(meetingDate: IsoDate, decidedOn: IsoDate, today: IsoDate): DateBound[] {
  return [{ field: 'date', date: decidedOn, earliest: meetingDate, latest: today, sinceMeeting: true }];
}

/** Domain § 8.4: minutes are checked after the meeting and by today. */
export function minutesCheckedBounds(meetingDate: IsoDate, checkedOn: IsoDate, today: IsoDate): DateBound[] {
  return [{ field: 'date', date: checkedOn, earliest: meetingDate, latest: today, sinceMeeting: true }];
}

/**
 * Domain § 2 and § 1: what a body's meeting does with an initiative in a state: the council refers a registered
 * one and decides on the board's proposal, the board prepares the answer, a committee or subcommittee gives its
 * statement. Null: the body has nothing to decide on it now.
 */
export function agendaEventFor(bodyKind: BodyKind, state: InitiativeState): AgendaEvent | null {
  if (bodyKind === 'council') {
    if (state === 'registered') return 'REFER_TO_BOARD';
    return state === 'councilConsideration' ? 'RECORD_COUNCIL_DECISION' : null;
  }
  if (bodyKind === 'board')
    return state === 'boardPreparation' || state === 'awaitingStatements' ? 'RECORD_BOARD_DECISION' : null;
  return STATEMENT_BODY_KINDS.includes(bodyKind) && state === 'awaitingStatements'
    ? 'RECORD_STATEMENT'
    : null;
}

/** Domain § 2: the council refers an initiative by deciding so; a referral cannot be returned or tabled. */
export function mayDecideAs(event: AgendaEvent, decisionType: DecisionType): boolean {
  return (
    event !== 'REFER_TO_BOARD' ||
    SUBSTANTIVE_DECISION_TYPES.includes(decisionType) ||
    decisionType === 'noted'
  );
}

function boardOutcome(item: AgendaItemFacts, decisionType: DecisionType): BoardOutcome {
  if (decisionType === 'returned' || decisionType === 'tabled') return decisionType;
  return item.answerDirectly ? 'answerDirectly' : 'proposeToCouncil';
}

function councilOutcome(decisionType: DecisionType): CouncilOutcome {
  return decisionType === 'returned' || decisionType === 'tabled' ? decisionType : 'closed';
}

function presenterLine(presenter: Presenter | null): string | undefined {
  return presenter ? [presenter.name, presenter.title].filter(Boolean).join(', ') : undefined;
}

/** The lifecycle event a meeting's decision on an agenda item records (domain § 8.3): the same as entered directly. */
export function agendaDecisionEvent(
  event: AgendaEvent,
  item: AgendaItemFacts,
  decision: AgendaDecision,
): InitiativeEvent {
  const meeting = { bodyId: item.bodyId, date: decision.date, section: item.section };
  const decided = { decision: decision.decision, decisionType: decision.decisionType };
  const presenter = presenterLine(item.presenter);
  switch (event) {
    case 'REFER_TO_BOARD':
      return { type: event, meeting, proposal: item.proposal, ...decided };
    case 'RECORD_STATEMENT':
      return {
        type: event,
        bodyId: item.bodyId,
        meeting,
        preparers: item.preparers,
        presenter: presenter ?? '',
        proposal: item.proposal,
        ...decided,
        responseText: decision.responseText ?? item.responseText ?? '',
      };
    case 'RECORD_BOARD_DECISION':
      return {
        type: event,
        meeting,
        preparers: item.preparers,
        ...(presenter ? { presenter } : {}),
        proposal: item.proposal,
        ...decided,
        outcome: boardOutcome(item, decision.decisionType),
      };
    case 'RECORD_COUNCIL_DECISION':
      return {
        type: event,
        meeting,
        ...(presenter ? { presenter } : {}),
        proposal: item.proposal,
        ...decided,
        outcome: councilOutcome(decision.decisionType),
        resolutions: decision.resolutions,
      };
  }
}
