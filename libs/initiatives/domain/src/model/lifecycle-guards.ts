// The conditions the oracle table's rows are guarded by and what they change, as domain.md states them, written by
// hand: nothing here calls the machine or its rules. Each cites the text it comes from, and says so where
// domain.md leaves a choice open.
import type { DecisionType, EventOf, InitiativeEvent, InitiativeFacts, IsoDate } from '../index';
import type { Model } from './lifecycle-model';

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

/**
 * § 4 and § 9, Turku only: four years old at the end of the year before the list (on the 2020 list, filed in 2015
 * or earlier lapse, filed in 2016 do not). The list is the one of the year the council meets.
 */
export function isOldEnoughToLapse(model: Model, event: EventOf<'DECLARE_LAPSED'>): boolean {
  const listYear = yearOfDate(event.meeting.date);
  return model.facts.rulePack === 'turku' && yearOfDate(model.facts.submittedOn) + 4 <= listYear - 1;
}

/** § 2: one open request per body, due on or after the day it was sent. */
export function mayRequest(model: Model, event: EventOf<'REQUEST_STATEMENT'>): boolean {
  return !model.open.has(event.bodyId) && notBeforeFiling(model, event) && event.dueDate >= event.date;
}

/** § 1.3 and § 2: the asked body answers in its own meeting, not before it was asked. */
export function answersOpenRequest(model: Model, event: EventOf<'RECORD_STATEMENT'>): boolean {
  const request = model.open.get(event.bodyId);
  return (
    request !== undefined &&
    event.meeting.bodyId === event.bodyId &&
    event.meeting.date >= request.requestedOn
  );
}

export function waivesOpenRequest(model: Model, event: EventOf<'WAIVE_STATEMENT'>): boolean {
  const request = model.open.get(event.bodyId);
  return request !== undefined && event.date >= request.requestedOn;
}

export const postpones = (decisionType: DecisionType) =>
  decisionType === 'returned' || decisionType === 'tabled';
export const othersOpen = (model: Model, bodyId: string) =>
  [...model.open.keys()].some((body) => body !== bodyId);

export function asked(model: Model, bodyId: string, requestedOn: IsoDate): Partial<Model> {
  return { open: new Map(model.open).set(bodyId, { requestedOn, postponements: 0 }) };
}

export function postponed(model: Model, bodyId: string): Partial<Model> {
  const open = new Map(model.open);
  const request = open.get(bodyId);
  if (request) open.set(bodyId, { ...request, postponements: request.postponements + 1 });
  return { open };
}

export function resolved(model: Model, bodyId: string): Partial<Model> {
  const open = new Map(model.open);
  open.delete(bodyId);
  return { open };
}
