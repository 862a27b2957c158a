import { isAddressedTo, keepsStatementOpen } from './lifecycle-rules';
import type {
  Addressee,
  CloseViaAnnualListEvent,
  Closure,
  InitiativeContext,
  InitiativeFacts,
  IsoDate,
  RecordCouncilDecisionEvent,
  RecordStatementEvent,
  RecordWrittenStatementEvent,
  ReferForMeasuresEvent,
  RequestStatementEvent,
  StatementRequest,
  WaiveStatementEvent,
} from './types';

// Context updates: pure functions returning the next workflow memory.

export function initialContext(facts: InitiativeFacts): InitiativeContext {
  return { facts, statements: [], referredOn: null, answeredOn: null, closure: null, endedOn: null };
}

/**
 * Contexts stored before office holders and referrals for measures were known hold only bodies' statement requests;
 * those stored before the referral date was kept have none.
 */
export function withRequestDefaults(context: InitiativeContext): InitiativeContext {
  const statements = context.statements.map((request) => ({
    ...request,
    officeHolder: request.officeHolder ?? null,
    kind: request.kind ?? 'statement',
    replyExpected: request.replyExpected ?? true,
  }));
  return { ...context, referredOn: context.referredOn ?? null, statements };
}

export function addStatementRequest(
  context: InitiativeContext,
  event: RequestStatementEvent,
): StatementRequest[] {
  return [
    ...context.statements,
    {
      bodyId: event.bodyId ?? null,
      officeHolder: event.officeHolder ?? null,
      kind: 'statement',
      replyExpected: true,
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

export function addReferralForMeasures(
  context: InitiativeContext,
  event: ReferForMeasuresEvent,
): StatementRequest[] {
  return [
    ...context.statements,
    {
      bodyId: event.bodyId ?? null,
      officeHolder: event.officeHolder ?? null,
      kind: 'measures',
      replyExpected: event.replyExpected,
      status: event.replyExpected ? 'open' : 'referred',
      requestedOn: event.date,
      dueDate: event.dueDate ?? null,
      preparers: event.preparers ?? [],
      postponements: 0,
      resolvedOn: null,
      waiverReason: null,
    },
  ];
}

function updateOpenRequest(
  context: InitiativeContext,
  addressee: Addressee,
  update: (request: StatementRequest) => StatementRequest,
): StatementRequest[] {
  return context.statements.map((request) =>
    request.status === 'open' && isAddressedTo(request, addressee) ? update(request) : request,
  );
}

export function recordStatement(context: InitiativeContext, event: RecordStatementEvent): StatementRequest[] {
  return updateOpenRequest(context, { bodyId: event.bodyId }, (request) =>
    keepsStatementOpen(event)
      ? { ...request, postponements: request.postponements + 1 }
      : { ...request, status: 'received', resolvedOn: event.meeting.date },
  );
}

export function recordWrittenStatement(
  context: InitiativeContext,
  event: RecordWrittenStatementEvent,
): StatementRequest[] {
  return updateOpenRequest(context, { officeHolder: event.officeHolder }, (request) => ({
    ...request,
    status: 'received',
    resolvedOn: event.date,
  }));
}

export function waiveStatement(context: InitiativeContext, event: WaiveStatementEvent): StatementRequest[] {
  return updateOpenRequest(context, event, (request) => ({
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
