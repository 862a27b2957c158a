import { decide, start, stateOf, type InitiativeSnapshot } from '../lib/engine';
import type { RulePack } from '../lib/rule-packs';
import { TEMPLATES } from '../lib/rule-pack-templates';
import type {
  BoardOutcome,
  CouncilOutcome,
  DecisionType,
  InitiativeEvent,
  InitiativeFacts,
  IsoDate,
  RecordBoardDecisionEvent,
  RecordCouncilDecisionEvent,
  RecordStatementEvent,
  RequestStatementEvent,
} from '../lib/types';

/** Applies events in order to an initiative judged by `pack` (by default its template as shipped). */
export function play(
  facts: InitiativeFacts,
  events: readonly InitiativeEvent[],
  pack: RulePack = TEMPLATES[facts.rulePack],
): InitiativeSnapshot {
  return events.reduce(applyOrThrow, start(facts, pack));
}

/** A refused event fails loudly with the state it was refused in. */
export function applyOrThrow(snapshot: InitiativeSnapshot, event: InitiativeEvent): InitiativeSnapshot {
  const decision = decide(snapshot, event);
  if (!decision.ok) {
    throw new Error(
      `${event.type} refused in ${stateOf(snapshot)}; allowed: ${decision.allowedEvents.join(', ')}`,
    );
  }
  return decision.next;
}

export function facts(overrides: Partial<InitiativeFacts> = {}): InitiativeFacts {
  return {
    rulePack: 'kajaani',
    kind: 'councillor',
    signatoryCount: 1,
    hasFinancialEffect: false,
    submittedOn: '2026-01-15',
    ...overrides,
  };
}

export function referral(date: IsoDate, section = 10): InitiativeEvent {
  return { type: 'REFER_TO_BOARD', meeting: { bodyId: 'council', date, section } };
}

export function statementRequest(bodyId: string, date: IsoDate, dueDate: IsoDate): RequestStatementEvent {
  return { type: 'REQUEST_STATEMENT', bodyId, date, dueDate, preparers: [{ name: 'Valmistelija' }] };
}

export function statement(
  bodyId: string,
  date: IsoDate,
  decisionType: DecisionType = 'asProposed',
  section = 5,
): RecordStatementEvent {
  return {
    type: 'RECORD_STATEMENT',
    bodyId,
    meeting: { bodyId, date, section },
    presenter: 'Esittelijä',
    proposal: 'Lautakunta antaa oheisen vastineen.',
    decision: 'Hyväksyttiin.',
    decisionType,
    responseText: 'Vastine.',
  };
}

export function boardDecision(
  date: IsoDate,
  outcome: BoardOutcome,
  decisionType: DecisionType = outcome === 'returned' || outcome === 'tabled' ? outcome : 'asProposed',
): RecordBoardDecisionEvent {
  return {
    type: 'RECORD_BOARD_DECISION',
    meeting: { bodyId: 'board', date, section: 100 },
    proposal: 'Kaupunginhallitus esittää, että valtuusto toteaa aloitteen loppuun käsitellyksi.',
    decision: 'Hyväksyttiin.',
    decisionType,
    outcome,
  };
}

export function councilDecision(
  date: IsoDate,
  outcome: CouncilOutcome,
  decisionType: DecisionType = outcome === 'closed' ? 'asProposed' : outcome,
  resolutions: string[] = [],
): RecordCouncilDecisionEvent {
  return {
    type: 'RECORD_COUNCIL_DECISION',
    meeting: { bodyId: 'council', date, section: 60 },
    decision: 'Valtuusto totesi aloitteen loppuun käsitellyksi.',
    decisionType,
    outcome,
    resolutions,
  };
}
