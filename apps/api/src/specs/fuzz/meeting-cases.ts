import { endpointCase, pick, type EndpointCase } from './endpoint-case';
import { LIMITS, LONG_TEXT, preparers, text } from './largest-values';
import { MEETING_DAY, TODAY, type Prepared, type Targets } from './targets';

// The meeting endpoints (api.md's last table, domain § 8): each twin on a meeting or item of its own, in the
// status its step needs, so that every twin does real work: a calendar planned, a meeting moved or stepped on, an
// item put on an agenda or edited, a decision firing its initiative's event, the minutes checked.

/** api.md: a year's calendar at once, up to 200 meetings; one item answers up to 50 initiatives. */
const MEETINGS_PER_CALENDAR = 200;
const INITIATIVES_PER_ITEM = 50;
const STATUS_STEPS = ['agendaPublished', 'held', 'cancelled'] as const;

interface ItemTarget {
  meetingId: string;
  itemId: string;
}

export function meetingCases(targets: Targets): EndpointCase[] {
  const { token } = targets;
  const { council, education } = targets.bodies;
  const place = (largest: boolean) => (largest ? text(LIMITS.name, 'Kokoustila ') : 'Kokoustila Kekkonen');
  const planMeeting = async (date = MEETING_DAY, bodyId = council): Promise<string> =>
    (
      await targets.call('POST', `/api/bodies/${bodyId}/meetings`, {
        meetings: [{ date, startTime: '18:00' }],
      })
    )[0].id;
  const itemFields = (largest: boolean) =>
    largest
      ? {
          title: text(LIMITS.title, 'Asia '),
          preparers: preparers(LIMITS.preparers),
          presenter: { name: text(LIMITS.name, 'Esittelijä '), title: text(LIMITS.name) },
          proposal: text(LONG_TEXT),
          responseText: text(LONG_TEXT),
        }
      : {
          preparers: [{ name: 'Paula Halonen', title: 'Hallintojohtaja', email: 'paula@kajaani.fi' }],
          presenter: { name: 'Jari Tolonen', title: 'Kaupunginjohtaja' },
          proposal: 'Valtuusto lähettää aloitteen kaupunginhallitukselle valmisteltavaksi.',
        };
  /** An item of the council's meeting on `date` for an initiative in `state`. */
  const itemOf = async (state: Prepared, largest = false, date = MEETING_DAY): Promise<ItemTarget> => {
    const meetingId = await planMeeting(date);
    const { id } = await targets.initiative(state);
    const item = await targets.call('POST', `/api/meetings/${meetingId}/items`, {
      initiativeIds: [id],
      ...itemFields(largest),
    });
    return { meetingId, itemId: item.id };
  };

  return [
    endpointCase<null>({
      name: 'GET /api/bodies/:id/meetings',
      prepare: async () => null,
      twin: (_, __, round) => ({
        method: 'GET',
        route: '/api/bodies/:id/meetings',
        params: { id: council },
        query: round % 2 === 0 ? { year: '2026' } : {},
        token,
      }),
    }),
    endpointCase<string>({
      name: 'GET /api/meetings/:id',
      prepare: async () => (await itemOf('registered')).meetingId,
      twin: (id) => ({ method: 'GET', route: '/api/meetings/:id', params: { id }, token }),
    }),
    endpointCase<null>({
      name: 'POST /api/bodies/:id/meetings',
      prepare: async () => null,
      twin: (_, largest, round) => ({
        method: 'POST',
        route: '/api/bodies/:id/meetings',
        params: { id: education },
        body: {
          meetings: Array.from({ length: largest ? MEETINGS_PER_CALENDAR : 2 }, (__, index) => ({
            date: `${2027 + round}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
            startTime: pick(['08:00', '16:30', '23:59'], index),
            ...(index % 2 === 0 ? { place: place(largest) } : {}),
          })),
        },
        token,
      }),
    }),
    endpointCase<string>({
      name: 'PATCH /api/meetings/:id',
      prepare: () => planMeeting(),
      // A move, or one of the steps a planned meeting of yesterday may take.
      twin: (id, largest, round) => ({
        method: 'PATCH',
        route: '/api/meetings/:id',
        params: { id },
        body:
          round % 4 === 0
            ? { date: '2026-06-30', startTime: '17:00', place: place(largest) }
            : { status: pick(STATUS_STEPS, round - 1) },
        token,
      }),
    }),
    endpointCase<{ meetingId: string; initiativeIds: string[] }>({
      name: 'POST /api/meetings/:id/items',
      largestOnce: true,
      prepare: async (largest) => {
        const meetingId = await planMeeting();
        const count = largest ? INITIATIVES_PER_ITEM : 1;
        const filed = await Promise.all(
          Array.from({ length: count }, () => targets.initiative('registered')),
        );
        return { meetingId, initiativeIds: filed.map(({ id }) => id) };
      },
      twin: ({ meetingId, initiativeIds }, largest, round) => ({
        method: 'POST',
        route: '/api/meetings/:id/items',
        params: { id: meetingId },
        body: {
          ...(largest ? { section: LIMITS.section } : round % 2 === 0 ? { section: 7 } : {}),
          initiativeIds,
          ...itemFields(largest),
          ...(round % 2 === 1 ? { event: 'REFER_TO_BOARD', answerDirectly: false } : {}),
        },
        token,
      }),
    }),
    endpointCase<ItemTarget & { published: boolean }>({
      name: 'PATCH /api/meetings/:id/items/:itemId',
      prepare: async (_, round) => {
        const target = await itemOf('registered');
        // Every other twin corrects a published agenda, with its reason.
        const published = round % 2 === 1;
        if (published)
          await targets.call('PATCH', `/api/meetings/${target.meetingId}`, { status: 'agendaPublished' });
        return { ...target, published };
      },
      twin: ({ meetingId, itemId, published }, largest, round) => ({
        method: 'PATCH',
        route: '/api/meetings/:id/items/:itemId',
        params: { id: meetingId, itemId },
        body: {
          ...itemFields(largest),
          proposal: largest ? text(LONG_TEXT, 'Korjattu ') : `Korjattu esitys ${round}.`,
          answerDirectly: round % 2 === 0,
          ...(published ? { reason: largest ? text(LIMITS.reason) : 'Esityslistalla oli virhe.' } : {}),
        },
        token,
      }),
    }),
    endpointCase<ItemTarget & { council: boolean }>({
      name: 'POST /api/meetings/:id/items/:itemId/decision',
      prepare: async (largest, round) => {
        // The council refers a new initiative, or decides on the board's proposal (with resolutions).
        const councilDecides = largest || round % 2 === 1;
        const target = await itemOf(councilDecides ? 'councilConsideration' : 'registered', largest);
        return { ...target, council: councilDecides };
      },
      twin: ({ meetingId, itemId, council: decides }, largest, round) => {
        const decisionType = decides ? pick(['asProposed', 'returned', 'tabled', 'noted'], round) : 'amended';
        // Only a decision as proposed may leave its text to the proposal.
        const written = largest || decisionType !== 'asProposed';
        return {
          method: 'POST',
          route: '/api/meetings/:id/items/:itemId/decision',
          params: { id: meetingId, itemId },
          body: {
            ...(round % 2 === 0 ? { date: pick([MEETING_DAY, TODAY], round / 2) } : {}),
            decisionType,
            ...(written ? { decision: largest ? text(LONG_TEXT) : `Päätös: ${decisionType}.` } : {}),
            ...(decides
              ? {
                  resolutions: largest
                    ? Array.from({ length: LIMITS.resolutions }, (_, index) =>
                        text(LIMITS.resolution, `Ponsi ${index} `),
                      )
                    : ['Valtuusto edellyttää selvitystä.'],
                }
              : {}),
          },
          token,
        };
      },
    }),
    endpointCase<string>({
      name: 'POST /api/meetings/:id/minutes-checked',
      prepare: async () => {
        const { meetingId, itemId } = await itemOf('registered', false, '2026-05-19');
        await targets.call('POST', `/api/meetings/${meetingId}/items/${itemId}/decision`, {
          decisionType: 'asProposed',
        });
        return meetingId;
      },
      twin: (id, _, round) => ({
        method: 'POST',
        route: '/api/meetings/:id/minutes-checked',
        params: { id },
        body: { date: pick(['2026-05-19', MEETING_DAY, TODAY], round) },
        token,
      }),
    }),
  ];
}
