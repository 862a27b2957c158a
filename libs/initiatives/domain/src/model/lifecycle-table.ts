// The lifecycle as domain.md § 2 states it, written by hand: the oracle the machine is checked against. Nothing
// here is computed by the machine or its rules (lib/machine.ts, lib/lifecycle-rules.ts, lib/rules.ts); the
// guards cite the text they come from, and say so where domain.md leaves a choice open.
import type { DecisionType, EventOf, EventType, InitiativeEvent, InitiativeFacts, IsoDate } from '../index';

export const STATES = [
  'registered',
  'boardPreparation',
  'awaitingStatements',
  'councilConsideration',
  'answered',
  'closed',
  'withdrawn',
  'lapsed',
] as const;
export type State = (typeof STATES)[number];

export const EVENTS = [
  'REFER_TO_BOARD',
  'REQUEST_STATEMENT',
  'RECORD_STATEMENT',
  'WAIVE_STATEMENT',
  'RECORD_BOARD_DECISION',
  'RECORD_COUNCIL_DECISION',
  'CLOSE_VIA_ANNUAL_LIST',
  'WITHDRAW',
  'DECLARE_LAPSED',
] as const satisfies readonly EventType[];

/** § 2: closed, withdrawn and lapsed are final; every other state is open. */
const OPEN_STATES: readonly State[] = [
  'registered',
  'boardPreparation',
  'awaitingStatements',
  'councilConsideration',
  'answered',
];
export const isOpen = (state: State) => OPEN_STATES.includes(state);
const ON_ANNUAL_LIST_STATES = OPEN_STATES.filter((state) => state !== 'registered');

export interface OpenRequest {
  requestedOn: IsoDate;
  postponements: number;
}

/** What the table needs to know of an initiative: its state, its filing and its open statement requests. */
export interface Model {
  state: State;
  facts: InitiativeFacts;
  /** Open statement requests by body. */
  open: ReadonlyMap<string, OpenRequest>;
  closure: 'council' | 'annualList' | null;
}

export function initialModel(facts: InitiativeFacts): Model {
  return { state: 'registered', facts, open: new Map(), closure: null };
}

export interface Row {
  id: string;
  from: readonly State[];
  event: EventType;
  to: State;
  when: (model: Model, event: InitiativeEvent) => boolean;
  update: (model: Model, event: InitiativeEvent) => Partial<Model>;
}

function row<T extends EventType>(
  id: string,
  from: readonly State[],
  event: T,
  to: State,
  when: (model: Model, event: EventOf<T>) => boolean,
  update: (model: Model, event: EventOf<T>) => Partial<Model> = () => ({}),
): Row {
  const narrow = (candidate: InitiativeEvent) => candidate as EventOf<T>;
  return {
    id,
    from,
    event,
    to,
    when: (model, candidate) => candidate.type === event && when(model, narrow(candidate)),
    update: (model, candidate) => update(model, narrow(candidate)),
  };
}

const yearOfDate = (date: IsoDate) => Number(date.slice(0, 4));
const dateOfEvent = (event: InitiativeEvent) => ('meeting' in event ? event.meeting.date : event.date);

/** Issue 13 (6): no event is dated before the initiative's filing. ISO dates compare as strings. */
const notBeforeFiling = (model: Model, event: InitiativeEvent) =>
  dateOfEvent(event) >= model.facts.submittedOn;

/**
 * domain.md lists decision type and outcome side by side without tying them; the table takes the plain reading:
 * an outcome `returned`/`tabled` is recorded as that decision type, and an outcome that moves the matter on is a
 * decision made (as proposed, amended, after a vote); the council may also just note the answer (§ 1.5).
 */
const DECIDED: readonly DecisionType[] = ['asProposed', 'amended', 'afterVote'];
const isDecided = (decisionType: DecisionType) => DECIDED.includes(decisionType);

/** § 4 direct answers: Espoo 1–13 signers, Helsinki under 25; § 3: a residents' initiative goes to the council. */
const DIRECT_ANSWER_MAX_SIGNERS: Partial<Record<InitiativeFacts['rulePack'], number>> = {
  espoo: 13,
  helsinki: 24,
};
function mayAnswerDirectly({ rulePack, kind, signatoryCount }: InitiativeFacts): boolean {
  const max = DIRECT_ANSWER_MAX_SIGNERS[rulePack];
  return kind !== 'resident' && max !== undefined && signatoryCount <= max;
}

/** § 1: year Y's list holds what was filed by 31.12. of Y − 1; the council decides it in year Y or later. */
function isOnTheList(model: Model, event: EventOf<'CLOSE_VIA_ANNUAL_LIST'>): boolean {
  return (
    model.facts.submittedOn <= `${event.listYear - 1}-12-31` &&
    yearOfDate(event.meeting.date) >= event.listYear
  );
}

/**
 * § 4 and § 9, Turku only: four years old at the end of the year before the list (on the 2020 list, filed in 2015
 * or earlier lapse, filed in 2016 do not). The list is the one of the year the council meets.
 */
function isOldEnoughToLapse(model: Model, event: EventOf<'DECLARE_LAPSED'>): boolean {
  const listYear = yearOfDate(event.meeting.date);
  return model.facts.rulePack === 'turku' && yearOfDate(model.facts.submittedOn) + 4 <= listYear - 1;
}

/** § 2: one open request per body, due on or after the day it was sent. */
function mayRequest(model: Model, event: EventOf<'REQUEST_STATEMENT'>): boolean {
  return !model.open.has(event.bodyId) && notBeforeFiling(model, event) && event.dueDate >= event.date;
}

/** § 1.3 and § 2: the asked body answers in its own meeting, not before it was asked. */
function answersOpenRequest(model: Model, event: EventOf<'RECORD_STATEMENT'>): boolean {
  const request = model.open.get(event.bodyId);
  return (
    request !== undefined &&
    event.meeting.bodyId === event.bodyId &&
    event.meeting.date >= request.requestedOn
  );
}

function waivesOpenRequest(model: Model, event: EventOf<'WAIVE_STATEMENT'>): boolean {
  const request = model.open.get(event.bodyId);
  return request !== undefined && event.date >= request.requestedOn;
}

const postpones = (decisionType: DecisionType) => decisionType === 'returned' || decisionType === 'tabled';
const othersOpen = (model: Model, bodyId: string) => [...model.open.keys()].some((body) => body !== bodyId);

function asked(model: Model, bodyId: string, requestedOn: IsoDate): Partial<Model> {
  return { open: new Map(model.open).set(bodyId, { requestedOn, postponements: 0 }) };
}

function postponed(model: Model, bodyId: string): Partial<Model> {
  const open = new Map(model.open);
  const request = open.get(bodyId);
  if (request) open.set(bodyId, { ...request, postponements: request.postponements + 1 });
  return { open };
}

function resolved(model: Model, bodyId: string): Partial<Model> {
  const open = new Map(model.open);
  open.delete(bodyId);
  return { open };
}

export const LIFECYCLE_TABLE: readonly Row[] = [
  row('refer', ['registered'], 'REFER_TO_BOARD', 'boardPreparation', notBeforeFiling),
  row(
    'request statement',
    ['boardPreparation', 'awaitingStatements'],
    'REQUEST_STATEMENT',
    'awaitingStatements',
    mayRequest,
    (model, event) => asked(model, event.bodyId, event.date),
  ),
  row(
    'statement returned or tabled: request stays open',
    ['awaitingStatements'],
    'RECORD_STATEMENT',
    'awaitingStatements',
    (model, event) => answersOpenRequest(model, event) && postpones(event.decisionType),
    (model, event) => postponed(model, event.bodyId),
  ),
  row(
    'statement recorded, other requests open',
    ['awaitingStatements'],
    'RECORD_STATEMENT',
    'awaitingStatements',
    (model, event) =>
      answersOpenRequest(model, event) && !postpones(event.decisionType) && othersOpen(model, event.bodyId),
    (model, event) => resolved(model, event.bodyId),
  ),
  row(
    'last open statement recorded',
    ['awaitingStatements'],
    'RECORD_STATEMENT',
    'boardPreparation',
    (model, event) =>
      answersOpenRequest(model, event) && !postpones(event.decisionType) && !othersOpen(model, event.bodyId),
    (model, event) => resolved(model, event.bodyId),
  ),
  row(
    'statement waived, other requests open',
    ['awaitingStatements'],
    'WAIVE_STATEMENT',
    'awaitingStatements',
    (model, event) => waivesOpenRequest(model, event) && othersOpen(model, event.bodyId),
    (model, event) => resolved(model, event.bodyId),
  ),
  row(
    'last open statement waived',
    ['awaitingStatements'],
    'WAIVE_STATEMENT',
    'boardPreparation',
    (model, event) => waivesOpenRequest(model, event) && !othersOpen(model, event.bodyId),
    (model, event) => resolved(model, event.bodyId),
  ),
  row(
    'board proposes to council',
    ['boardPreparation'],
    'RECORD_BOARD_DECISION',
    'councilConsideration',
    (model, event) =>
      event.outcome === 'proposeToCouncil' && isDecided(event.decisionType) && notBeforeFiling(model, event),
  ),
  row(
    'board answers directly',
    ['boardPreparation'],
    'RECORD_BOARD_DECISION',
    'answered',
    (model, event) =>
      event.outcome === 'answerDirectly' &&
      isDecided(event.decisionType) &&
      mayAnswerDirectly(model.facts) &&
      notBeforeFiling(model, event),
  ),
  row(
    'board returns or tables',
    ['boardPreparation'],
    'RECORD_BOARD_DECISION',
    'boardPreparation',
    (model, event) =>
      (event.outcome === 'returned' || event.outcome === 'tabled') &&
      event.decisionType === event.outcome &&
      notBeforeFiling(model, event),
  ),
  row(
    'council closes',
    ['councilConsideration'],
    'RECORD_COUNCIL_DECISION',
    'closed',
    (model, event) =>
      event.outcome === 'closed' &&
      (isDecided(event.decisionType) || event.decisionType === 'noted') &&
      notBeforeFiling(model, event),
    () => ({ closure: 'council' }),
  ),
  row(
    'council returns to the board',
    ['councilConsideration'],
    'RECORD_COUNCIL_DECISION',
    'boardPreparation',
    (model, event) =>
      event.outcome === 'returned' && event.decisionType === 'returned' && notBeforeFiling(model, event),
  ),
  row(
    'council tables',
    ['councilConsideration'],
    'RECORD_COUNCIL_DECISION',
    'councilConsideration',
    (model, event) =>
      event.outcome === 'tabled' && event.decisionType === 'tabled' && notBeforeFiling(model, event),
  ),
  row(
    'closed via annual list',
    ON_ANNUAL_LIST_STATES,
    'CLOSE_VIA_ANNUAL_LIST',
    'closed',
    isOnTheList,
    () => ({ closure: 'annualList' }),
  ),
  row('withdrawn', OPEN_STATES, 'WITHDRAW', 'withdrawn', notBeforeFiling),
  row('lapsed', OPEN_STATES, 'DECLARE_LAPSED', 'lapsed', isOldEnoughToLapse),
];

export interface Expected {
  row: Row;
  next: Model;
}

/** The table's answer for one event: the one row that applies and the model after it, or null: refused. */
export function expectedStep(model: Model, event: InitiativeEvent): Expected | null {
  const rows = LIFECYCLE_TABLE.filter(
    (candidate) => candidate.from.includes(model.state) && candidate.when(model, event),
  );
  if (rows.length > 1) throw new Error(`The table is ambiguous: ${rows.map(({ id }) => id).join(', ')}`);
  const [match] = rows;
  if (!match) return null;
  return { row: match, next: { ...model, ...match.update(model, event), state: match.to } };
}

/** Event types the table lists for a state, whatever their guards say. */
export function eventsListedFrom(state: State): EventType[] {
  return EVENTS.filter((type) =>
    LIFECYCLE_TABLE.some((candidate) => candidate.event === type && candidate.from.includes(state)),
  );
}
