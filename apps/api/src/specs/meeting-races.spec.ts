import { initiativeStages } from '../testing/initiative-stages';
import { startTestApp, type TestApp, type TestResponse } from '../testing/test-app';

// Two clerks at once on one meeting (domain § 8.2–8.3): one decision per item, one open item per initiative and
// body. Exactly one of two simultaneous requests lands; the other is told why, and nothing is written twice.

const ROUNDS = 3;

describe('two clerks at once on a meeting’s agenda', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;
  const council = () => api.demo.bodyIds.council;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    stages = initiativeStages(api);
  });
  afterAll(() => api.close());

  const councilMeetings = async (...dates: string[]): Promise<string[] & Record<number, string>> => {
    const planned = await api.request('POST', `/api/bodies/${council()}/meetings`, {
      meetings: dates.map((date) => ({ date, startTime: '18:00' })),
    });
    return planned.body.map((meeting: { id: string }) => meeting.id);
  };
  const item = (meetingId: string, initiativeId: string) =>
    api.request('POST', `/api/meetings/${meetingId}/items`, {
      initiativeIds: [initiativeId],
      preparers: [],
      proposal: 'Valtuustoaloite lähetetään kaupunginhallitukselle valmisteltavaksi.',
    });
  const outcome = (answers: TestResponse[]) =>
    answers.map((answer) => [answer.status, answer.body.code ?? null]).sort(([a], [b]) => a - b);

  it.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))(
    'records one decision of two sent at once on the same item, one handling written (round %i)',
    async () => {
      const [meetingId] = await councilMeetings('2026-05-18');
      const initiativeId = await stages.file();
      const added = await item(meetingId, initiativeId);
      const before = await api.auditRows(initiativeId);
      const decide = () =>
        api.request('POST', `/api/meetings/${meetingId}/items/${added.body.id}/decision`, {
          decisionType: 'asProposed',
        });
      expect(outcome(await Promise.all([decide(), decide()]))).toEqual([
        [200, null],
        [409, 'ALREADY_DECIDED'],
      ]);
      expect(await api.auditRows(initiativeId)).toBe(before + 1);
      const initiative = (await api.request('GET', `/api/initiatives/${initiativeId}`)).body;
      expect(initiative.state).toBe('boardPreparation');
      expect(
        initiative.handlings.filter((handling: { date: string }) => handling.date === '2026-05-18'),
      ).toHaveLength(1);
    },
  );

  it.each([
    ['on two meetings of the same body', 2],
    ['on the same meeting', 1],
  ])('puts an initiative on the agenda once of two items sent at once %s', async (_, meetings) => {
    const ids = await councilMeetings(...['2026-06-15', '2026-06-16'].slice(0, meetings));
    const initiativeId = await stages.file();
    const both = await Promise.all([item(ids[0], initiativeId), item(ids[ids.length - 1], initiativeId)]);
    expect(outcome(both)).toEqual([
      [201, null],
      [409, 'ALREADY_ON_AGENDA'],
    ]);
    const { agenda } = (await api.request('GET', `/api/initiatives/${initiativeId}`)).body;
    expect(agenda).toEqual([expect.objectContaining({ open: true, event: 'REFER_TO_BOARD' })]);
  });
});
