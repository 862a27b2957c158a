// What the oracle table (lifecycle-table.ts) knows of an initiative, as domain.md § 2 states it, written by hand.
import type { EventType, InitiativeFacts, IsoDate, OfficeHolder } from '../index';

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
  'RECORD_WRITTEN_STATEMENT',
  'WAIVE_STATEMENT',
  'REFER_FOR_MEASURES',
  'RECORD_BOARD_DECISION',
  'RECORD_COUNCIL_DECISION',
  'CLOSE_VIA_ANNUAL_LIST',
  'WITHDRAW',
  'DECLARE_LAPSED',
] as const satisfies readonly EventType[];

/** § 2: closed, withdrawn and lapsed are final; every other state is open. */
export const OPEN_STATES: readonly State[] = [
  'registered',
  'boardPreparation',
  'awaitingStatements',
  'councilConsideration',
  'answered',
];
export const isOpen = (state: State) => OPEN_STATES.includes(state);
export const ON_ANNUAL_LIST_STATES = OPEN_STATES.filter((state) => state !== 'registered');

export interface OpenRequest {
  requestedOn: IsoDate;
  postponements: number;
}

/** § 8.6: a request goes to a body or to an office holder (name and title); the table keys them apart. */
export function addresseeKey(addressee: {
  bodyId?: string | null;
  officeHolder?: OfficeHolder | null;
}): string {
  return addressee.officeHolder
    ? `office holder ${addressee.officeHolder.name}, ${addressee.officeHolder.title}`
    : `body ${addressee.bodyId ?? ''}`;
}

/** What the table needs to know of an initiative: its state, its filing and its open statement requests. */
export interface Model {
  state: State;
  facts: InitiativeFacts;
  /** Requests awaiting an answer (statements, and referrals for measures that expect a reply) by addressee. */
  open: ReadonlyMap<string, OpenRequest>;
  /** § 8.6: referrals for measures that expect no reply: recorded, holding nothing. */
  referredForMeasures: number;
  closure: 'council' | 'annualList' | null;
}

export function initialModel(facts: InitiativeFacts): Model {
  return { state: 'registered', facts, open: new Map(), referredForMeasures: 0, closure: null };
}
