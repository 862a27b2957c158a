// The lifecycle as domain.md § 2 states it, written by hand: the oracle the machine is checked against. Nothing
// here or in what it imports (lifecycle-model.ts, lifecycle-guards.ts) is computed by the machine or its rules
// (lib/machine.ts, lib/lifecycle-rules.ts, lib/rules.ts); the guards cite the text they come from, and say so
// where domain.md leaves a choice open.
import type { EventOf, EventType, InitiativeEvent } from '../index';
import {
  answersInWriting,
  answersOpenRequest,
  asked,
  isDecided,
  isOldEnoughToLapse,
  isOnTheList,
  mayAnswerDirectly,
  mayRequest,
  notBeforeFiling,
  othersOpen,
  postponed,
  postpones,
  refersAwaitingReply,
  refersWithoutReply,
  resolved,
  waivesOpenRequest,
} from './lifecycle-guards';
import {
  EVENTS,
  ON_ANNUAL_LIST_STATES,
  OPEN_STATES,
  addresseeKey,
  type Model,
  type State,
} from './lifecycle-model';

const bodyKey = (bodyId: string) => addresseeKey({ bodyId });
const holderKey = (event: EventOf<'RECORD_WRITTEN_STATEMENT'>) =>
  addresseeKey({ officeHolder: event.officeHolder });
const referred = (model: Model) => ({ referredForMeasures: model.referredForMeasures + 1 });

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

export const LIFECYCLE_TABLE: readonly Row[] = [
  row('refer', ['registered'], 'REFER_TO_BOARD', 'boardPreparation', notBeforeFiling),
  row(
    'request statement',
    ['boardPreparation', 'awaitingStatements'],
    'REQUEST_STATEMENT',
    'awaitingStatements',
    mayRequest,
    (model, event) => asked(model, addresseeKey(event), event.date),
  ),
  row(
    'statement returned or tabled: request stays open',
    ['awaitingStatements'],
    'RECORD_STATEMENT',
    'awaitingStatements',
    (model, event) => answersOpenRequest(model, event) && postpones(event.decisionType),
    (model, event) => postponed(model, bodyKey(event.bodyId)),
  ),
  row(
    'statement recorded, other requests open',
    ['awaitingStatements'],
    'RECORD_STATEMENT',
    'awaitingStatements',
    (model, event) =>
      answersOpenRequest(model, event) &&
      !postpones(event.decisionType) &&
      othersOpen(model, bodyKey(event.bodyId)),
    (model, event) => resolved(model, bodyKey(event.bodyId)),
  ),
  row(
    'last open statement recorded',
    ['awaitingStatements'],
    'RECORD_STATEMENT',
    'boardPreparation',
    (model, event) =>
      answersOpenRequest(model, event) &&
      !postpones(event.decisionType) &&
      !othersOpen(model, bodyKey(event.bodyId)),
    (model, event) => resolved(model, bodyKey(event.bodyId)),
  ),
  row(
    'written statement of an office holder, other requests open',
    ['awaitingStatements'],
    'RECORD_WRITTEN_STATEMENT',
    'awaitingStatements',
    (model, event) => answersInWriting(model, event) && othersOpen(model, holderKey(event)),
    (model, event) => resolved(model, holderKey(event)),
  ),
  row(
    'last open request answered in writing by an office holder',
    ['awaitingStatements'],
    'RECORD_WRITTEN_STATEMENT',
    'boardPreparation',
    (model, event) => answersInWriting(model, event) && !othersOpen(model, holderKey(event)),
    (model, event) => resolved(model, holderKey(event)),
  ),
  row(
    'statement waived, other requests open',
    ['awaitingStatements'],
    'WAIVE_STATEMENT',
    'awaitingStatements',
    (model, event) => waivesOpenRequest(model, event) && othersOpen(model, addresseeKey(event)),
    (model, event) => resolved(model, addresseeKey(event)),
  ),
  row(
    'last open statement waived',
    ['awaitingStatements'],
    'WAIVE_STATEMENT',
    'boardPreparation',
    (model, event) => waivesOpenRequest(model, event) && !othersOpen(model, addresseeKey(event)),
    (model, event) => resolved(model, addresseeKey(event)),
  ),
  row(
    'referred for measures, no reply expected: nothing held',
    ['boardPreparation'],
    'REFER_FOR_MEASURES',
    'boardPreparation',
    refersWithoutReply,
    referred,
  ),
  row(
    'referred for measures while statements are awaited, no reply expected',
    ['awaitingStatements'],
    'REFER_FOR_MEASURES',
    'awaitingStatements',
    refersWithoutReply,
    referred,
  ),
  row(
    'referred for measures, reply expected: held like a statement request',
    ['boardPreparation', 'awaitingStatements'],
    'REFER_FOR_MEASURES',
    'awaitingStatements',
    refersAwaitingReply,
    (model, event) => asked(model, addresseeKey(event), event.date),
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
