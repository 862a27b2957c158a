import { MEETING_KINDS } from '../../testing/committee-meetings';
import { STAGES, type Municipality } from '../../testing/two-municipalities';
import type { ForeignIdRow } from './calls-with-foreign-ids';
import type { Call } from './http-calls';

// The meeting endpoints (api.md's last table) called with the other municipality's bodies, meetings, agenda
// items and initiatives: each names nothing here, so each is refused as a made-up id is (404; 400 for a field).

const BODIES = ['council', 'board', 'committee'] as const;

const meetingCall = (method: Call['method'], path: string, body?: unknown): Call => ({ method, path, body });
const item = (own: Municipality) => ({
  initiativeIds: [own.initiatives.awaitingStatements],
  preparers: [],
  proposal: 'Kaapattu esitys.',
});
const decision = { decisionType: 'asProposed', date: '2026-05-20' };
const itemPath = (meetingId: string, itemId: string) => `/api/meetings/${meetingId}/items/${itemId}`;

export const FOREIGN_MEETING_ID_ROWS: ForeignIdRow[] = [
  ...BODIES.flatMap((body): ForeignIdRow[] => [
    {
      name: `GET /api/bodies/{id}/meetings (${body})`,
      call: (_, other) => meetingCall('GET', `/api/bodies/${other.bodies[body]}/meetings?year=2026`),
    },
    {
      name: `POST /api/bodies/{id}/meetings (${body})`,
      call: (_, other) =>
        meetingCall('POST', `/api/bodies/${other.bodies[body]}/meetings`, {
          meetings: [{ date: '2026-09-01', startTime: '16:00', place: 'Kaapattu sali' }],
        }),
    },
  ]),
  ...MEETING_KINDS.map((kind): ForeignIdRow => ({
    name: `GET /api/meetings/{id} (${kind})`,
    call: (_, other) => meetingCall('GET', `/api/meetings/${other.meetings[kind]}`),
  })),
  ...(
    [
      ['move', 'planned', { date: '2026-06-11', startTime: '08:00', place: 'Kaapattu sali' }],
      ['publish', 'planned', { status: 'agendaPublished' }],
      ['hold', 'published', { status: 'held' }],
      ['cancel', 'published', { status: 'cancelled' }],
    ] as const
  ).map(([change, kind, body]): ForeignIdRow => ({
    name: `PATCH /api/meetings/{id} ${change}`,
    call: (_, other) => meetingCall('PATCH', `/api/meetings/${other.meetings[kind]}`, body),
  })),
  {
    name: 'POST /api/meetings/{id}/items',
    call: (own, other) => meetingCall('POST', `/api/meetings/${other.meetings.published}/items`, item(own)),
  },
  {
    name: 'PATCH /api/meetings/{id}/items/{itemId}',
    call: (_, other) =>
      meetingCall('PATCH', itemPath(other.meetings.published, other.agendaItem), {
        proposal: 'Kaapattu esitys.',
        reason: 'Kaappaus',
      }),
  },
  {
    name: 'PATCH /api/meetings/{own id}/items/{itemId}',
    call: (own, other) =>
      meetingCall('PATCH', itemPath(own.meetings.published, other.agendaItem), {
        proposal: 'Kaapattu esitys.',
        reason: 'Kaappaus',
      }),
  },
  {
    name: 'POST /api/meetings/{id}/items/{itemId}/decision',
    call: (_, other) =>
      meetingCall('POST', `${itemPath(other.meetings.published, other.agendaItem)}/decision`, decision),
  },
  {
    name: 'POST /api/meetings/{own id}/items/{itemId}/decision',
    call: (own, other) =>
      meetingCall('POST', `${itemPath(own.meetings.published, other.agendaItem)}/decision`, decision),
  },
  {
    name: 'POST /api/meetings/{id}/minutes-checked',
    call: (_, other) =>
      meetingCall('POST', `/api/meetings/${other.meetings.held}/minutes-checked`, { date: '2026-05-20' }),
  },
  // Own meetings naming the other's initiatives and agenda items
  ...STAGES.map((stage): ForeignIdRow => ({
    name: `POST /api/meetings/{own id}/items initiativeIds (${stage})`,
    call: (own, other) =>
      meetingCall('POST', `/api/meetings/${own.meetings.planned}/items`, {
        ...item(own),
        initiativeIds: [other.initiatives[stage]],
      }),
  })),
  {
    name: 'POST /api/meetings/{own id}/items initiativeIds (own and the other’s)',
    call: (own, other) =>
      meetingCall('POST', `/api/meetings/${own.meetings.planned}/items`, {
        ...item(own),
        initiativeIds: [own.initiatives.awaitingStatements, other.initiatives.awaitingStatements],
      }),
  },
  {
    name: 'POST /api/initiatives/{own id}/attachments agendaItemId',
    call: (own, other) => ({
      method: 'POST',
      path: `/api/initiatives/${own.initiatives.awaitingStatements}/attachments`,
      upload: { publicity: 'notYetPublic', agendaItemId: other.agendaItem, publicOnceMinutesChecked: 'true' },
    }),
  },
];
