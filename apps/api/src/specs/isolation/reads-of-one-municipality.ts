import { INITIATIVE_STATES } from '@aloite/domain';
import { LIST_YEAR, STAGES, type Municipality, type Stage } from '../../testing/two-municipalities';
import { TEST_PASSWORD } from '../../testing/test-app';
import type { Call } from './http-calls';

/**
 * A read by `own`'s staff (or by anyone, when `anonymous`), asked so that the other municipality's rows would
 * match if the municipality were not in the query: its words, names, bodies. A new endpoint, filter or document
 * format is a new row.
 */
export interface ReadRow {
  name: string;
  call: (own: Municipality, other: Municipality) => Call;
  /** Texts of `own` that a role allowed to read this must find: the read can see rows at all. */
  shows?: (own: Municipality) => string[];
  anonymous?: boolean;
}

const get = (path: string): Call => ({ method: 'GET', path });
const diaryNumbers = (own: Municipality, ...stages: Stage[]) =>
  stages.map((stage) => own.diaryNumbers[stage]);
const all = (own: Municipality) => Object.values(own.diaryNumbers);
const list = (
  name: string,
  query: (own: Municipality, other: Municipality) => string,
  shows?: ReadRow['shows'],
) => ({
  name: `GET /api/initiatives?${name}`,
  call: (own: Municipality, other: Municipality) => get(`/api/initiatives?${query(own, other)}`),
  shows,
});
/** The list's matches as a spreadsheet, in both formats. */
const exported = (
  name: string,
  query: (own: Municipality, other: Municipality) => string,
  shows?: ReadRow['shows'],
) =>
  (['csv', 'xlsx'] as const).map((format): ReadRow => ({
    name: `GET /api/initiatives/export?format=${format}&${name}`,
    call: (own, other) => get(`/api/initiatives/export?format=${format}&${query(own, other)}`),
    shows,
  }));
const OPEN_ON_LIST: Stage[] = ['openOnAnnualList', 'closedByAnnualList'];

export const READ_ROWS: ReadRow[] = [
  list('limit=200', () => 'limit=200', all),
  list('q=<the other’s word>', (_, other) => `q=${other.word}`),
  list('q=<own word>', (own) => `q=${own.word}`, all),
  list(
    'q=<the other’s diary number>',
    (_, other) => `q=${encodeURIComponent(other.diaryNumbers.registered)}`,
  ),
  list('bodyId=<the other’s committee>', (_, other) => `bodyId=${other.bodies.committee}`),
  list('bodyId=<the other’s council>', (_, other) => `bodyId=${other.bodies.council}`),
  list(
    'bodyId=<own committee>',
    (own) => `bodyId=${own.bodies.committee}`,
    (own) => diaryNumbers(own, 'awaitingStatements', 'statementRecorded'),
  ),
  list('signatory=<the other’s signatory>', (_, other) => `signatory=${encodeURIComponent(other.signatory)}`),
  list('signatory=<own signatory>', (own) => `signatory=${encodeURIComponent(own.signatory)}`, all),
  list('state=<every state>', () => INITIATIVE_STATES.map((state) => `state=${state}`).join('&'), all),
  list(
    'year=2025',
    () => 'year=2025',
    (own) => diaryNumbers(own, ...OPEN_ON_LIST),
  ),
  list('year=2026', () => 'year=2026'),
  list('deadline=overdue', () => 'deadline=overdue'),
  list(
    'deadline=dueSoon',
    () => 'deadline=dueSoon',
    (own) => diaryNumbers(own, 'awaitingStatements'),
  ),
  list('sort=dueDate', () => 'sort=dueDate', all),
  list('sort=-filedAt', () => 'sort=-filedAt', all),
  list('limit=1', () => 'limit=1'),
  list('(no filter)', () => ''),
  ...exported('(no filter)', () => '', all),
  ...exported('q=<the other’s word>', (_, other) => `q=${other.word}`),
  ...exported('bodyId=<the other’s committee>', (_, other) => `bodyId=${other.bodies.committee}`),
  ...exported(
    'signatory=<the other’s signatory>',
    (_, other) => `signatory=${encodeURIComponent(other.signatory)}`,
  ),
  {
    name: 'GET /api/dashboard',
    call: () => get('/api/dashboard'),
    shows: (own) => diaryNumbers(own, 'awaitingStatements'),
  },
  {
    name: `GET /api/annual-lists/${LIST_YEAR}`,
    call: () => get(`/api/annual-lists/${LIST_YEAR}`),
    shows: (own) => diaryNumbers(own, ...OPEN_ON_LIST),
  },
  {
    name: `GET /api/annual-lists/${LIST_YEAR + 1}`,
    call: () => get(`/api/annual-lists/${LIST_YEAR + 1}`),
    shows: (own) =>
      diaryNumbers(own, 'openOnAnnualList', 'registered', 'awaitingStatements', 'statementRecorded'),
  },
  ...(['csv', 'pdf', 'docx'] as const).map((format): ReadRow => ({
    name: `GET /api/annual-lists/{year}/export?format=${format}`,
    call: () => get(`/api/annual-lists/${LIST_YEAR}/export?format=${format}`),
    shows: (own) => diaryNumbers(own, ...OPEN_ON_LIST),
  })),
  { name: 'POST /api/reminders/run', call: () => ({ method: 'POST', path: '/api/reminders/run' }) },
  {
    name: 'GET /api/reminders/outbox',
    call: () => get('/api/reminders/outbox'),
    shows: (own) => diaryNumbers(own, 'awaitingStatements'),
  },
  { name: 'GET /api/bodies', call: () => get('/api/bodies'), shows: (own) => [own.bodies.committee] },
  {
    name: 'GET /api/users',
    call: () => get('/api/users'),
    shows: (own) => Object.values(own.staff).map((member) => member.username),
  },
  {
    name: 'GET /api/admin/log',
    call: () => get('/api/admin/log?limit=200'),
    shows: (own) => [own.bodies.committee, ...Object.values(own.staff).map((member) => member.username)],
  },
  { name: 'GET /api/me', call: () => get('/api/me'), shows: (own) => [own.id] },
  { name: 'GET /api/municipality', call: () => get('/api/municipality'), shows: (own) => [own.name] },
  { name: 'GET /api/municipality/sign-in', call: () => get('/api/municipality/sign-in') },
  ...STAGES.flatMap((stage): ReadRow[] => [
    {
      name: `GET /api/initiatives/{own id} (${stage})`,
      call: (own) => get(`/api/initiatives/${own.initiatives[stage]}`),
      shows: (own) => diaryNumbers(own, stage),
    },
    {
      name: `GET /api/initiatives/{own id}/pdf (${stage})`,
      call: (own) => get(`/api/initiatives/${own.initiatives[stage]}/pdf`),
      shows: (own) => diaryNumbers(own, stage),
    },
    {
      name: `GET /api/initiatives/{own id}/events (${stage})`,
      call: (own) => get(`/api/initiatives/${own.initiatives[stage]}/events`),
      shows: (own) => [own.word],
    },
  ]),
  {
    name: 'GET /api/initiatives/{own id}/handlings/{seq}/minutes',
    call: (own) =>
      get(
        `/api/initiatives/${own.initiatives.statementRecorded}/handlings/${own.statementHandlingSeq}/minutes`,
      ),
    shows: (own) => [own.word],
  },
  {
    name: 'GET /api/attachments/{own id}/reads',
    call: (own) => get(`/api/attachments/${own.attachments.confidential}/reads`),
    shows: (own) => [own.staff.registrar.username],
  },
  {
    name: 'GET /api/bodies/{own committee}/meetings',
    call: (own) => get(`/api/bodies/${own.bodies.committee}/meetings?year=2026`),
    shows: (own) => Object.values(own.meetings),
  },
  {
    name: 'GET /api/meetings/{own id}',
    call: (own) => get(`/api/meetings/${own.meetings.published}`),
    shows: (own) => [own.agendaItem, own.word],
  },
  { name: 'GET /api/health', call: () => get('/api/health'), anonymous: true },
  { name: 'GET /api/health/live', call: () => get('/api/health/live'), anonymous: true },
  { name: 'GET /api/health/ready', call: () => get('/api/health/ready'), anonymous: true },
  {
    name: 'POST /api/auth/login',
    anonymous: true,
    call: (own) => ({
      method: 'POST',
      path: '/api/auth/login',
      body: {
        username: own.staff.committeeSecretary.username,
        password: TEST_PASSWORD,
        municipality: own.slug,
      },
    }),
    shows: (own) => [own.bodies.committee],
  },
];
