import { getSimplePaths } from 'xstate/graph';
import type { InitiativeSnapshot } from '../lib/engine';
import { openRequests } from '../lib/lifecycle-rules';
import { initiativeMachine } from '../lib/machine';
import { TEMPLATES } from '../lib/rule-pack-templates';
import type { Addressee, InitiativeEvent, InitiativeFacts, OfficeHolder } from '../lib/types';
import { boardDecision, councilDecision, statement } from './scenario';

const DAY = '2026-06-01';
const council = { bodyId: 'council', date: DAY, section: 1 };

/** One request of an exploration: a statement of a body or office holder, or a referral for measures. */
export type Ask = Addressee & { forMeasures?: { replyExpected: boolean } };

const director: OfficeHolder = { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' };

export interface Exploration {
  name: string;
  facts: InitiativeFacts;
  /** Requests made in this order, each at most once. */
  asks: readonly Ask[];
  /** Whether a body may table its statement (once). */
  tabling: boolean;
}

/**
 * Bounded so the graph stays finite and the suite quick (simple paths grow factorially with bodies): Espoo with two
 * bodies in parallel reaches `answered`; Turku with one body that may table reaches `lapsed`. Together they reach
 * every state through every kind of event. Each is judged by its municipality's template as shipped.
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
    asks: [{ bodyId: 'education' }, { bodyId: 'technical' }],
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
    asks: [{ bodyId: 'education' }],
    tabling: true,
  },
  {
    name: 'kajaani, an office holder and referrals for measures',
    facts: {
      rulePack: 'kajaani',
      kind: 'councillor',
      signatoryCount: 1,
      hasFinancialEffect: false,
      submittedOn: '2021-01-15',
    },
    asks: [
      { officeHolder: director },
      { bodyId: 'technical', forMeasures: { replyExpected: false } },
      { officeHolder: director, forMeasures: { replyExpected: true } },
    ],
    tabling: false,
  },
];

function asking({ forMeasures, ...addressee }: Ask): InitiativeEvent {
  if (!forMeasures)
    return { type: 'REQUEST_STATEMENT', ...addressee, date: DAY, dueDate: '2026-07-01', preparers: [] };
  const { replyExpected } = forMeasures;
  return {
    type: 'REFER_FOR_MEASURES',
    ...addressee,
    date: DAY,
    replyExpected,
    ...(replyExpected ? { dueDate: '2026-07-01' } : {}),
  };
}

export function eventsFor(exploration: Exploration, snapshot: InitiativeSnapshot): InitiativeEvent[] {
  const { statements } = snapshot.context;
  const nextAsk = exploration.asks[statements.length];
  return [
    { type: 'REFER_TO_BOARD', meeting: council },
    ...(nextAsk ? [asking(nextAsk)] : []),
    ...openRequests(snapshot.context).flatMap(
      ({ bodyId, officeHolder, postponements }): InitiativeEvent[] => {
        const waiver = { type: 'WAIVE_STATEMENT' as const, date: DAY, reason: 'Myöhässä.' };
        if (officeHolder)
          return [
            { type: 'RECORD_WRITTEN_STATEMENT', officeHolder, date: DAY, responseText: 'Lausunto.' },
            { ...waiver, officeHolder },
          ];
        if (bodyId === null) return [];
        return [
          statement(bodyId, DAY),
          ...(exploration.tabling && postponements === 0 ? [statement(bodyId, DAY, 'tabled')] : []),
          { ...waiver, bodyId },
        ];
      },
    ),
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
    input: { facts: exploration.facts, pack: TEMPLATES[exploration.facts.rulePack] },
    events: (snapshot) => eventsFor(exploration, snapshot),
  });
}
