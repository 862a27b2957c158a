import {
  allowedEvents,
  eventDateBounds,
  lifecycleRefusal,
  meetingBodyKind,
  openRequestFor,
  restore,
  step,
  type BodyKind,
  type InitiativeContext,
  type InitiativeEvent,
  type IsoDate,
} from '@aloite/domain';
import type { BodySummary, Decide } from '@aloite/persistence';
import { AppError, invalid, type Params } from '../http/app-error';
import { requirePermission, type RequestActor } from '../auth/request-actor';
import { requireDatesWithin } from '../validation/date-bounds';

export interface BodyRequirement {
  field: string;
  bodyId: string;
  kind: BodyKind | null;
  active: boolean;
}

/**
 * How one lifecycle event is ruled on, whoever asks (a direct event, a meeting's decision): the bodies it names,
 * the actor's permission, its dates, then the machine. Anything refused is thrown and writes nothing.
 */
export function decideEvent(actor: RequestActor, event: InitiativeEvent, today: IsoDate): Decide {
  const wanted = bodyRequirements(event);
  requireOneAddressee(event);
  requireDueDateWithReply(event);
  return (current, bodies) => {
    requireBodies(wanted, bodies);
    const { pack } = current;
    const forBody = 'bodyId' in event ? event.bodyId : undefined;
    const why = `Your role may not apply ${event.type}${forBody ? ' for this body' : ''}.`;
    requirePermission(actor, event.type, why, { pack, forBody });
    requireDatesWithin(eventDateBounds(event, current.context.facts.submittedOn, today));
    const result = step(current, event, pack);
    if (!result.ok) {
      const allowed = allowedEvents(restore(current, pack), actor, today);
      throw new AppError(
        'TRANSITION_NOT_ALLOWED',
        `${event.type} is not possible while the initiative is ${current.state}${allowed.length ? `; possible now: ${allowed.join(', ')}` : ''}.`,
        {
          state: current.state,
          allowedEvents: allowed,
          reason: lifecycleRefusal({ ...current.context, pack }, event),
          ...refusalParams(current.context, event),
        },
      );
    }
    return { event, next: result.next, handling: result.handling };
  };
}

/** The ids of the bodies an event names, read with the initiative for `decideEvent`. */
export function bodiesOf(event: InitiativeEvent): string[] {
  return bodyRequirements(event).map((requirement) => requirement.bodyId);
}

/** Bodies named in an event must be this municipality's, of the kind that meets on it, and active when asked. */
function bodyRequirements(event: InitiativeEvent): BodyRequirement[] {
  const wanted: BodyRequirement[] = [];
  // A body deactivated after it was asked may still answer, or be waived.
  if ('bodyId' in event && event.bodyId !== undefined)
    wanted.push({
      field: 'bodyId',
      bodyId: event.bodyId,
      kind: null,
      active: event.type === 'REQUEST_STATEMENT' || event.type === 'REFER_FOR_MEASURES',
    });
  if ('meeting' in event) {
    wanted.push({
      field: 'meeting.bodyId',
      bodyId: event.meeting.bodyId,
      kind: meetingBodyKind(event.type),
      active: false,
    });
  }
  return wanted;
}

/** domain.md § 8.6: a request, referral or waiver names a body or an office holder, exactly one. */
function requireOneAddressee(event: InitiativeEvent): void {
  if (
    event.type !== 'REQUEST_STATEMENT' &&
    event.type !== 'REFER_FOR_MEASURES' &&
    event.type !== 'WAIVE_STATEMENT'
  )
    return;
  if ((event.bodyId === undefined) === (event.officeHolder === undefined))
    throw invalid(
      'bodyId',
      'give either the body (bodyId) or the office holder (officeHolder), exactly one',
      'oneAddressee',
    );
}

/** domain.md § 8.6: a referral for measures has a due date exactly when a reply is awaited. */
function requireDueDateWithReply(event: InitiativeEvent): void {
  if (event.type !== 'REFER_FOR_MEASURES' || event.replyExpected === (event.dueDate !== undefined)) return;
  throw invalid(
    'dueDate',
    event.replyExpected ? 'required when a reply is expected' : 'only when a reply is expected',
    event.replyExpected ? 'dueDateWithReply' : 'dueDateWithoutReply',
  );
}

/** Throws for the first requirement that the municipality's bodies found do not meet. */
export function requireBodies(wanted: BodyRequirement[], bodies: BodySummary[]): void {
  for (const { field, bodyId, kind, active } of wanted) {
    const body = bodies.find((candidate) => candidate.id === bodyId);
    if (!body) throw invalid(field, 'no such body in this municipality', 'noSuchBody');
    if (active && !body.active)
      throw invalid(field, `${body.name} is no longer active`, 'bodyInactive', { body: body.name });
    if (kind && body.kind !== kind)
      throw invalid(field, `must be the ${kind}, not ${body.name}`, 'bodyOfWrongKind', {
        kind,
        body: body.name,
      });
  }
}

/** The request a refused statement step is about: the clerk's message names the day it was asked. */
function refusalParams(context: InitiativeContext, event: InitiativeEvent): { params?: Params } {
  const addressed = 'bodyId' in event || 'officeHolder' in event;
  const request = addressed ? openRequestFor(context, event) : undefined;
  return request ? { params: { requestedOn: request.requestedOn } } : {};
}
