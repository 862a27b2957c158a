import { compareDates } from './dates';
import type { DecisionType, EventType, InitiativeEvent, IsoDate, Preparer } from './types';

/** One käsittely: what a body's meeting did with the initiative, as the timeline shows it. */
export interface Handling {
  event: EventType;
  bodyId: string;
  date: IsoDate;
  section: number;
  preparers: Preparer[];
  presenter: string | null;
  proposal: string | null;
  decision: string | null;
  decisionType: DecisionType;
  /** The statement request this handling answers, for a committee's handling. */
  statementBodyId: string | null;
  responseText: string | null;
  resolutions: string[];
}

/** The handling an event appends to the timeline; events without a meeting append none. */
export function handlingOf(event: InitiativeEvent): Handling | null {
  const base = {
    event: event.type,
    preparers: [] as Preparer[],
    presenter: null,
    proposal: null,
    decision: null,
    statementBodyId: null,
    responseText: null,
    resolutions: [] as string[],
  };
  switch (event.type) {
    case 'REFER_TO_BOARD':
      return {
        ...base,
        ...event.meeting,
        proposal: event.proposal ?? null,
        decision: event.decision ?? null,
        decisionType: event.decisionType ?? 'asProposed',
      };
    case 'RECORD_STATEMENT':
      return {
        ...base,
        ...event.meeting,
        preparers: event.preparers ?? [],
        presenter: event.presenter,
        proposal: event.proposal,
        decision: event.decision,
        decisionType: event.decisionType,
        statementBodyId: event.bodyId,
        responseText: event.responseText,
      };
    case 'RECORD_BOARD_DECISION':
      return {
        ...base,
        ...event.meeting,
        preparers: event.preparers ?? [],
        presenter: event.presenter ?? null,
        proposal: event.proposal,
        decision: event.decision,
        decisionType: event.decisionType,
      };
    case 'RECORD_COUNCIL_DECISION':
      return {
        ...base,
        ...event.meeting,
        presenter: event.presenter ?? null,
        proposal: event.proposal ?? null,
        decision: event.decision,
        decisionType: event.decisionType,
        resolutions: event.resolutions,
      };
    case 'CLOSE_VIA_ANNUAL_LIST':
    case 'DECLARE_LAPSED':
      return { ...base, ...event.meeting, decisionType: 'asProposed' };
    case 'REQUEST_STATEMENT':
    case 'RECORD_WRITTEN_STATEMENT':
    case 'WAIVE_STATEMENT':
    case 'REFER_FOR_MEASURES':
    case 'WITHDRAW':
      return null;
  }
}

/**
 * Issue 19: handlings are read in the order of their meetings – by meeting date, then § – not in the order they were
 * typed in; the order of recording decides only between two of the same date and §.
 */
export function inMeetingOrder<T extends Pick<Handling, 'date' | 'section'> & { seq: number }>(
  handlings: readonly T[],
): T[] {
  return [...handlings].sort(
    (a, b) => compareDates(a.date, b.date) || a.section - b.section || a.seq - b.seq,
  );
}
