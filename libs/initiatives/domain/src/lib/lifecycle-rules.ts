import { compareDates, yearOf } from './dates';
import type { RulePack } from './rule-packs';
import { isDirectAnswerAllowed, isListYearOpen, isOnAnnualList, lapsesOnList } from './rules';
import type {
  Addressee,
  CloseViaAnnualListEvent,
  DeclareLapsedEvent,
  DecisionType,
  InitiativeContext,
  InitiativeEvent,
  IsoDate,
  Meeting,
  RecordBoardDecisionEvent,
  RecordCouncilDecisionEvent,
  OfficeHolder,
  RecordStatementEvent,
  RecordWrittenStatementEvent,
  ReferForMeasuresEvent,
  RequestStatementEvent,
  StatementRequest,
  WaiveStatementEvent,
  WithdrawEvent,
} from './types';
import { SUBSTANTIVE_DECISION_TYPES } from './types';

// Guards: pure predicates over the workflow memory and the incoming event.

function notBeforeFiling(context: InitiativeContext, date: IsoDate): boolean {
  return compareDates(date, context.facts.submittedOn) >= 0;
}

function isSubstantive(decisionType: DecisionType): boolean {
  return SUBSTANTIVE_DECISION_TYPES.includes(decisionType);
}

/** Returned and tabled keep a matter where it was (palautetaan, pöydälle). */
function isPostponement(decisionType: DecisionType): boolean {
  return decisionType === 'returned' || decisionType === 'tabled';
}

/** domain.md § 8.6: a request goes to a body or to an office holder, never both, never neither. */
export function hasOneAddressee(addressee: Addressee): boolean {
  return (addressee.bodyId === undefined) !== (addressee.officeHolder === undefined);
}

function sameOfficeHolder(a: OfficeHolder, b: OfficeHolder): boolean {
  return a.name === b.name && a.title === b.title;
}

export function isAddressedTo(request: StatementRequest, addressee: Addressee): boolean {
  if (addressee.bodyId !== undefined) return request.bodyId === addressee.bodyId;
  const holder = addressee.officeHolder;
  return holder !== undefined && !!request.officeHolder && sameOfficeHolder(request.officeHolder, holder);
}

export function openRequestFor(
  context: InitiativeContext,
  addressee: Addressee,
): StatementRequest | undefined {
  return context.statements.find((request) => request.status === 'open' && isAddressedTo(request, addressee));
}

export function openRequests(context: InitiativeContext): StatementRequest[] {
  return context.statements.filter((request) => request.status === 'open');
}

export function canReferToBoard(context: InitiativeContext, meeting: Meeting): boolean {
  return notBeforeFiling(context, meeting.date);
}

/**
 * Why the machine refused an event, for the clerk: a guard's reason, or `notInState` when no guard objects (the
 * state does not take the event). Each guard below is "its refusal is null".
 */
export const LIFECYCLE_REFUSALS = [
  'requestAlreadyOpen',
  'noOpenRequest',
  'meetingOfAnotherBody',
  'beforeRequest',
  'dueBeforeRequest',
  'dueDateWithReplyOnly',
  'beforeFiling',
  'oneAddressee',
  'statementsOpen',
  'outcomeOfDecisionType',
  'directAnswerNotAllowed',
  'notInState',
] as const;
export type LifecycleRefusal = (typeof LIFECYCLE_REFUSALS)[number];

/** One open statement request per body or office holder, asked on or after filing, due on or after asking. */
export function requestStatementRefusal(
  context: InitiativeContext,
  event: RequestStatementEvent,
): LifecycleRefusal | null {
  if (!hasOneAddressee(event)) return 'oneAddressee';
  if (openRequestFor(context, event)) return 'requestAlreadyOpen';
  if (!notBeforeFiling(context, event.date)) return 'beforeFiling';
  return compareDates(event.dueDate, event.date) >= 0 ? null : 'dueBeforeRequest';
}

export function canRequestStatement(context: InitiativeContext, event: RequestStatementEvent): boolean {
  return requestStatementRefusal(context, event) === null;
}

/** Only the asked body answers, in its own meeting, not before it was asked. */
export function recordStatementRefusal(
  context: InitiativeContext,
  event: RecordStatementEvent,
): LifecycleRefusal | null {
  const request = openRequestFor(context, { bodyId: event.bodyId });
  if (request === undefined) return 'noOpenRequest';
  if (event.meeting.bodyId !== event.bodyId) return 'meetingOfAnotherBody';
  return compareDates(event.meeting.date, request.requestedOn) >= 0 ? null : 'beforeRequest';
}

export function canRecordStatement(context: InitiativeContext, event: RecordStatementEvent): boolean {
  return recordStatementRefusal(context, event) === null;
}

export function keepsStatementOpen(event: RecordStatementEvent): boolean {
  return isPostponement(event.decisionType);
}

/** Times one body may table or return one statement request: half a year of monthly meetings, then it decides. */
export const STATEMENT_POSTPONEMENT_LIMIT = 6;

/** A tabling or return is within the limit (the registry may waive a request that stays undecided). */
export function mayPostponeStatement(request: StatementRequest): boolean {
  return request.postponements < STATEMENT_POSTPONEMENT_LIMIT;
}

/** domain.md § 8.6: an office holder answers in writing, not before being asked; a waiver likewise. */
export function answerRefusal(
  context: InitiativeContext,
  addressee: Addressee,
  date: IsoDate,
): LifecycleRefusal | null {
  if (!hasOneAddressee(addressee)) return 'oneAddressee';
  const request = openRequestFor(context, addressee);
  if (request === undefined) return 'noOpenRequest';
  return compareDates(date, request.requestedOn) >= 0 ? null : 'beforeRequest';
}

export function canRecordWrittenStatement(
  context: InitiativeContext,
  event: RecordWrittenStatementEvent,
): boolean {
  return answerRefusal(context, { officeHolder: event.officeHolder }, event.date) === null;
}

export function canWaiveStatement(context: InitiativeContext, event: WaiveStatementEvent): boolean {
  return answerRefusal(context, event, event.date) === null;
}

/** domain.md § 8.6: a referral for measures awaits a reply (due on or after it was sent) only when one is expected. */
export function referForMeasuresRefusal(
  context: InitiativeContext,
  event: ReferForMeasuresEvent,
): LifecycleRefusal | null {
  if (!hasOneAddressee(event)) return 'oneAddressee';
  if (!notBeforeFiling(context, event.date)) return 'beforeFiling';
  if (event.replyExpected !== (event.dueDate !== undefined)) return 'dueDateWithReplyOnly';
  if (event.dueDate === undefined) return null;
  if (compareDates(event.dueDate, event.date) < 0) return 'dueBeforeRequest';
  return openRequestFor(context, event) ? 'requestAlreadyOpen' : null;
}

export function canReferForMeasures(context: InitiativeContext, event: ReferForMeasuresEvent): boolean {
  return referForMeasuresRefusal(context, event) === null;
}

/** After this request is resolved, no request remains open. */
export function resolvesLastOpenRequest(context: InitiativeContext, addressee: Addressee): boolean {
  return openRequests(context).every((request) => isAddressedTo(request, addressee));
}

/** The workflow memory as the machine runs it: the stored context and the rule-pack version the initiative is judged by. */
export type MachineContext = InitiativeContext & { pack: RulePack };

/** A returned or tabled outcome is its own decision type; any other needs a decision on the matter. */
function outcomeRefusal(
  outcome: string,
  decisionType: DecisionType,
  substantive: boolean,
): LifecycleRefusal | null {
  const fits = outcome === 'returned' || outcome === 'tabled' ? decisionType === outcome : substantive;
  return fits ? null : 'outcomeOfDecisionType';
}

/** The board decides once every statement is in; it answers directly only where the rules allow it. */
export function boardDecisionRefusal(
  context: MachineContext,
  event: RecordBoardDecisionEvent,
): LifecycleRefusal | null {
  if (openRequests(context).length > 0) return 'statementsOpen';
  if (!notBeforeFiling(context, event.meeting.date)) return 'beforeFiling';
  const refusal = outcomeRefusal(event.outcome, event.decisionType, isSubstantive(event.decisionType));
  if (refusal || event.outcome !== 'answerDirectly') return refusal;
  return isDirectAnswerAllowed(context.pack, context.facts) ? null : 'directAnswerNotAllowed';
}

export function canRecordBoardDecision(context: MachineContext, event: RecordBoardDecisionEvent): boolean {
  return boardDecisionRefusal(context, event) === null;
}

/** The council closes the matter by a decision on it or by noting it; returned and tabled are their own types. */
export function councilDecisionRefusal(
  context: InitiativeContext,
  event: RecordCouncilDecisionEvent,
): LifecycleRefusal | null {
  if (!notBeforeFiling(context, event.meeting.date)) return 'beforeFiling';
  const closes = isSubstantive(event.decisionType) || event.decisionType === 'noted';
  return outcomeRefusal(event.outcome, event.decisionType, closes);
}

export function canRecordCouncilDecision(
  context: InitiativeContext,
  event: RecordCouncilDecisionEvent,
): boolean {
  return councilDecisionRefusal(context, event) === null;
}

/** Only initiatives on that year's list: filed by 31.12. of the previous year, decided in the list's year or later. */
export function canCloseViaAnnualList(context: InitiativeContext, event: CloseViaAnnualListEvent): boolean {
  return (
    isOnAnnualList(event.listYear, context.facts.submittedOn, null) &&
    isListYearOpen(event.listYear, event.meeting.date)
  );
}

export function canWithdraw(context: InitiativeContext, event: WithdrawEvent): boolean {
  return notBeforeFiling(context, event.date);
}

/**
 * On the list of `listYear` (the meeting's year where the event names none), as the list's preview showed it; like
 * any list, decided in its own year or later.
 */
export function canDeclareLapsed(context: MachineContext, event: DeclareLapsedEvent): boolean {
  const listYear = event.listYear ?? yearOf(event.meeting.date);
  return (
    isListYearOpen(listYear, event.meeting.date) &&
    lapsesOnList(context.pack, context.facts.submittedOn, listYear)
  );
}

export function lifecycleRefusal(context: MachineContext, event: InitiativeEvent): LifecycleRefusal {
  return guardRefusal(context, event) ?? 'notInState';
}

function guardRefusal(context: MachineContext, event: InitiativeEvent): LifecycleRefusal | null {
  switch (event.type) {
    case 'REQUEST_STATEMENT':
      return requestStatementRefusal(context, event);
    case 'RECORD_STATEMENT':
      return recordStatementRefusal(context, event);
    case 'RECORD_WRITTEN_STATEMENT':
      return answerRefusal(context, { officeHolder: event.officeHolder }, event.date);
    case 'WAIVE_STATEMENT':
      return answerRefusal(context, event, event.date);
    case 'REFER_FOR_MEASURES':
      return referForMeasuresRefusal(context, event);
    case 'RECORD_BOARD_DECISION':
      return boardDecisionRefusal(context, event);
    case 'RECORD_COUNCIL_DECISION':
      return councilDecisionRefusal(context, event);
    // Their guards check dates and the list's year, which the API refuses field by field before the machine.
    case 'REFER_TO_BOARD':
    case 'CLOSE_VIA_ANNUAL_LIST':
    case 'DECLARE_LAPSED':
    case 'WITHDRAW':
      return null;
  }
}
