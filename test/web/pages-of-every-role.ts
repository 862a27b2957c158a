import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, type EventType } from '@aloite/domain';
import { INITIATIVE_16 } from '@aloite/domain/testing';
import { ROOT } from '../product/running-product';
import type { WebProduct } from './browser';

/** The demo users, one per role, and what domain.md § 5 (and the README's table) lets each of them do. */
export interface RoleUnderTest {
  username: string;
  password: string;
  /** The event forms the role may use (the rule pack's default permissions). */
  eventForms: readonly EventType[];
  files: boolean;
  /** The reminders page is in the navigation of the registrar and the administrator (README, _Reminders_). */
  seesReminders: boolean;
  /** api.md: the registrar and a body's secretary keep its meetings and put initiatives on agendas. */
  managesMeetings: boolean;
  /** Issue 20: the administration pages (users, bodies, the log of their changes) are the administrator's. */
  administers: boolean;
}

export const ROLES: readonly RoleUnderTest[] = [
  {
    username: 'hallintojohtaja',
    password: 'demo-hallintojohtaja',
    eventForms: EVENT_TYPES.filter((type) => type !== 'RECORD_STATEMENT'),
    files: true,
    seesReminders: true,
    managesMeetings: true,
    administers: false,
  },
  {
    username: 'jaostosihteeri',
    password: 'demo-jaostosihteeri',
    eventForms: ['RECORD_STATEMENT'],
    files: false,
    seesReminders: false,
    managesMeetings: true,
    administers: false,
  },
  {
    username: 'valtuustosihteeri',
    password: 'demo-valtuustosihteeri',
    eventForms: [],
    files: false,
    seesReminders: false,
    managesMeetings: false,
    administers: false,
  },
  {
    username: 'admin',
    password: 'demo-admin-2026',
    eventForms: [],
    files: false,
    seesReminders: true,
    managesMeetings: false,
    administers: true,
  },
];

/** Demo initiatives for one user: one for each event form, in a state where that user may use it. */
export interface DemoTargets {
  /** § 16, waiting for statements: requests, preparers and documents. */
  open: string;
  /** An answered initiative with a full timeline: proposals and decisions side by side. */
  answered: string;
  /** The initiative whose `allowedEvents` for this user include the event, or § 16 when none does. */
  forEvent: (type: EventType) => string;
  /** The employment subcommittee, and its seed meeting of 20.5.2026 with §§ 16 and 17 on its agenda. */
  employment: string;
  seedMeeting: string;
  /** An account to open in the administration (the administrator's own), for the role that administers. */
  user: string;
}

const ANSWERED = 'KAJDno-2025-1412';
const EMPLOYMENT = 'Työllisyys- ja kansainvälisyysjaosto';

export async function demoTargets(product: WebProduct, role: RoleUnderTest): Promise<DemoTargets> {
  const token = await product.api.call('POST', '/api/auth/login', null, {
    username: role.username,
    password: role.password,
  });
  const list = await product.api.call('GET', '/api/initiatives?limit=200', token.body.token);
  const initiatives = await Promise.all(
    (list.body.items as { id: string }[]).map(
      async ({ id }) =>
        (await product.api.call('GET', `/api/initiatives/${id}`, token.body.token)).body as {
          id: string;
          diaryNumber: string;
          allowedEvents: EventType[];
        },
    ),
  );
  const byDiaryNumber = (diaryNumber: string) =>
    initiatives.find((initiative) => initiative.diaryNumber === diaryNumber)?.id ?? '';
  const open = byDiaryNumber(INITIATIVE_16.diaryNumber);
  const bodies = await product.api.call('GET', '/api/bodies', token.body.token);
  const employment =
    (bodies.body as { id: string; name: string }[]).find((body) => body.name === EMPLOYMENT)?.id ?? '';
  const meetings = await product.api.call(
    'GET',
    `/api/bodies/${employment}/meetings?year=2026`,
    token.body.token,
  );
  const seedMeeting =
    (meetings.body as { id: string; date: string }[]).find((meeting) => meeting.date === '2026-05-20')?.id ??
    '';
  const users = role.administers ? await product.api.call('GET', '/api/users', token.body.token) : null;
  return {
    employment,
    seedMeeting,
    user: (users?.body as { id: string }[] | undefined)?.[0]?.id ?? '',
    open,
    answered: byDiaryNumber(ANSWERED),
    forEvent: (type) => initiatives.find((initiative) => initiative.allowedEvents.includes(type))?.id ?? open,
  };
}

/**
 * Every route of the web app's router, and the pages of it each role reaches. A route added to the router without
 * a row here fails the check below, so a new page cannot go without its accessibility check.
 */
export const PAGES_OF_ROUTE: Record<string, (role: RoleUnderTest, demo: DemoTargets) => string[]> = {
  '/': () => ['/'],
  '/initiatives': () => ['/initiatives', '/initiatives?state=awaitingStatements&deadline=overdue'],
  '/initiatives/new': (role) => (role.files ? ['/initiatives/new'] : []),
  '/initiatives/:id': (_, demo) => [`/initiatives/${demo.open}`, `/initiatives/${demo.answered}`],
  '/initiatives/:id/events/:type': (role, demo) =>
    role.eventForms.map((type) => `/initiatives/${demo.forEvent(type)}/events/${type}`),
  '/initiatives/:id/agenda': (role, demo) =>
    role.managesMeetings ? [`/initiatives/${demo.open}/agenda`] : [],
  '/meetings': () => ['/meetings'],
  '/bodies/:bodyId/meetings': (_, demo) => [`/bodies/${demo.employment}/meetings?year=2026`],
  '/meetings/:id': (_, demo) => [`/meetings/${demo.seedMeeting}`],
  '/annual-list': () => ['/annual-list', '/annual-list?year=2027'],
  '/reminders': (role) => (role.seesReminders ? ['/reminders'] : []),
  // Issue 20: the municipality and its rules are the administrator's (EDIT_MUNICIPALITY).
  '/admin/municipality': (role) => (role.administers ? ['/admin/municipality'] : []),
  '/admin/rule-packs': (role) => (role.administers ? ['/admin/rule-packs'] : []),
  '/admin': (role) => (role.administers ? ['/admin'] : []),
  '/admin/users': (role) => (role.administers ? ['/admin/users'] : []),
  '/admin/users/:id': (role, demo) => (role.administers ? [`/admin/users/${demo.user}`] : []),
  '/admin/bodies': (role) => (role.administers ? ['/admin/bodies'] : []),
  '/admin/bodies/:id': (role, demo) => (role.administers ? [`/admin/bodies/${demo.employment}`] : []),
  '/admin/log': (role) => (role.administers ? ['/admin/log'] : []),
  '/admin/sign-in': (role) => (role.administers ? ['/admin/sign-in'] : []),
  '/password': () => ['/password'],
  // A sign-in address, once signed in, leads on to the app.
  '/login/*': () => ['/login/kajaani'],
  '/kirjaudu/*': () => ['/kirjaudu/kajaani'],
  '*': () => ['/no-such-page'],
};

/** The paths of the `<Route>`s in the web app's router, read from its source. */
export function routerPaths(): string[] {
  const source = readFileSync(join(ROOT, 'apps', 'web', 'src', 'main.tsx'), 'utf8');
  return [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((match) => match[1]);
}
