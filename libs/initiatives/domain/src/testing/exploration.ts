import { getSimplePaths } from 'xstate/graph';
import type { InitiativeSnapshot } from '../lib/engine';
import { openRequests } from '../lib/lifecycle-rules';
import { initiativeMachine } from '../lib/machine';
import type { InitiativeEvent, InitiativeFacts } from '../lib/types';
import { boardDecision, councilDecision, statement, statementRequest } from './scenario';

const DAY = '2026-06-01';
const council = { bodyId: 'council', date: DAY, section: 1 };

export interface Exploration {
  name: string;
  facts: InitiativeFacts;
  /** Bodies asked in this order, each at most once. */
  bodies: readonly string[];
  /** Whether a body may table its statement (once). */
  tabling: boolean;
}

/**
 * Bounded so the graph stays finite and the suite quick (simple paths grow factorially with bodies): Espoo with two
 * bodies in parallel reaches `answered`; Turku with one body that may table reaches `lapsed`. Together they reach
 * every state through every kind of event.
 */
export const EXPLORATIONS: Exploration[] = [
  {
    name: 'espoo, two bodies in parallel',
    facts: {
      rulePack: 'espoo',
      kind: 'councillor',
      signatoryCount: 3,
      hasFinancialEffect: false,
      submittedOn: '2021-01-15',
    },
    bodies: ['education', 'technical'],
    tabling: false,
  },
  {
    name: 'turku, one body that tables',
    facts: {
      rulePack: 'turku',
      kind: 'councillor',
      signatoryCount: 3,
      hasFinancialEffect: false,
      submittedOn: '2021-01-15',
    },
    bodies: ['education'],
    tabling: true,
  },
];

export function eventsFor(exploration: Exploration, snapshot: InitiativeSnapshot): InitiativeEvent[] {
  const { statements } = snapshot.context;
  const nextBody = exploration.bodies[statements.length];
  return [
    { type: 'REFER_TO_BOARD', meeting: council },
    ...(nextBody ? [statementRequest(nextBody, DAY, '2026-07-01')] : []),
    ...openRequests(snapshot.context).flatMap((request) => [
      statement(request.bodyId, DAY),
      ...(exploration.tabling && request.postponements === 0
        ? [statement(request.bodyId, DAY, 'tabled')]
        : []),
      { type: 'WAIVE_STATEMENT' as const, bodyId: request.bodyId, date: DAY, reason: 'Myöhässä.' },
    ]),
    boardDecision(DAY, 'proposeToCouncil'),
    boardDecision(DAY, 'answerDirectly'),
    boardDecision(DAY, 'returned'),
    boardDecision(DAY, 'tabled'),
    councilDecision(DAY, 'closed'),
    councilDecision(DAY, 'returned'),
    councilDecision(DAY, 'tabled'),
    { type: 'CLOSE_VIA_ANNUAL_LIST', meeting: council, annualListId: 'list-2026', listYear: 2026 },
    { type: 'WITHDRAW', date: DAY, requestedBy: 'Ensimmäinen allekirjoittaja' },
    { type: 'DECLARE_LAPSED', meeting: council },
  ];
}

export function simplePaths(exploration: Exploration) {
  return getSimplePaths(initiativeMachine, {
    input: exploration.facts,
    events: (snapshot) => eventsFor(exploration, snapshot),
  });
}
