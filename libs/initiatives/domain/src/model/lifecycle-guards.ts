// The conditions the oracle table's rows are guarded by and what they change, as domain.md states them, written by
// hand: nothing here calls the machine or its rules. Each cites the text it comes from, and says so where
// domain.md leaves a choice open.
import type { DecisionType, EventOf, InitiativeEvent, InitiativeFacts, IsoDate } from '../index';
import { addresseeKey, type Model } from './lifecycle-model';

const yearOfDate = (date: IsoDate) => Number(date.slice(0, 4));
const dateOfEvent = (event: InitiativeEvent) => ('meeting' in event ? event.meeting.date : event.date);

/** Issue 13 (6): no event is dated before the initiative's filing. ISO dates compare as strings. */
export const notBeforeFiling = (model: Model, event: InitiativeEvent) =>
  dateOfEvent(event) >= model.facts.submittedOn;

/**
 * domain.md lists decision type and outcome side by side without tying them; the table takes the plain reading:
 * an outcome `returned`/`tabled` is recorded as that decision type, and an outcome that moves the matter on is a
 * decision made (as proposed, amended, after a vote); the council may also just note the answer (§ 1.5).
 */
const DECIDED: readonly DecisionType[] = ['asProposed', 'amended', 'afterVote'];
export const isDecided = (decisionType: DecisionType) => DECIDED.includes(decisionType);

/** § 4 direct answers: Espoo 1–13 signers, Helsinki under 25; § 3: a residents' initiative goes to the council. */
const DIRECT_ANSWER_MAX_SIGNERS: Partial<Record<InitiativeFacts['rulePack'], number>> = {
  espoo: 13,
  helsinki: 24,
};
export function mayAnswerDirectly({ rulePack, kind, signatoryCount }: InitiativeFacts): boolean {
  const max = DIRECT_ANSWER_MAX_SIGNERS[rulePack];
  return kind !== 'resident' && max !== undefined && signatoryCount <= max;
}

/** § 1: year Y's list holds what was filed by 31.12. of Y − 1; the council decides it in year Y or later. */
export function isOnTheList(model: Model, event: EventOf<'CLOSE_VIA_ANNUAL_LIST'>): boolean {
  return (
    model.facts.submittedOn <= `${event.listYear - 1}-12-31` &&
    yearOfDate(event.meeting.date) >= event.listYear
  );
}

/** § 4: only Turku's initiatives lapse, after four years. */
const LAPSE_YEARS: Partial<Record<InitiativeFacts['rulePack'], number>> = { turku: 4 };

/**
 * § 9: the age is measured at the end of the year before the list, so on the 2020 list those filed in 2015 or
 * earlier lapse and those filed in 2016 do not. The list is the one the event names, else that of the year the
 * council meets; like every annual list (§ 1) it is decided in its own year or later.
 */
export function isOldEnoughToLapse(model: Model, event: EventOf<'DECLARE_LAPSED'>): boolean {
  const years = LAPSE_YEARS[model.facts.rulePack];
  const meetingYear = yearOfDate(event.meeting.date);
  const listYear = event.listYear ?? meetingYear;
  return (
    years !== undefined &&
    meetingYear >= listYear &&
    yearOfDate(model.facts.submittedOn) + years <= listYear - 1
  );
}

type Addressed = EventOf<'REQUEST_STATEMENT' | 'WAIVE_STATEMENT' | 'REFER_FOR_MEASURES'>;

/** § 8.6: a statement is asked of a body or, instead, of an office holder: one of the two. */
export const hasOneAddressee = (event: Addressed) =>
  [event.bodyId, event.officeHolder].filter((named) => named !== undefined).length === 1;

/** § 2: one open request per body (§ 8.6: or office holder), due on or after the day it was sent. */
export function mayRequest(model: Model, event: EventOf<'REQUEST_STATEMENT'>): boolean {
  return (
    hasOneAddressee(event) &&
    !model.open.has(addresseeKey(event)) &&
    notBeforeFiling(model, event) &&
    event.dueDate >= event.date
  );
}

/** § 1.3 and § 2: the asked body answers in its own meeting, not before it was asked. */
export function answersOpenRequest(model: Model, event: EventOf<'RECORD_STATEMENT'>): boolean {
  const request = model.open.get(addresseeKey({ bodyId: event.bodyId }));
  return (
    request !== undefined &&
    event.meeting.bodyId === event.bodyId &&
    event.meeting.date >= request.requestedOn
  );
}

/** § 8.6: the office holder asked answers in writing, with a date (no meeting, no §), not before being asked. */
export function answersInWriting(model: Model, event: EventOf<'RECORD_WRITTEN_STATEMENT'>): boolean {
  const request = model.open.get(addresseeKey({ officeHolder: event.officeHolder }));
  return request !== undefined && event.date >= request.requestedOn;
}

export function waivesOpenRequest(model: Model, event: EventOf<'WAIVE_STATEMENT'>): boolean {
  const request = hasOneAddressee(event) ? model.open.get(addresseeKey(event)) : undefined;
  return request !== undefined && event.date >= request.requestedOn;
}

/**
 * § 8.6 and issue 16 (6): a referral for measures asks for no statement and holds nothing, unless the registrar
 * says a reply is awaited; then it is an open request like a statement's. domain.md leaves open what a due date
 * means without an awaited reply: the table takes that a due date belongs to an awaited reply, and only to one.
 */
export function refersWithoutReply(model: Model, event: EventOf<'REFER_FOR_MEASURES'>): boolean {
  return (
    hasOneAddressee(event) &&
    !event.replyExpected &&
    event.dueDate === undefined &&
    notBeforeFiling(model, event)
  );
}

export function refersAwaitingReply(model: Model, event: EventOf<'REFER_FOR_MEASURES'>): boolean {
  return (
    hasOneAddressee(event) &&
    event.replyExpected &&
    event.dueDate !== undefined &&
    event.dueDate >= event.date &&
    !model.open.has(addresseeKey(event)) &&
    notBeforeFiling(model, event)
  );
}

export const postpones = (decisionType: DecisionType) =>
  decisionType === 'returned' || decisionType === 'tabled';
/** Whether requests to addressees other than this key's stay open. */
export const othersOpen = (model: Model, key: string) =>
  [...model.open.keys()].some((other) => other !== key);

export function asked(model: Model, key: string, requestedOn: IsoDate): Partial<Model> {
  return { open: new Map(model.open).set(key, { requestedOn, postponements: 0 }) };
}

export function postponed(model: Model, key: string): Partial<Model> {
  const open = new Map(model.open);
  const request = open.get(key);
  if (request) open.set(key, { ...request, postponements: request.postponements + 1 });
  return { open };
}

export function resolved(model: Model, key: string): Partial<Model> {
  const open = new Map(model.open);
  open.delete(key);
  return { open };
}
