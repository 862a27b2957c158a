import { endpointCase, pick, type EndpointCase } from './endpoint-case';
import { LIMITS, LONG_TEXT, padded, preparers, text } from './largest-values';
import { MEETING_DAY, meeting, type InitiativeTarget, type Targets } from './targets';

// Each lifecycle event of domain.md § 2 (and several statement requests at once) on a fresh initiative in a state
// that accepts it, so every twin is accepted and written: a new state, an audit row, a handling.

const ROUTE = '/api/initiatives/:id/events';

type Payload = (target: InitiativeTarget, largest: boolean, round: number) => Record<string, unknown>;

const texts = (largest: boolean, ...fields: string[]) =>
  Object.fromEntries(fields.map((field) => [field, largest ? text(LONG_TEXT) : `${field}: teksti`]));

export function eventCases(targets: Targets): EndpointCase[] {
  const { council, board } = targets.bodies;
  const section = (largest: boolean) => (largest ? LIMITS.section : 18);
  const presenter = (largest: boolean) => (largest ? text(LIMITS.presenter) : 'Esittelijä');
  const event = (type: string, prepare: (largest: boolean) => Promise<InitiativeTarget>, payload: Payload) =>
    endpointCase<InitiativeTarget>({
      name: `POST ${ROUTE} ${type}`,
      prepare,
      twin: (target, largest, round) => ({
        method: 'POST',
        route: ROUTE,
        params: { id: target.id },
        // Every other twin names the version it read, as the web app does.
        headers: round % 2 === 0 ? { 'If-Match': `"${target.version}"` } : {},
        body: { type, ...payload(target, largest, round) },
        token: targets.token,
      }),
    });

  return [
    event(
      'REFER_TO_BOARD',
      () => targets.initiative('registered'),
      (_, largest) => ({
        meeting: meeting(council, section(largest)),
        ...texts(largest, 'proposal', 'decision'),
        decisionType: 'asProposed',
      }),
    ),
    event(
      'REQUEST_STATEMENT',
      (largest) =>
        largest
          ? targets.initiative('awaitingStatements', { askEvery: true })
          : targets.initiative('boardPreparation'),
      (_, largest) => ({
        // The largest twin asks the last body an initiative may ask (the target has asked all the others).
        bodyId: largest ? targets.committees[LIMITS.statementRequests - 2] : targets.bodies.education,
        date: MEETING_DAY,
        dueDate: '2026-08-31',
        preparers: largest
          ? preparers(LIMITS.preparers)
          : [{ name: 'Milla Tikkanen', title: 'Päällikkö', email: 'milla@kajaani.fi' }],
      }),
    ),
    endpointCase<InitiativeTarget>({
      name: 'POST /api/initiatives/:id/statement-requests',
      prepare: () => targets.initiative('boardPreparation'),
      twin: (target, largest, round) => ({
        method: 'POST',
        route: '/api/initiatives/:id/statement-requests',
        params: { id: target.id },
        headers: round % 2 === 0 ? { 'If-Match': `"${target.version}"` } : {},
        body: {
          date: MEETING_DAY,
          // The largest twin asks as many bodies as one initiative may ask, each with the most preparers.
          requests: largest
            ? targets.committees.slice(0, LIMITS.statementRequests).map((bodyId) => ({
                bodyId,
                dueDate: '2026-08-31',
                preparers: preparers(LIMITS.preparers),
              }))
            : [
                {
                  bodyId: targets.bodies.education,
                  dueDate: '2026-08-31',
                  preparers: [{ name: 'Milla Tikkanen' }],
                },
                {
                  officeHolder: { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' },
                  dueDate: '2026-06-30',
                  preparers: [],
                },
              ],
        },
        token: targets.token,
      }),
    }),
    event(
      'RECORD_STATEMENT',
      () => targets.initiative('awaitingStatements'),
      (target, largest, round) => ({
        bodyId: target.askedBody,
        meeting: meeting(target.askedBody, section(largest)),
        preparers: largest ? preparers(LIMITS.preparers) : [{ name: 'Milla Tikkanen' }],
        presenter: presenter(largest),
        ...texts(largest, 'proposal', 'decision', 'responseText'),
        decisionType: pick(['asProposed', 'amended', 'afterVote', 'tabled', 'returned'], round),
      }),
    ),
    event(
      'WAIVE_STATEMENT',
      () => targets.initiative('awaitingStatements'),
      (target, largest) => ({
        bodyId: target.askedBody,
        date: MEETING_DAY,
        reason: largest ? text(LIMITS.reason) : 'Lausunto myöhässä',
      }),
    ),
    event(
      'RECORD_BOARD_DECISION',
      () => targets.initiative('boardPreparation'),
      (_, largest, round) => {
        const outcome = pick(['proposeToCouncil', 'returned', 'tabled'], round);
        return {
          meeting: meeting(board, section(largest)),
          preparers: largest ? preparers(LIMITS.preparers) : [],
          presenter: presenter(largest),
          ...texts(largest, 'proposal', 'decision'),
          decisionType: outcome === 'proposeToCouncil' ? 'asProposed' : outcome,
          outcome,
        };
      },
    ),
    event(
      'RECORD_COUNCIL_DECISION',
      () => targets.initiative('councilConsideration'),
      (_, largest, round) => {
        const outcome = pick(['closed', 'returned', 'tabled'], round);
        return {
          meeting: meeting(council, section(largest)),
          presenter: presenter(largest),
          ...texts(largest, 'proposal', 'decision'),
          decisionType: outcome === 'closed' ? pick(['asProposed', 'noted'], round) : outcome,
          outcome,
          resolutions: largest
            ? Array.from({ length: LIMITS.resolutions }, (_, index) =>
                text(LIMITS.resolution, `Ponsi ${index} `),
              )
            : ['Valtuusto edellyttää selvitystä.'],
        };
      },
    ),
    event(
      'CLOSE_VIA_ANNUAL_LIST',
      () => targets.listed(),
      (_, largest) => ({
        meeting: meeting(council, section(largest)),
        annualListId: largest ? padded(targets.unique('vuosilista'), LIMITS.annualListId) : 'vuosilista-2026',
        listYear: 2026,
      }),
    ),
    event(
      'WITHDRAW',
      () => targets.initiative('registered'),
      (_, largest) => ({
        date: MEETING_DAY,
        requestedBy: largest ? text(LIMITS.requestedBy) : 'Aino Aloitteentekijä',
      }),
    ),
    event(
      'DECLARE_LAPSED',
      () => targets.lapsing(),
      (_, largest) => ({ meeting: meeting(council, section(largest)) }),
    ),
  ];
}
