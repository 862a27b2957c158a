import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { InitiativeState, MeetingStatus } from '@aloite/domain';
import { ok } from './committee-meetings';
import { versionOf } from './rule-pack-versions';
import { TEST_PASSWORD, testResponse, type TestApp } from './test-app';

type Requester = TestApp['request'];

/** Every state; `answered` and `lapsed` under the rules of `everyStateReachable`. */
export const BUILT_STATES = [
  'registered',
  'boardPreparation',
  'awaitingStatements',
  'councilConsideration',
  'answered',
  'closed',
  'withdrawn',
  'lapsed',
] as const satisfies readonly InitiativeState[];
export type BuiltState = (typeof BUILT_STATES)[number];

export const MEETING_STATUSES = [
  'planned',
  'agendaPublished',
  'held',
  'minutesChecked',
  'cancelled',
] as const satisfies readonly MeetingStatus[];

/** Domain § 6: the publicity classes, `notYetPublic` both waiting for the minutes and not. */
export const DOCUMENT_CLASSES = ['public', 'waiting', 'notYetPublic', 'confidential'] as const;
export type DocumentClass = (typeof DOCUMENT_CLASSES)[number];

export interface WorldPlan {
  initiatives: { state: BuiltState; documents: { publicity: DocumentClass; onHandling: boolean }[] }[];
  meetings: { status: MeetingStatus; documents: DocumentClass[] }[];
}

/** An initiative in every state with documents of any class, and a meeting in every status with all four. */
export const worldPlans: fc.Arbitrary<WorldPlan> = fc.record({
  initiatives: fc.tuple(
    ...BUILT_STATES.map((state) =>
      fc.record({
        state: fc.constant(state),
        documents: fc.array(
          fc.record({
            // A document waits for the minutes of an agenda item only; on an initiative it is one not waiting.
            publicity: fc.constantFrom('public', 'notYetPublic', 'confidential' as DocumentClass),
            onHandling: fc.boolean(),
          }),
          { maxLength: 3 },
        ),
      }),
    ),
  ),
  meetings: fc.tuple(
    ...MEETING_STATUSES.map((status) =>
      fc.record({
        status: fc.constant(status),
        documents: fc.shuffledSubarray([...DOCUMENT_CLASSES], { minLength: DOCUMENT_CLASSES.length }),
      }),
    ),
  ),
});

export interface WorldDocument {
  id: string;
  initiativeId: string;
  fileName: string;
  content: string;
  /** The unique words of its name and of its bytes. */
  markers: [name: string, bytes: string];
}

/** What one generated run stored, and which of it no anonymous reader may ever see. */
export interface World {
  /** Unique marker strings that are not public: none may appear in any public answer. */
  secrets: string[];
  /** Documents that are not public (their ids must appear nowhere public). */
  hidden: WorldDocument[];
  /** Documents that are public, each reachable. */
  shown: WorldDocument[];
  initiatives: string[];
  committee: string;
  meetings: { id: string; status: MeetingStatus }[];
  /** The held meeting, decided but its minutes not checked, and its document that waits for them. */
  held: { meetingId: string; waiting: WorldDocument };
  secretary: Requester;
}

/** A string that occurs nowhere by chance: `zz` is not hex, so never inside an id or a hash. */
export const marker = (what: string) => `zz${what}${randomBytes(6).toString('hex')}`;

const TODAY_PAST = {
  filed: '2026-05-04',
  referred: '2026-05-05',
  board: '2026-05-11',
  council: '2026-05-18',
};
const MEETING_DATES: Record<MeetingStatus, string> = {
  planned: '2026-06-15',
  agendaPublished: '2026-06-01',
  held: '2026-05-19',
  minutesChecked: '2026-05-14',
  cancelled: '2026-06-22',
};
/** Old enough on the 2026 list under Turku's rule: four years at the end of 2025. */
const LAPSING_FILED = '2021-03-01';
let section = 500;
let runs = 0;

async function upload(
  api: TestApp,
  token: string,
  initiativeId: string,
  publicity: DocumentClass,
  fields: Record<string, string>,
  secrets: string[],
): Promise<WorldDocument> {
  const markers: WorldDocument['markers'] = [marker('name'), marker('bytes')];
  const fileName = `${markers[0]}.txt`;
  const content = `Asiakirja ${markers[1]}.\n`;
  const form = new FormData();
  form.append('publicity', publicity === 'waiting' ? 'notYetPublic' : publicity);
  if (publicity === 'waiting') form.append('publicOnceMinutesChecked', 'true');
  if (publicity === 'confidential') {
    const ground = marker('ground');
    secrets.push(ground);
    form.append('legalGround', `JulkL 24 § 1 mom. 32 k ${ground}`);
  }
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([content]), fileName);
  const response = await fetch(`${api.baseUrl}/api/initiatives/${initiativeId}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const answer = testResponse(response.status, response.headers, await response.text());
  if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${answer.text}`);
  return { id: answer.body.id as string, initiativeId, fileName, content, markers };
}

/** A staff member whose every name and address is a secret marker. */
async function staffMember(api: TestApp, secrets: string[], roles: string[], bodyIds: string[] = []) {
  const username = marker('user');
  const displayName = marker('staff');
  const email = `${marker('mail')}@example.fi`;
  secrets.push(username, displayName, email.split('@')[0]);
  await ok(
    api.request('POST', '/api/users', {
      username,
      displayName,
      email,
      password: TEST_PASSWORD,
      roles,
      bodyIds,
    }),
    201,
  );
  const token = await api.signIn(username, TEST_PASSWORD);
  return { token, as: api.as(token) };
}

/**
 * Kajaani's rules as a version from 2021 with Espoo's direct answers and Turku's lapse rule, so that the demo
 * municipality's initiatives can reach `answered` and `lapsed` too.
 */
export async function everyStateReachable(api: TestApp): Promise<void> {
  const [espoo, turku] = [
    await versionOf(api.request, 'espoo', LAPSING_FILED),
    await versionOf(api.request, 'turku', LAPSING_FILED),
  ];
  const pack = await versionOf(api.request, 'kajaani', LAPSING_FILED, {
    directAnswer: espoo.directAnswer,
    lapse: turku.lapse,
  });
  await ok(api.request('POST', '/api/municipality/rule-packs', pack), 201);
}

/** Builds one plan through the real staff API of the demo municipality (Kajaani), as its registry would. */
export async function buildWorld(api: TestApp, plan: WorldPlan): Promise<World> {
  const secrets: string[] = [];
  const hidden: WorldDocument[] = [];
  const shown: WorldDocument[] = [];
  const { council, board } = api.demo.bodyIds;
  const committee = (
    await ok(
      api.request('POST', '/api/bodies', { name: `Vuotolautakunta ${(runs += 1)}`, kind: 'committee' }),
      201,
    )
  ).id as string;
  const registrar = await staffMember(api, secrets, ['registrar']);
  const secretary = await staffMember(api, secrets, ['committeeSecretary'], [committee]);
  const secretMail = () => {
    const local = marker('mail');
    secrets.push(local);
    return `${local}@example.fi`;
  };
  const event = (id: string, body: object) => ok(registrar.as('POST', `/api/initiatives/${id}/events`, body));
  const file = async (title: string, submittedOn = TODAY_PAST.filed) =>
    (
      await ok(
        registrar.as('POST', '/api/initiatives', {
          title,
          text: `Esitämme, että ${title.toLowerCase()} selvitetään.`,
          kind: 'councillor',
          submittedOn,
          signatories: [{ name: 'Vuoto Valtuutettu', party: 'SDP', firstSigner: true }],
          signatoryCount: 1,
          hasFinancialEffect: false,
          filedAt: { bodyId: council, date: submittedOn, section: (section += 1) },
        }),
        201,
      )
    ).id as string;
  const referred = async (title: string) => {
    const id = await file(title);
    await event(id, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: council, date: TODAY_PAST.filed, section },
    });
    return id;
  };
  const keep = (publicity: DocumentClass, document: WorldDocument) => {
    if (publicity === 'public') shown.push(document);
    else {
      hidden.push(document);
      secrets.push(...document.markers);
    }
  };

  const initiatives: string[] = [];
  for (const { state, documents } of plan.initiatives) {
    const id =
      state === 'lapsed'
        ? await file(`Aloite ${state}`, LAPSING_FILED)
        : state === 'registered' || state === 'withdrawn'
          ? await file(`Aloite ${state}`)
          : await referred(`Aloite ${state}`);
    initiatives.push(id);
    if (state === 'withdrawn')
      await event(id, { type: 'WITHDRAW', date: TODAY_PAST.referred, requestedBy: 'Vuoto Valtuutettu' });
    if (state === 'lapsed')
      await event(id, {
        type: 'DECLARE_LAPSED',
        meeting: { bodyId: council, date: TODAY_PAST.council, section: (section += 1) },
      });
    if (state === 'awaitingStatements') {
      const officeHolder = { name: 'Liisa Viranhaltija', title: 'Kehittämispäällikkö' };
      const preparer = marker('preparer');
      secrets.push(preparer);
      const request = { date: TODAY_PAST.referred, dueDate: '2026-08-31' };
      await event(id, {
        type: 'REQUEST_STATEMENT',
        bodyId: committee,
        ...request,
        preparers: [{ name: preparer, email: secretMail() }],
      });
      await event(id, { type: 'REQUEST_STATEMENT', officeHolder, ...request, preparers: [] });
      const reason = marker('reason');
      secrets.push(reason);
      await event(id, {
        type: 'WAIVE_STATEMENT',
        officeHolder,
        date: TODAY_PAST.board,
        reason: `Ei tarvita: ${reason}`,
      });
    }
    if (state === 'councilConsideration' || state === 'answered' || state === 'closed') {
      await event(id, {
        type: 'RECORD_BOARD_DECISION',
        meeting: { bodyId: board, date: TODAY_PAST.board, section: (section += 1) },
        preparers: [{ name: 'Paula Valmistelija', title: 'Hallintojohtaja', email: secretMail() }],
        presenter: 'Kaupunginjohtaja',
        proposal: 'Kaupunginhallitus vastaa aloitteeseen.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        outcome: state === 'answered' ? 'answerDirectly' : 'proposeToCouncil',
      });
    }
    if (state === 'closed') {
      await event(id, {
        type: 'RECORD_COUNCIL_DECISION',
        meeting: { bodyId: council, date: TODAY_PAST.council, section: (section += 1) },
        decision: 'Valtuusto merkitsi vastauksen tiedoksi.',
        decisionType: 'asProposed',
        outcome: 'closed',
        resolutions: [],
      });
    }
    const stored = await ok(registrar.as('GET', `/api/initiatives/${id}`));
    if (stored.state !== state) throw new Error(`the plan's ${state} initiative is ${stored.state}`);
    const handlings = stored.handlings as { seq: number }[];
    for (const document of documents) {
      const seq = document.onHandling ? handlings.at(-1)?.seq : undefined;
      const fields: Record<string, string> = seq === undefined ? {} : { handlingSeq: String(seq) };
      keep(document.publicity, await upload(api, registrar.token, id, document.publicity, fields, secrets));
    }
  }

  const meetings: World['meetings'] = [];
  let held: World['held'] | undefined;
  for (const { status, documents } of plan.meetings) {
    const initiativeId = await referred(`Aloite kokouksen asiana (${status})`);
    initiatives.push(initiativeId);
    await event(initiativeId, {
      type: 'REQUEST_STATEMENT',
      bodyId: committee,
      date: TODAY_PAST.referred,
      dueDate: '2026-08-31',
      preparers: [],
    });
    const [meeting] = (await ok(
      secretary.as('POST', `/api/bodies/${committee}/meetings`, {
        meetings: [{ date: MEETING_DATES[status], startTime: '16:00', place: 'Kokoushuone' }],
      }),
      201,
    )) as { id: string }[];
    meetings.push({ id: meeting.id, status });
    // Before its agenda is published, an item is a draft: its proposal is not public (domain § 8.2).
    const draft = status === 'planned' || status === 'cancelled';
    const proposal = draft ? marker('draft') : 'Lautakunta antaa lausunnon.';
    const preparer = draft ? marker('drafter') : 'Risto Valmistelija';
    if (draft) secrets.push(proposal, preparer);
    const item = await ok(
      secretary.as('POST', `/api/meetings/${meeting.id}/items`, {
        initiativeIds: [initiativeId],
        preparers: [{ name: preparer, title: 'Kehittämispäällikkö', email: secretMail() }],
        presenter: { name: 'Milla Esittelijä', title: 'Päällikkö' },
        proposal: `Ehdotus: ${proposal}.`,
        responseText: `Vastine: ${proposal}.`,
      }),
      201,
    );
    let waiting: WorldDocument | undefined;
    for (const publicity of documents) {
      const document = await upload(
        api,
        secretary.token,
        initiativeId,
        publicity,
        { agendaItemId: item.id },
        secrets,
      );
      if (publicity === 'waiting') waiting = document;
      keep(publicity === 'waiting' && status === 'minutesChecked' ? 'public' : publicity, document);
    }
    const change = (body: object) => ok(secretary.as('PATCH', `/api/meetings/${meeting.id}`, body));
    if (status === 'cancelled') await change({ status: 'cancelled' });
    if (draft) continue;
    await change({ status: 'agendaPublished' });
    if (status === 'agendaPublished') continue;
    await change({ status: 'held' });
    await ok(
      secretary.as('POST', `/api/meetings/${meeting.id}/items/${item.id}/decision`, {
        decisionType: 'asProposed',
      }),
    );
    if (status === 'held' && waiting) held = { meetingId: meeting.id, waiting };
    if (status === 'minutesChecked')
      await ok(secretary.as('POST', `/api/meetings/${meeting.id}/minutes-checked`, { date: '2026-05-20' }));
  }
  if (!held) throw new Error('every plan has a held meeting with a document waiting for its minutes');
  return { secrets, hidden, shown, initiatives, committee, meetings, held, secretary: secretary.as };
}
