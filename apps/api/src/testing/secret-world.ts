import fc from 'fast-check';
import { INITIATIVE_STATES, MEETING_STATUSES, type MeetingStatus } from '@aloite/domain';
import { ok } from './committee-meetings';
import { versionOf } from './rule-pack-versions';
import { meetingInStatus } from './secret-agenda';
import {
  DOCUMENT_CLASSES,
  SecretLedger,
  staffMember,
  uploadMarked,
  type DocumentClass,
  type WorldDocument,
} from './secret-markers';
import type { TestApp } from './test-app';

/** Every state; `answered` and `lapsed` under the rules of `everyStateReachable`. */
export const BUILT_STATES = INITIATIVE_STATES;
export type BuiltState = (typeof BUILT_STATES)[number];

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
            publicity: fc.constantFrom<DocumentClass>('public', 'notYetPublic', 'confidential'),
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
  secretary: TestApp['request'];
}

const DAYS = { filed: '2026-05-04', referred: '2026-05-05', board: '2026-05-11', council: '2026-05-18' };
const STATEMENT_REQUEST = { type: 'REQUEST_STATEMENT', date: DAYS.referred, dueDate: '2026-08-31' };
/** Old enough on the 2026 list under Turku's rule: four years at the end of 2025. */
const LAPSING_FILED = '2021-03-01';
let section = 500;
let runs = 0;

/**
 * Kajaani's rules as a version from 2021 with Espoo's direct answers and Turku's lapse rule, so that the demo
 * municipality's initiatives can reach `answered` and `lapsed` too.
 */
export async function everyStateReachable(api: TestApp): Promise<void> {
  const espoo = await versionOf(api.request, 'espoo', LAPSING_FILED);
  const turku = await versionOf(api.request, 'turku', LAPSING_FILED);
  const pack = await versionOf(api.request, 'kajaani', LAPSING_FILED, {
    directAnswer: espoo.directAnswer,
    lapse: turku.lapse,
  });
  await ok(api.request('POST', '/api/municipality/rule-packs', pack), 201);
}

/** The events that bring a filed (or, past `registered`, referred) initiative to its state. */
function eventsTo(state: BuiltState, ledger: SecretLedger, bodies: Record<string, string>): object[] {
  const { council, board, committee } = bodies;
  const officeHolder = { name: 'Liisa Viranhaltija', title: 'Kehittämispäällikkö' };
  const boardDecision = (outcome: string) => ({
    type: 'RECORD_BOARD_DECISION',
    meeting: { bodyId: board, date: DAYS.board, section: (section += 1) },
    preparers: [{ name: 'Paula Valmistelija', title: 'Hallintojohtaja', email: ledger.mail() }],
    presenter: 'Kaupunginjohtaja',
    proposal: 'Kaupunginhallitus vastaa aloitteeseen.',
    decision: 'Hyväksyttiin.',
    decisionType: 'asProposed',
    outcome,
  });
  switch (state) {
    case 'registered':
    case 'boardPreparation':
      return [];
    case 'withdrawn':
      return [{ type: 'WITHDRAW', date: DAYS.referred, requestedBy: 'Vuoto Valtuutettu' }];
    case 'lapsed':
      return [
        { type: 'DECLARE_LAPSED', meeting: { bodyId: council, date: DAYS.council, section: (section += 1) } },
      ];
    case 'awaitingStatements':
      // A statement request's preparers and a waiver's reason are not public.
      return [
        {
          ...STATEMENT_REQUEST,
          bodyId: committee,
          preparers: [{ name: ledger.secret('preparer'), email: ledger.mail() }],
        },
        { ...STATEMENT_REQUEST, officeHolder, preparers: [] },
        {
          type: 'WAIVE_STATEMENT',
          officeHolder,
          date: DAYS.board,
          reason: `Ei tarvita: ${ledger.secret('reason')}`,
        },
      ];
    case 'answered':
      return [boardDecision('answerDirectly')];
    case 'councilConsideration':
      return [boardDecision('proposeToCouncil')];
    case 'closed':
      return [
        boardDecision('proposeToCouncil'),
        {
          type: 'RECORD_COUNCIL_DECISION',
          meeting: { bodyId: council, date: DAYS.council, section: (section += 1) },
          decision: 'Valtuusto merkitsi vastauksen tiedoksi.',
          decisionType: 'asProposed',
          outcome: 'closed',
          resolutions: [],
        },
      ];
  }
}

/** Builds one plan through the real staff API of the demo municipality (Kajaani), as its staff would. */
export async function buildWorld(api: TestApp, plan: WorldPlan): Promise<World> {
  const ledger = new SecretLedger();
  const committeeName = `Vuotolautakunta ${(runs += 1)}`;
  const committee = (
    await ok(api.request('POST', '/api/bodies', { name: committeeName, kind: 'committee' }), 201)
  ).id as string;
  const bodies = { ...api.demo.bodyIds, committee };
  const registrar = await staffMember(api, ledger, ['registrar']);
  const secretary = await staffMember(api, ledger, ['committeeSecretary'], [committee]);
  const event = (id: string, body: object) => ok(registrar.as('POST', `/api/initiatives/${id}/events`, body));
  const initiativeIn = async (state: BuiltState, title: string) => {
    const submittedOn = state === 'lapsed' ? LAPSING_FILED : DAYS.filed;
    const filed = await ok(
      registrar.as('POST', '/api/initiatives', {
        title,
        text: `Esitämme, että ${title.toLowerCase()} selvitetään.`,
        kind: 'councillor',
        submittedOn,
        signatories: [{ name: 'Vuoto Valtuutettu', party: 'SDP', firstSigner: true }],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: bodies.council, date: submittedOn, section: (section += 1) },
      }),
      201,
    );
    const id = filed.id as string;
    if (!['registered', 'withdrawn', 'lapsed'].includes(state))
      await event(id, {
        type: 'REFER_TO_BOARD',
        meeting: { bodyId: bodies.council, date: DAYS.filed, section },
      });
    for (const next of eventsTo(state, ledger, bodies)) await event(id, next);
    const stored = await ok(registrar.as('GET', `/api/initiatives/${id}`));
    if (stored.state !== state) throw new Error(`the plan's ${state} initiative is ${stored.state}`);
    return { id, handlings: stored.handlings as { seq: number }[] };
  };

  const initiatives: string[] = [];
  for (const { state, documents } of plan.initiatives) {
    const { id, handlings } = await initiativeIn(state, `Aloite ${state}`);
    initiatives.push(id);
    for (const { publicity, onHandling } of documents) {
      const seq = onHandling ? handlings.at(-1)?.seq : undefined;
      const fields: Record<string, string> = seq === undefined ? {} : { handlingSeq: String(seq) };
      ledger.keep(publicity, await uploadMarked(api, registrar.token, id, publicity, fields, ledger));
    }
  }

  const meetings: World['meetings'] = [];
  let held: World['held'] | undefined;
  for (const { status, documents } of plan.meetings) {
    const { id: initiativeId } = await initiativeIn(
      'boardPreparation',
      `Aloite kokouksen asiana (${status})`,
    );
    initiatives.push(initiativeId);
    await event(initiativeId, { ...STATEMENT_REQUEST, bodyId: committee, preparers: [] });
    const meeting = await meetingInStatus(
      { api, id: committee, secretary, ledger },
      status,
      initiativeId,
      documents,
    );
    meetings.push({ id: meeting.id, status });
    if (status === 'held' && meeting.waiting) held = { meetingId: meeting.id, waiting: meeting.waiting };
  }
  if (!held) throw new Error('every plan has a held meeting with a document waiting for its minutes');
  const { secrets, hidden, shown } = ledger;
  return { secrets, hidden, shown, initiatives, committee, meetings, held, secretary: secretary.as };
}
