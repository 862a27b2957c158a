import { initiativeStages } from '../testing/initiative-stages';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 19: "Handlings in meeting-date order": the timeline reads by the meetings' dates, then their §§, whatever
// order the clerk typed the handlings in.

describe('an initiative’s handlings', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
  });
  afterAll(() => api.close());

  it('come in the order of their meetings: by date, then §, not in the order they were recorded', async () => {
    const stages = initiativeStages(api, '2026-05-04');
    const id = await stages.referred();
    const board = api.demo.bodyIds.board;
    const tabledAt = (date: string, section: number) =>
      stages.apply(id, {
        type: 'RECORD_BOARD_DECISION',
        meeting: { bodyId: board, date, section },
        proposal: 'Pöydälle.',
        decision: 'Asia jätettiin pöydälle.',
        decisionType: 'tabled',
        outcome: 'tabled',
      });
    await tabledAt('2026-05-12', 30);
    await tabledAt('2026-05-12', 12);
    await tabledAt('2026-05-06', 40);

    const { body } = await api.request('GET', `/api/initiatives/${id}`);
    const timeline = (body.handlings as { date: string; section: number; event: string }[]).map(
      (handling) => `${handling.date} § ${handling.section}`,
    );
    expect(timeline.slice(1)).toEqual(['2026-05-06 § 40', '2026-05-12 § 12', '2026-05-12 § 30']);
    expect(body.handlings[0]).toMatchObject({ event: 'REFER_TO_BOARD', date: '2026-05-04' });
  });
});
