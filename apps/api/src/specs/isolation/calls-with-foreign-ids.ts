import { randomUUID } from 'node:crypto';
import {
  LIST_YEAR,
  PUBLICITIES,
  STAFF_ROLES,
  STAGES,
  type Municipality,
} from '../../testing/two-municipalities';
import { FOREIGN_MEETING_ID_ROWS } from './calls-with-foreign-meeting-ids';
import type { Call } from './http-calls';

/**
 * A call by `own`'s staff naming `other`'s ids. `other` is either the other municipality or one that does not
 * exist, and each call must be answered the same for both: an id of another municipality is no such thing here.
 * A new endpoint, or a new id an endpoint takes, is a new row.
 */
export interface ForeignIdRow {
  name: string;
  call: (own: Municipality, other: Municipality) => Call;
  /** The statuses a call may get: refused by default (api.md: 400 for a body named, 403 role, 404 no such). */
  statuses?: number[];
  /** Texts of the other municipality the call itself sends, which its answer may repeat. */
  sends?: (other: Municipality) => string[];
}

const REFUSED = [400, 403, 404];
export const statusesOf = (row: ForeignIdRow) => row.statuses ?? REFUSED;

const meeting = (bodyId: string, section = 90) => ({ bodyId, date: '2026-05-20', section });
const event = (id: string, body: Record<string, unknown>, headers?: Record<string, string>): Call => ({
  method: 'POST',
  path: `/api/initiatives/${id}/events`,
  body,
  headers,
});
const withdraw = { type: 'WITHDRAW', date: '2026-05-20', requestedBy: 'Kaappaaja' };
const requestStatement = (bodyId: string) => ({
  type: 'REQUEST_STATEMENT',
  bodyId,
  date: '2026-05-20',
  dueDate: '2026-06-30',
  preparers: [{ name: 'Kaappaaja' }],
});
/** Several statement requests at once: the first of its own bodies, the last the one under test. */
const statementRequests = (id: string, ...bodyIds: string[]): Call => ({
  method: 'POST',
  path: `/api/initiatives/${id}/statement-requests`,
  body: {
    date: '2026-05-20',
    requests: bodyIds.map((bodyId) => ({
      bodyId,
      dueDate: '2026-06-30',
      preparers: [{ name: 'Kaappaaja' }],
    })),
  },
});
const recordStatement = (bodyId: string, meetingBodyId: string) => ({
  type: 'RECORD_STATEMENT',
  bodyId,
  meeting: meeting(meetingBodyId),
  presenter: 'Kaappaaja',
  proposal: 'Kaapattu',
  decision: 'Kaapattu',
  decisionType: 'asProposed',
  responseText: 'Kaapattu',
});
const decision = (council: string, close: string[], keep: string[]): Call => ({
  method: 'POST',
  path: `/api/annual-lists/${LIST_YEAR}/decision`,
  body: { meeting: meeting(council), annualListId: 'kaapattu-vuosilista', close, keep },
});
const newUsername = () => `kaappaaja.${randomUUID().slice(0, 8)}`;

const perStage = (name: string, call: (id: string) => Call): ForeignIdRow[] =>
  STAGES.map((stage) => ({ name: `${name} (${stage})`, call: (_, other) => call(other.initiatives[stage]) }));

export const FOREIGN_ID_ROWS: ForeignIdRow[] = [
  // Initiatives of the other municipality
  ...perStage('GET /api/initiatives/{id}', (id) => ({ method: 'GET', path: `/api/initiatives/${id}` })),
  ...perStage('GET /api/initiatives/{id}/pdf', (id) => ({
    method: 'GET',
    path: `/api/initiatives/${id}/pdf`,
  })),
  ...perStage('GET /api/initiatives/{id}/events', (id) => ({
    method: 'GET',
    path: `/api/initiatives/${id}/events`,
  })),
  {
    name: 'GET /api/initiatives/{id}/handlings/{seq}/minutes',
    call: (_, other) => ({
      method: 'GET',
      path: `/api/initiatives/${other.initiatives.statementRecorded}/handlings/${other.statementHandlingSeq}/minutes`,
    }),
  },
  ...perStage('POST /api/initiatives/{id}/events WITHDRAW', (id) => event(id, withdraw)),
  {
    name: 'POST /api/initiatives/{id}/events WITHDRAW with If-Match',
    call: (_, other) => event(other.initiatives.awaitingStatements, withdraw, { 'if-match': '"1"' }),
  },
  {
    name: 'POST /api/initiatives/{id}/events REFER_TO_BOARD',
    call: (_, other) =>
      event(other.initiatives.registered, { type: 'REFER_TO_BOARD', meeting: meeting(other.bodies.council) }),
  },
  {
    name: 'POST /api/initiatives/{id}/events REQUEST_STATEMENT',
    call: (_, other) => event(other.initiatives.awaitingStatements, requestStatement(other.bodies.committee)),
  },
  ...STAGES.map((stage): ForeignIdRow => ({
    name: `POST /api/initiatives/{id}/statement-requests (${stage})`,
    call: (_, other) => statementRequests(other.initiatives[stage], other.bodies.committee),
  })),
  {
    name: 'POST /api/initiatives/{id}/events RECORD_STATEMENT',
    call: (_, other) =>
      event(
        other.initiatives.awaitingStatements,
        recordStatement(other.bodies.committee, other.bodies.committee),
      ),
  },
  {
    name: 'POST /api/initiatives/{id}/events WAIVE_STATEMENT',
    call: (_, other) =>
      event(other.initiatives.awaitingStatements, {
        type: 'WAIVE_STATEMENT',
        bodyId: other.bodies.committee,
        date: '2026-05-20',
        reason: 'Kaapattu',
      }),
  },
  {
    name: 'POST /api/initiatives/{id}/events RECORD_BOARD_DECISION',
    call: (_, other) =>
      event(other.initiatives.statementRecorded, {
        type: 'RECORD_BOARD_DECISION',
        meeting: meeting(other.bodies.board),
        proposal: 'Kaapattu',
        decision: 'Kaapattu',
        decisionType: 'asProposed',
        outcome: 'answerDirectly',
      }),
  },
  {
    name: 'POST /api/initiatives/{id}/events CLOSE_VIA_ANNUAL_LIST',
    call: (_, other) =>
      event(other.initiatives.openOnAnnualList, {
        type: 'CLOSE_VIA_ANNUAL_LIST',
        meeting: meeting(other.bodies.council),
        annualListId: 'kaapattu-vuosilista',
        listYear: LIST_YEAR,
      }),
  },
  ...perStage('POST /api/initiatives/{id}/attachments', (id) => ({
    method: 'POST',
    path: `/api/initiatives/${id}/attachments`,
    upload: { publicity: 'public' },
  })),
  // The other municipality's bodies named in this municipality's own initiatives
  {
    name: 'POST /api/initiatives filedAt.bodyId',
    call: (_, other) => ({
      method: 'POST',
      path: '/api/initiatives',
      body: {
        title: 'Kaapattu aloite',
        text: 'Kaapattu',
        kind: 'councillor',
        submittedOn: '2026-05-20',
        signatories: [{ name: 'Kaappaaja' }],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: other.bodies.council, date: '2026-05-20', section: 90 },
      },
    }),
  },
  {
    name: 'POST /api/initiatives/{own id}/events REQUEST_STATEMENT of the other’s body',
    call: (own, other) => event(own.initiatives.awaitingStatements, requestStatement(other.bodies.committee)),
  },
  {
    // Its own committee, not asked now, comes first: answered alike for the other's body and a missing one, so
    // the first request is not left recorded by the refusal of the second.
    name: 'POST /api/initiatives/{own id}/statement-requests of its own body and the other’s',
    call: (own, other) =>
      statementRequests(own.initiatives.statementRecorded, own.bodies.committee, other.bodies.committee),
  },
  {
    name: 'POST /api/initiatives/{own id}/events RECORD_STATEMENT at the other’s body',
    call: (own, other) =>
      event(
        own.initiatives.awaitingStatements,
        recordStatement(own.bodies.committee, other.bodies.committee),
      ),
  },
  {
    name: 'POST /api/initiatives/{own id}/events REFER_TO_BOARD at the other’s council',
    call: (own, other) =>
      event(own.initiatives.registered, { type: 'REFER_TO_BOARD', meeting: meeting(other.bodies.council) }),
  },
  {
    name: 'POST /api/initiatives/{own id}/attachments bodyId',
    call: (own, other) => ({
      method: 'POST',
      path: `/api/initiatives/${own.initiatives.awaitingStatements}/attachments`,
      upload: { publicity: 'public', bodyId: other.bodies.committee },
    }),
  },
  // Documents
  ...PUBLICITIES.filter((publicity) => publicity !== 'public').map((publicity): ForeignIdRow => ({
    name: `GET /api/attachments/{id}/content (${publicity})`,
    call: (_, other) => ({ method: 'GET', path: `/api/attachments/${other.attachments[publicity]}/content` }),
  })),
  ...PUBLICITIES.map((publicity): ForeignIdRow => ({
    name: `GET /api/attachments/{id}/reads (${publicity})`,
    call: (_, other) => ({ method: 'GET', path: `/api/attachments/${other.attachments[publicity]}/reads` }),
  })),
  // Bodies
  ...(['council', 'board', 'committee'] as const).flatMap((body): ForeignIdRow[] => [
    {
      name: `PATCH /api/bodies/{id} name (${body})`,
      call: (_, other) => ({
        method: 'PATCH',
        path: `/api/bodies/${other.bodies[body]}`,
        body: { name: 'Kaapattu' },
      }),
    },
    {
      name: `PATCH /api/bodies/{id} active (${body})`,
      call: (_, other) => ({
        method: 'PATCH',
        path: `/api/bodies/${other.bodies[body]}`,
        body: { active: false },
      }),
    },
  ]),
  // Users
  ...STAFF_ROLES.flatMap((role): ForeignIdRow[] =>
    [
      { active: false },
      { password: 'kaapattu-salasana' },
      { roles: ['admin'] },
      { displayName: 'Kaapattu' },
    ].map((change) => ({
      name: `PATCH /api/users/{id} ${Object.keys(change)[0]} (${role})`,
      call: (_, other) => ({ method: 'PATCH', path: `/api/users/${other.staff[role].id}`, body: change }),
    })),
  ),
  {
    name: 'POST /api/users bodyIds',
    call: (_, other) => ({
      method: 'POST',
      path: '/api/users',
      body: {
        username: newUsername(),
        displayName: 'Kaappaaja',
        password: 'kaappaajan-salasana',
        roles: ['committeeSecretary'],
        bodyIds: [other.bodies.committee],
      },
    }),
  },
  {
    name: 'PUT /api/municipality/sign-in groupMappings bodyIds',
    call: (_, other) => ({
      method: 'PUT',
      path: '/api/municipality/sign-in',
      body: {
        passwordsAllowed: true,
        provider: {
          issuer: 'https://login.example.fi/kaappaaja/v2.0',
          clientId: 'kaappaaja',
          clientSecret: 'kaappaajan-salaisuus',
          groupMappings: [{ group: 'g', roles: ['committeeSecretary'], bodyIds: [other.bodies.committee] }],
        },
      },
    }),
  },
  {
    name: 'PATCH /api/users/{own id} bodyIds',
    call: (own, other) => ({
      method: 'PATCH',
      path: `/api/users/${own.staff.committeeSecretary.id}`,
      body: { bodyIds: [other.bodies.committee] },
    }),
  },
  // The annual list
  {
    name: 'POST /api/annual-lists/{year}/decision close',
    call: (own, other) => decision(own.bodies.council, [other.initiatives.openOnAnnualList], []),
  },
  {
    name: 'POST /api/annual-lists/{year}/decision keep',
    call: (own, other) => decision(own.bodies.council, [], [other.initiatives.openOnAnnualList]),
  },
  {
    name: 'POST /api/annual-lists/{year}/decision meeting.bodyId',
    call: (_, other) => decision(other.bodies.council, [], []),
  },
  ...FOREIGN_MEETING_ID_ROWS,
  // A diary number is unique within a municipality only (api.md): the other's numbers are free here.
  {
    name: 'POST /api/initiatives diaryNumber',
    statuses: [201, 403],
    sends: (other) => [other.diaryNumbers.registered],
    call: (own, other) => ({
      method: 'POST',
      path: '/api/initiatives',
      body: {
        diaryNumber: other.diaryNumbers.registered,
        title: 'Aloite toisen kunnan diaarinumerolla',
        text: 'Diaarinumero on yksilöllinen vain kunnan sisällä.',
        kind: 'councillor',
        submittedOn: '2026-05-20',
        signatories: [{ name: 'Valtuutettu' }],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: own.bodies.council, date: '2026-05-20', section: 91 },
      },
    }),
  },
];
