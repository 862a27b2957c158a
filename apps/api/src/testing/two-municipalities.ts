import { randomUUID } from 'node:crypto';
import { runSetup } from './setup-command';
import { committeeMeetings, ok, type MeetingKind } from './committee-meetings';
import { TEST_PASSWORD, testResponse, type TestApp, type TestResponse } from './test-app';

type Requester = TestApp['request'];

export const STAFF_ROLES = ['registrar', 'committeeSecretary', 'councilStaff', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** One initiative in each of these stages, so every list, filter and document has something of each. */
export const STAGES = [
  'registered',
  'awaitingStatements',
  'statementRecorded',
  'withdrawn',
  'openOnAnnualList',
  'closedByAnnualList',
] as const;
export type Stage = (typeof STAGES)[number];

export const PUBLICITIES = ['public', 'notYetPublic', 'confidential'] as const;
export type Publicity = (typeof PUBLICITIES)[number];

/** The annual list both municipalities have decided on: of 2026, on the test app's day 21.5.2026. */
export const LIST_YEAR = 2026;

/** A municipality of the deployment, with everything the isolation spec calls with its ids. */
export interface Municipality {
  name: string;
  id: string;
  /** Its address name, which sign-in names it by. */
  slug: string;
  /** A registrar called `hallintojohtaja`, as the other municipality also has. */
  namesake: { id: string; token: string };
  /** A word only this municipality's initiatives carry: search finds them by it. */
  word: string;
  signatory: string;
  bodies: { council: string; board: string; committee: string };
  staff: Record<StaffRole, { id: string; username: string; token: string; as: Requester }>;
  initiatives: Record<Stage, string>;
  diaryNumbers: Record<Stage, string>;
  /** The statement handling of `statementRecorded`, by its sequence number. */
  statementHandlingSeq: number;
  attachments: Record<Publicity, string>;
  /** The committee's meetings: one held (no items), one with its agenda published, one planned ahead. */
  meetings: Record<MeetingKind, string>;
  /** The published meeting's undecided item: `awaitingStatements` for the committee's statement. */
  agendaItem: string;
  /** Every text of its rows no other municipality has: diary numbers, names, addresses, file names. */
  texts: string[];
  /** The ids of its rows. */
  ids: string[];
}

/** The ids of a municipality that does not exist: what "no such thing" looks like for each kind of id. */
export function ghostOf(municipality: Municipality): Municipality {
  const fresh = <K extends string>(record: Record<K, string>) =>
    Object.fromEntries(Object.keys(record).map((key) => [key, randomUUID()])) as Record<K, string>;
  return {
    ...municipality,
    id: randomUUID(),
    bodies: fresh(municipality.bodies),
    staff: Object.fromEntries(
      STAFF_ROLES.map((role) => [role, { ...municipality.staff[role], id: randomUUID() }]),
    ) as Municipality['staff'],
    initiatives: fresh(municipality.initiatives),
    diaryNumbers: Object.fromEntries(
      STAGES.map((stage) => [stage, `GHOSTdno-2026-${randomUUID().slice(0, 8)}`]),
    ) as Record<Stage, string>,
    attachments: fresh(municipality.attachments),
    meetings: fresh(municipality.meetings),
    agendaItem: randomUUID(),
  };
}

export async function uploadDocument(
  api: TestApp,
  token: string,
  initiativeId: string,
  fields: Record<string, string>,
  fileName: string,
): Promise<TestResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([`Asiakirja: ${fileName}`]), fileName);
  const response = await fetch(`${api.baseUrl}/api/initiatives/${initiativeId}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return testResponse(response.status, response.headers, await response.text());
}

/** The username both municipalities give one of their registrars. */
export const SHARED_USERNAME = 'hallintojohtaja';

interface Founding {
  name: string;
  slug: string;
  word: string;
  /** Lower-case, for usernames, addresses and diary numbers. */
  handle: string;
  admin: Requester;
  council: string;
  board: string;
}

/**
 * Municipality A is the test app's (Kajaani, its demo data, its all-roles tester as the founding administrator).
 * Municipality B is created as an operator does: `npm run setup` on the same database, then its administrator
 * signs in. Both are then staffed and filled through the API alone, the same way.
 */
export async function twoMunicipalities(api: TestApp): Promise<[Municipality, Municipality]> {
  const a = await populate(api, {
    name: 'Kajaani',
    slug: 'kajaani',
    word: 'aapelikorpi',
    handle: 'aapeli',
    admin: api.request,
    council: api.demo.bodyIds.council,
    board: api.demo.bodyIds.board,
  });
  const setup = await runSetup(
    ['--municipality', 'Beetala', '--template', 'espoo', '--prefix', 'BEETAdno', '--admin', 'beetala.admin'],
    { DATABASE_URL: api.database.url, ALOITE_ADMIN_PASSWORD: TEST_PASSWORD },
  );
  if (setup.code !== 0) throw new Error(`npm run setup failed: ${setup.output}`);
  const admin = api.as(await api.signIn('beetala.admin', TEST_PASSWORD, 'beetala'));
  const bodies = (await ok(admin('GET', '/api/bodies'))) as { id: string; kind: string }[];
  const bodyOf = (kind: string) => bodies.find((body) => body.kind === kind)?.id as string;
  const b = await populate(api, {
    name: 'Beetala',
    slug: 'beetala',
    word: 'beetakorpi',
    handle: 'beeta',
    admin,
    council: bodyOf('council'),
    board: bodyOf('board'),
  });
  return [a, b];
}

async function populate(api: TestApp, founding: Founding): Promise<Municipality> {
  const { word, handle, admin, council, slug } = founding;
  const committee = (
    await ok(admin('POST', '/api/bodies', { name: `${word}n lautakunta`, kind: 'committee' }), 201)
  ).id as string;
  const staff = {} as Municipality['staff'];
  for (const role of STAFF_ROLES) {
    const username = `${handle}.${role.toLowerCase()}`;
    const created = await ok(
      admin('POST', '/api/users', {
        username,
        displayName: `${word} ${role}`,
        email: `${username}@${handle}.example.fi`,
        password: TEST_PASSWORD,
        roles: [role],
        bodyIds: role === 'committeeSecretary' ? [committee] : [],
      }),
      201,
    );
    const token = await api.signIn(username, TEST_PASSWORD, slug);
    staff[role] = { id: created.id as string, username, token, as: api.as(token) };
  }
  const namesake = await ok(
    admin('POST', '/api/users', {
      username: SHARED_USERNAME,
      displayName: `${word} hallintojohtaja`,
      password: TEST_PASSWORD,
      roles: ['registrar'],
    }),
    201,
  );
  const registrar = staff.registrar.as;
  const signatory = `${word.charAt(0).toUpperCase()}${word.slice(1)} Valtuutettu`;
  const diaryNumbers = {} as Record<Stage, string>;
  const initiatives = {} as Record<Stage, string>;
  const event = (stage: Stage, body: Record<string, unknown>) =>
    ok(registrar('POST', `/api/initiatives/${initiatives[stage]}/events`, body));
  const file = async (stage: Stage, submittedOn: string) => {
    diaryNumbers[stage] =
      `${handle.toUpperCase()}dno-${submittedOn.slice(0, 4)}-${STAGES.indexOf(stage) + 1}`;
    const filed = await ok(
      registrar('POST', '/api/initiatives', {
        diaryNumber: diaryNumbers[stage],
        title: `Valtuustoaloite ${word} ${stage}`,
        text: `Esitämme, että ${word} otetaan käyttöön (${stage}).`,
        kind: 'councillor',
        submittedOn,
        signatories: [{ name: signatory, party: 'KESK', firstSigner: true }],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: council, date: submittedOn, section: 10 + STAGES.indexOf(stage) },
      }),
      201,
    );
    initiatives[stage] = filed.id as string;
    if (stage !== 'registered' && stage !== 'withdrawn') {
      await event(stage, {
        type: 'REFER_TO_BOARD',
        meeting: { bodyId: council, date: submittedOn, section: 20 },
      });
    }
  };
  const preparer = { name: `${signatory}n valmistelija`, email: `valmistelija@${handle}.example.fi` };
  const requestStatement = (stage: Stage, date: string, dueDate: string) =>
    event(stage, { type: 'REQUEST_STATEMENT', bodyId: committee, date, dueDate, preparers: [preparer] });

  await file('registered', '2026-05-04');
  await file('withdrawn', '2026-04-01');
  await event('withdrawn', { type: 'WITHDRAW', date: '2026-04-15', requestedBy: signatory });
  await file('awaitingStatements', '2026-03-02');
  await requestStatement('awaitingStatements', '2026-03-10', '2026-05-25');
  await file('statementRecorded', '2026-02-02');
  await requestStatement('statementRecorded', '2026-02-10', '2026-04-30');
  const recorded = await ok(
    staff.committeeSecretary.as('POST', `/api/initiatives/${initiatives.statementRecorded}/events`, {
      type: 'RECORD_STATEMENT',
      bodyId: committee,
      meeting: { bodyId: committee, date: '2026-04-20', section: 7 },
      presenter: preparer.name,
      proposal: `Lautakunta puoltaa: ${word}.`,
      decision: `Lautakunta puolsi: ${word}.`,
      decisionType: 'asProposed',
      responseText: `Vastine: ${word}.`,
    }),
  );
  await file('openOnAnnualList', '2025-03-03');
  await file('closedByAnnualList', '2025-04-07');
  await ok(
    registrar('POST', `/api/annual-lists/${LIST_YEAR}/decision`, {
      meeting: { bodyId: council, date: '2026-05-18', section: 41 },
      annualListId: `${handle.toUpperCase()}dno-2026-vuosilista`,
      close: [initiatives.closedByAnnualList],
      keep: [],
    }),
  );

  const attachments = {} as Record<Publicity, string>;
  const documentOf = async (publicity: Publicity, token: string, fields: Record<string, string>) => {
    const uploaded = await uploadDocument(
      api,
      token,
      initiatives.awaitingStatements,
      { publicity, ...fields },
      `${word}-${publicity}.txt`,
    );
    if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${uploaded.text}`);
    attachments[publicity] = uploaded.body.id as string;
  };
  await documentOf('public', staff.registrar.token, {});
  await documentOf('confidential', staff.registrar.token, { legalGround: 'JulkL 24 § 1 mom. 25 k.' });
  await documentOf('notYetPublic', staff.committeeSecretary.token, { bodyId: committee });
  // A logged read, so the reads of a non-public document have something to show.
  const read = await registrar('GET', `/api/attachments/${attachments.confidential}/content`);
  if (read.status !== 200) throw new Error(`reading a document answered ${read.status}`);

  const { meetings, agendaItem } = await committeeMeetings(
    staff.committeeSecretary.as,
    committee,
    initiatives.awaitingStatements,
    { word, preparer },
  );

  const me = await ok(admin('GET', '/api/me'));
  const bodies = { council, board: founding.board, committee };
  return {
    name: founding.name,
    id: me.municipalityId as string,
    slug,
    namesake: { id: namesake.id as string, token: await api.signIn(SHARED_USERNAME, TEST_PASSWORD, slug) },
    word,
    signatory,
    bodies,
    staff,
    initiatives,
    diaryNumbers,
    statementHandlingSeq: recorded.version as number,
    attachments,
    meetings,
    agendaItem,
    texts: [
      founding.name,
      word,
      signatory,
      preparer.email,
      `@${handle}.example.fi`,
      ...Object.values(diaryNumbers),
      ...Object.values(staff).map((member) => member.username),
      ...PUBLICITIES.map((publicity) => `${word}-${publicity}.txt`),
    ],
    ids: [
      ...Object.values(bodies),
      ...Object.values(staff).map((member) => member.id),
      namesake.id as string,
      ...Object.values(initiatives),
      ...Object.values(attachments),
      ...Object.values(meetings),
      agendaItem,
    ],
  };
}
