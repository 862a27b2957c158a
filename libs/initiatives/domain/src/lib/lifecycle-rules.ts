import { compareDates } from './dates';
import { RULE_PACKS } from './rule-packs';
import { isDirectAnswerAllowed, isLapseEligible, isListYearOpen, isOnAnnualList } from './rules';
import type {
  CloseViaAnnualListEvent,
  Closure,
  DeclareLapsedEvent,
  DecisionType,
  InitiativeContext,
  InitiativeFacts,
  IsoDate,
  Meeting,
  RecordBoardDecisionEvent,
  RecordCouncilDecisionEvent,
  RecordStatementEvent,
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

export function openRequestFor(context: InitiativeContext, bodyId: string): StatementRequest | undefined {
  return context.statements.find((request) => request.bodyId === bodyId && request.status === 'open');
}

export function openRequests(context: InitiativeContext): StatementRequest[] {
  return context.statements.filter((request) => request.status === 'open');
}

export function canReferToBoard(context: InitiativeContext, meeting: Meeting): boolean {
  return notBeforeFiling(context, meeting.date);
}

/** One open statement request per body. */
export function canRequestStatement(context: InitiativeContext, event: RequestStatementEvent): boolean {
  return (
    !openRequestFor(context, event.bodyId) &&
    notBeforeFiling(context, event.date) &&
    compareDates(event.dueDate, event.date) >= 0
  );
}

/** Only the asked body answers, in its own meeting. */
export function canRecordStatement(context: InitiativeContext, event: RecordStatementEvent): boolean {
  const request = openRequestFor(context, event.bodyId);
  return (
    request !== undefined &&
    event.meeting.bodyId === event.bodyId &&
    compareDates(event.meeting.date, request.requestedOn) >= 0
  );
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

export function canWaiveStatement(context: InitiativeContext, event: WaiveStatementEvent): boolean {
  const request = openRequestFor(context, event.bodyId);
  return request !== undefined && compareDates(event.date, request.requestedOn) >= 0;
}

/** After this request is resolved, no request remains open. */
export function resolvesLastOpenRequest(context: InitiativeContext, bodyId: string): boolean {
  return openRequests(context).every((request) => request.bodyId === bodyId);
}

export function canRecordBoardDecision(context: InitiativeContext, event: RecordBoardDecisionEvent): boolean {
  if (openRequests(context).length > 0 || !notBeforeFiling(context, event.meeting.date)) return false;
  switch (event.outcome) {
    case 'proposeToCouncil':
      return isSubstantive(event.decisionType);
    case 'answerDirectly':
      return (
        isSubstantive(event.decisionType) &&
        isDirectAnswerAllowed(RULE_PACKS[context.facts.rulePack], context.facts)
      );
    case 'returned':
    case 'tabled':
      return event.decisionType === event.outcome;
  }
}

export function canRecordCouncilDecision(
  context: InitiativeContext,
  event: RecordCouncilDecisionEvent,
): boolean {
  if (!notBeforeFiling(context, event.meeting.date)) return false;
  switch (event.outcome) {
    case 'closed':
      return isSubstantive(event.decisionType) || event.decisionType === 'noted';
    case 'returned':
    case 'tabled':
      return event.decisionType === event.outcome;
  }
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

export function canDeclareLapsed(context: InitiativeContext, event: DeclareLapsedEvent): boolean {
  return isLapseEligible(RULE_PACKS[context.facts.rulePack], context.facts.submittedOn, event.meeting.date);
}

// Context updates: pure functions returning the next workflow memory.

export function initialContext(facts: InitiativeFacts): InitiativeContext {
  return { facts, statements: [], answeredOn: null, closure: null, endedOn: null };
}

export function addStatementRequest(
  context: InitiativeContext,
  event: RequestStatementEvent,
): StatementRequest[] {
  return [
    ...context.statements,
    {
      bodyId: event.bodyId,
      status: 'open',
      requestedOn: event.date,
      dueDate: event.dueDate,
      preparers: event.preparers,
      postponements: 0,
      resolvedOn: null,
      waiverReason: null,
    },
  ];
}

function updateOpenRequest(
  context: InitiativeContext,
  bodyId: string,
  update: (request: StatementRequest) => StatementRequest,
): StatementRequest[] {
  return context.statements.map((request) =>
    request.bodyId === bodyId && request.status === 'open' ? update(request) : request,
  );
}

export function recordStatement(context: InitiativeContext, event: RecordStatementEvent): StatementRequest[] {
  return updateOpenRequest(context, event.bodyId, (request) =>
    keepsStatementOpen(event)
      ? { ...request, postponements: request.postponements + 1 }
      : { ...request, status: 'received', resolvedOn: event.meeting.date },
  );
}

export function waiveStatement(context: InitiativeContext, event: WaiveStatementEvent): StatementRequest[] {
  return updateOpenRequest(context, event.bodyId, (request) => ({
    ...request,
    status: 'waived',
    resolvedOn: event.date,
    waiverReason: event.reason,
  }));
}

/** Requests still open when the initiative ends are moot. */
export function cancelOpenRequests(context: InitiativeContext, on: IsoDate): StatementRequest[] {
  return context.statements.map((request) =>
    request.status === 'open' ? { ...request, status: 'cancelled', resolvedOn: on } : request,
  );
}

export function councilClosure(event: RecordCouncilDecisionEvent): Closure {
  return {
    kind: 'council',
    date: event.meeting.date,
    meeting: event.meeting,
    annualListId: null,
    resolutions: event.resolutions,
  };
}

export function annualListClosure(event: CloseViaAnnualListEvent): Closure {
  return {
    kind: 'annualList',
    date: event.meeting.date,
    meeting: event.meeting,
    annualListId: event.annualListId,
    resolutions: [],
  };
}
