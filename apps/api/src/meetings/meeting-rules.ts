import {
  agendaDecisionEvent,
  agendaEventFor,
  decisionDateBounds,
  decisionRefusal,
  isProposalDraft,
  mayAddItems,
  mayDecideAs,
  mayMoveMeeting,
  meetingStatusAfter,
  minutesCheckedBounds,
  type AgendaEvent,
  type BodyKind,
  type IsoDate,
  type MeetingStep,
} from '@aloite/domain';
import type {
  AgendaCandidate,
  AgendaDecisionPlan,
  AgendaItemDraft,
  AgendaItemRow,
  Decide,
  MeetingChange,
  MeetingRow,
} from '@aloite/persistence';
import type { RequestActor } from '../auth/request-actor';
import { AppError, invalid } from '../http/app-error';
import { decideEvent } from '../initiatives/event-decision';
import { requireDatesWithin } from '../validation/date-bounds';
import type { AgendaDecisionDto, ChangeMeetingDto, EditAgendaItemDto } from './meeting.dtos';

// How the API applies the domain's meeting rules (domain § 8) to a locked meeting or item: each function returns
// what is to change, or throws the refusal, which changes nothing.

const STEP_OF = { agendaPublished: 'publishAgenda', held: 'hold', cancelled: 'cancel' } as const;

function stepRefused(meeting: MeetingRow, step: MeetingStep | 'move' | 'addItem' | 'editItem'): AppError {
  return new AppError(
    'MEETING_STEP_NOT_ALLOWED',
    `A meeting that is ${meeting.status} cannot take the step ${step}.`,
    { meetingStatus: meeting.status },
  );
}

/** PATCH /api/meetings/{id}: a move, or one step of the meeting's status. */
export function meetingChange(meeting: MeetingRow, dto: ChangeMeetingDto, today: IsoDate): MeetingChange {
  const moves = { date: dto.date, startTime: dto.startTime, place: dto.place };
  const moved = Object.values(moves).some((value) => value !== undefined);
  if (dto.status && moved)
    throw invalid('status', 'a status change is sent on its own, not with a move', 'statusWithMove');
  if (dto.status) {
    const step = STEP_OF[dto.status];
    const status = meetingStatusAfter(meeting.status, step);
    if (!status) throw stepRefused(meeting, step);
    if (step === 'hold') refuseUnlessHeld(meeting, today);
    return { change: step, set: { status } };
  }
  if (!moved) throw invalid('date', 'send the new date, time or place, or a status', 'nothingToChange');
  if (!mayMoveMeeting(meeting.status)) throw stepRefused(meeting, 'move');
  const set = Object.fromEntries(Object.entries(moves).filter(([, value]) => value !== undefined));
  return { change: 'moved', set };
}

function refuseUnlessHeld(meeting: MeetingRow, today: IsoDate): void {
  const refusal = decisionRefusal(meeting, today);
  if (refusal === 'MEETING_NOT_YET_HELD')
    throw new AppError(refusal, `The meeting of ${meeting.date} has not been held yet.`);
  if (refusal) throw new AppError(refusal, `A meeting that is ${meeting.status} takes no decisions.`);
}

/** Domain § 8.2: what a body's meeting decides on each initiative, the same for all of one item. */
export function agendaEventOf(
  meeting: MeetingRow,
  bodyKind: BodyKind,
  initiatives: AgendaCandidate[],
  wanted: AgendaEvent | undefined,
): AgendaEvent {
  if (!mayAddItems(meeting.status)) throw stepRefused(meeting, 'addItem');
  const events = initiatives.map((initiative) => {
    const event = agendaEventFor(bodyKind, initiative.state);
    const asked = event !== 'RECORD_STATEMENT' || initiative.askedForStatement;
    return asked && (!wanted || wanted === event) ? event : null;
  });
  const refused = initiatives.filter((_, index) => events[index] === null || events[index] !== events[0]);
  if (refused.length > 0 || !events[0]) {
    const named = (refused.length > 0 ? refused : initiatives).map((initiative) => initiative.diaryNumber);
    throw new AppError(
      'NOTHING_TO_DECIDE',
      `This body has nothing to decide now on ${named.join(', ')}${wanted ? ` as ${wanted}` : ''}.`,
      { refused: named },
    );
  }
  return events[0];
}

/** Domain § 8.2: the proposal is edited freely until the agenda is published; then only with a reason. */
export function itemEdit(
  item: AgendaItemRow,
  meeting: MeetingRow,
  dto: EditAgendaItemDto,
): { draft: AgendaItemDraft; reason: string | null } {
  if (item.decision) throw alreadyDecided(item);
  if (meeting.status === 'cancelled') throw stepRefused(meeting, 'editItem');
  const draft: AgendaItemDraft = {
    title: dto.title ?? item.title,
    preparers: dto.preparers ?? item.preparers,
    presenter: dto.presenter ?? item.presenter,
    proposal: dto.proposal ?? item.proposal,
    responseText: dto.responseText ?? item.responseText,
    answerDirectly: dto.answerDirectly ?? item.answerDirectly,
  };
  const reason = dto.reason ?? null;
  if (!isProposalDraft(meeting.status) && !reason)
    throw invalid(
      'reason',
      'the agenda is published: a change is a correction and needs its reason',
      'correctionReason',
    );
  return { draft, reason };
}

function alreadyDecided(item: AgendaItemRow): AppError {
  return new AppError('ALREADY_DECIDED', `The decision on § ${item.section} is already recorded.`);
}

/** Domain § 8.3: the meeting's decision, and the event it fires for each of the item's initiatives. */
export function decisionPlan(
  actor: RequestActor,
  item: AgendaItemRow,
  meeting: MeetingRow,
  dto: AgendaDecisionDto,
  today: IsoDate,
): AgendaDecisionPlan {
  if (item.decision) throw alreadyDecided(item);
  refuseUnlessHeld(meeting, today);
  const date = dto.date ?? meeting.date;
  requireDatesWithin(decisionDateBounds(meeting.date, date, today));
  if (!mayDecideAs(item.event, dto.decisionType))
    throw invalid(
      'decisionType',
      `a referral to the board is decided, not ${dto.decisionType}`,
      'referralDecided',
    );
  if (dto.resolutions && item.event !== 'RECORD_COUNCIL_DECISION')
    throw invalid('resolutions', 'only the council’s decision has resolutions', 'resolutionsAtCouncil');
  const decision = dto.decision ?? (dto.decisionType === 'asProposed' ? item.proposal : undefined);
  if (decision === undefined)
    throw invalid('decision', 'write the decision unless it was as proposed', 'decisionWritten');
  const decided = {
    date,
    decision,
    decisionType: dto.decisionType,
    resolutions: dto.resolutions ?? [],
    responseText: dto.responseText ?? null,
  };
  const event = agendaDecisionEvent(item.event, { ...item, bodyId: meeting.bodyId }, decided);
  return {
    decision: decided,
    forInitiative: namingTheInitiative(decideEvent(actor, event, today)),
    meetingChange: meeting.status === 'held' ? null : { change: 'hold', set: { status: 'held' } },
  };
}

/** A joint decision refused for one initiative says which one (issue 16: "the clerk is told which and why"). */
function namingTheInitiative(decide: Decide): Decide {
  return async (current, bodies) => {
    try {
      return await decide(current, bodies);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new AppError(error.code, `${current.diaryNumber}: ${error.detail}`, {
        ...error.details,
        refused: [current.diaryNumber],
      });
    }
  };
}

/** Domain § 8.4: the minutes of a held meeting, all of whose items are decided, checked on a day since. */
export function minutesChecked(
  meeting: MeetingRow,
  undecidedItems: number,
  checkedOn: IsoDate,
  today: IsoDate,
): MeetingChange {
  const status = meetingStatusAfter(meeting.status, 'checkMinutes');
  if (!status) throw stepRefused(meeting, 'checkMinutes');
  if (undecidedItems > 0)
    throw new AppError(
      'AGENDA_ITEMS_UNDECIDED',
      `${undecidedItems} items of the agenda have no decision yet.`,
    );
  requireDatesWithin(minutesCheckedBounds(meeting.date, checkedOn, today));
  return { change: 'checkMinutes', set: { status, minutesCheckedOn: checkedOn } };
}
