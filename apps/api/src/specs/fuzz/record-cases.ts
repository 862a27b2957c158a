import { INITIATIVE_STATES } from '@aloite/domain';
import { endpointCase, once, pick, type EndpointCase } from './endpoint-case';
import { LIMITS, padded, text } from './largest-values';
import { filePart } from './request-shape';
import { MEETING_DAY, meeting, type Targets } from './targets';

// Filing, lists and reads of initiatives, documents, the annual list, the dashboard and reminders.

const ANNUAL_LIST_BATCH = 10;
const ANNUAL_LIST_CLOSED = 100;
const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** One file of each kind a municipality files, told by its first bytes (README: PDF, DOCX, ODT, text, PNG, JPEG). */
const DOCUMENTS: [string, Buffer][] = [
  ['pöytäkirjanote.txt', Buffer.from('Pöytäkirjanote\n§ 17 Valtuustoaloite\n')],
  ['lausunto.pdf', Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')],
  ['allekirjoitukset.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
  ['kuva.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])],
];

/** A text document of exactly the largest size allowed. */
const largestDocument = () => Buffer.alloc(ATTACHMENT_MAX_BYTES, 'Aloite. ');

export interface Readable {
  /** The largest initiative there may be, and one of the demo's. */
  initiatives: [largest: string, demo: string];
  /** Documents of each publicity: public, not yet public, confidential. */
  attachments: () => Promise<string[]>;
}

export function recordCases(targets: Targets, readable: Readable): EndpointCase[] {
  const { token } = targets;
  const initiativeOf = (largest: boolean) => readable.initiatives[largest ? 0 : 1];
  const readInitiative = (route: string) =>
    endpointCase<null>({
      name: `GET ${route}`,
      prepare: async () => null,
      twin: (_, largest) => ({ method: 'GET', route, params: { id: initiativeOf(largest) }, token }),
    });
  const read = (route: string, query?: Record<string, string>) =>
    endpointCase<null>({
      name: `GET ${route}`,
      prepare: async () => null,
      twin: () => ({ method: 'GET', route, params: { year: '2026' }, query, token }),
    });
  const handlingsOf = once(async () =>
    Promise.all(
      readable.initiatives.map(async (id) =>
        ((await targets.call('GET', `/api/initiatives/${id}`)).handlings as { seq: number }[]).map(
          (handling) => handling.seq,
        ),
      ),
    ),
  );

  return [
    endpointCase({
      name: 'POST /api/initiatives',
      prepare: async (largest) => targets.filing(largest),
      twin: (filing, _, round) => {
        // Every third filing leaves the diary number to the rule pack.
        const generated: Partial<typeof filing> = { ...filing };
        delete generated.diaryNumber;
        return {
          method: 'POST',
          route: '/api/initiatives',
          body: round % 3 === 1 ? generated : filing,
          token,
        };
      },
    }),
    endpointCase({
      name: 'GET /api/initiatives',
      prepare: async (_, round) => {
        const sort = pick(['filedAt', '-filedAt', 'dueDate'], round);
        const page = await targets.call('GET', `/api/initiatives?limit=1&sort=${sort}`);
        return { sort, cursor: page.nextCursor as string };
      },
      twin: ({ sort, cursor }, largest) => ({
        method: 'GET',
        route: '/api/initiatives',
        query: largest
          ? {
              state: [...INITIATIVE_STATES],
              q: text(LIMITS.query, 'aloite '),
              signatory: text(LIMITS.query, 'Aino '),
              limit: String(LIMITS.pageSize),
              sort,
              cursor,
            }
          : {
              state: 'awaitingStatements',
              q: 'aloite',
              bodyId: targets.bodies.employment,
              year: '2026',
              deadline: 'dueSoon',
              signatory: 'Urpi',
              limit: '5',
              sort,
              cursor,
            },
        token,
      }),
    }),
    endpointCase<null>({
      name: 'GET /api/initiatives/export',
      prepare: async () => null,
      twin: (_, largest, round) => ({
        method: 'GET',
        route: '/api/initiatives/export',
        query: {
          format: pick(['csv', 'xlsx'], round),
          language: pick(['fi', 'sv', 'en'], round),
          ...(largest
            ? { state: [...INITIATIVE_STATES], q: text(LIMITS.query, 'aloite '), sort: 'dueDate' }
            : { state: 'awaitingStatements', bodyId: targets.bodies.employment, year: '2026' }),
        },
        token,
      }),
    }),
    readInitiative('/api/initiatives/:id'),
    readInitiative('/api/initiatives/:id/pdf'),
    readInitiative('/api/initiatives/:id/events'),
    endpointCase({
      name: 'GET /api/initiatives/:id/handlings/:seq/minutes',
      prepare: () => handlingsOf(),
      twin: (seqs, largest, round) => ({
        method: 'GET',
        route: '/api/initiatives/:id/handlings/:seq/minutes',
        params: { id: initiativeOf(largest), seq: String(pick(seqs[largest ? 0 : 1] as number[], round)) },
        token,
      }),
    }),
    endpointCase({
      name: 'POST /api/initiatives/:id/attachments',
      largestOnce: true,
      prepare: () => targets.initiative('boardPreparation'),
      twin: ({ id }, largest, round) => {
        const publicity = pick(['public', 'notYetPublic', 'confidential'], round);
        const [fileName, content] = pick(DOCUMENTS, round);
        return {
          method: 'POST',
          route: '/api/initiatives/:id/attachments',
          params: { id },
          form: {
            publicity,
            ...(publicity === 'confidential'
              ? { legalGround: largest ? text(LIMITS.legalGround) : 'JulkL 24 § 1 mom. 32 k.' }
              : {}),
            // The referral is the initiative's handling 2.
            ...(round % 2 === 0 ? { handlingSeq: '2', bodyId: targets.bodies.council } : {}),
            file: largest
              ? filePart(padded('.txt', LIMITS.fileName, 'ä'), largestDocument())
              : filePart(fileName, content),
          },
          token,
        };
      },
    }),
    endpointCase({
      name: 'GET /api/attachments/:id/content',
      prepare: () => readable.attachments(),
      twin: (ids, _, round) => {
        const id = pick(ids, round);
        // The public document for anyone too.
        const anonymous = id === ids[0] && round % 2 === 0;
        return {
          method: 'GET',
          route: '/api/attachments/:id/content',
          params: { id },
          token: anonymous ? null : token,
        };
      },
    }),
    endpointCase({
      name: 'GET /api/attachments/:id/reads',
      prepare: () => readable.attachments(),
      twin: (ids, _, round) => ({
        method: 'GET',
        route: '/api/attachments/:id/reads',
        params: { id: pick(ids, round) },
        token,
      }),
    }),
    read('/api/annual-lists/:year'),
    endpointCase<null>({
      name: 'GET /api/annual-lists/:year/export',
      prepare: async () => null,
      twin: (_, largest, round) => ({
        method: 'GET',
        route: '/api/annual-lists/:year/export',
        params: { year: '2026' },
        query: {
          format: pick(['pdf', 'docx', 'csv'], round),
          ...(largest
            ? { preparer: text(LIMITS.name) }
            : round % 2 === 0
              ? { preparer: 'Paula Halonen' }
              : {}),
        },
        token,
      }),
    }),
    endpointCase({
      name: 'POST /api/annual-lists/:year/decision',
      largestOnce: true,
      prepare: async (largest) => {
        // A hundred initiatives to close (a thousand took minutes to file on a busy machine), a few at a time. What the council keeps open is only looked up,
        // so the largest keep list names a few initiatives over and over.
        const batches = largest ? ANNUAL_LIST_CLOSED / ANNUAL_LIST_BATCH : 1;
        const close: string[] = [];
        for (let batch = 0; batch < batches; batch++) {
          const listed = Array.from({ length: largest ? ANNUAL_LIST_BATCH : 1 }, () => targets.listed());
          close.push(...(await Promise.all(listed)).map(({ id }) => id));
        }
        const kept = await targets.initiative('registered', { filedOn: '2025-10-31' });
        return { close, keep: Array.from({ length: largest ? LIMITS.annualListIds : 1 }, () => kept.id) };
      },
      twin: ({ close, keep }, largest) => ({
        method: 'POST',
        route: '/api/annual-lists/:year/decision',
        params: { year: '2026' },
        body: {
          meeting: meeting(targets.bodies.council, largest ? LIMITS.section : 50),
          annualListId: largest ? padded(targets.unique('AL'), LIMITS.annualListId) : 'KAJDno-2026-1',
          close,
          keep,
        },
        token,
      }),
    }),
    read('/api/dashboard'),
    endpointCase({
      name: 'POST /api/reminders/run',
      // A statement due within the week, so that the run has a reminder to send.
      prepare: async () => {
        const target = await targets.initiative('boardPreparation');
        await targets.call('POST', `/api/initiatives/${target.id}/events`, {
          type: 'REQUEST_STATEMENT',
          bodyId: targets.bodies.employment,
          date: MEETING_DAY,
          dueDate: '2026-05-25',
          preparers: [{ name: 'Milla Tikkanen', email: `${targets.unique('milla')}@kajaani.fi` }],
        });
        return null;
      },
      twin: () => ({ method: 'POST', route: '/api/reminders/run', token }),
    }),
    endpointCase<null>({
      name: 'GET /api/reminders/outbox',
      prepare: async () => null,
      twin: (_, largest) => ({
        method: 'GET',
        route: '/api/reminders/outbox',
        query: { limit: largest ? '500' : '10' },
        token,
      }),
    }),
  ];
}
