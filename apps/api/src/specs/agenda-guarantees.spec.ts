import { initiativeStages } from '../testing/initiative-stages';
import { startTestApp, type TestApp } from '../testing/test-app';

// Domain § 8.2–8.3, where the order of the rows decides whether a broken guarantee shows: a joint decision
// refused by the initiative its transitions reach last, and an item tabled and put on the body's next agenda.

describe('an agenda item’s guarantees whatever the order of its initiatives', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;
  let meetingId: string;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    stages = initiativeStages(api);
    const planned = await api.request('POST', `/api/bodies/${api.demo.bodyIds.council}/meetings`, {
      meetings: [{ date: '2026-05-18', startTime: '18:00' }],
    });
    meetingId = planned.body[0].id;
  });
  afterAll(() => api.close());

  const putOnAgenda = (id: string, initiativeIds: string[]) =>
    api.request('POST', `/api/meetings/${id}/items`, {
      initiativeIds,
      preparers: [],
      proposal: 'Valtuusto merkitsee vastaukset tiedoksi.',
    });
  const decide = (id: string, itemId: string, decisionType: string) =>
    api.request('POST', `/api/meetings/${id}/items/${itemId}/decision`, {
      decisionType,
      ...(decisionType === 'asProposed' ? {} : { decision: 'Asia pantiin pöydälle.' }),
    });

  it('changes none of three when the last of them (in the order they are written) refuses', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => stages.beforeTheCouncil()));
    const item = await putOnAgenda(meetingId, ids);
    expect(item.status).toBe(201);
    // The item's initiatives take the event in id order: the greatest id is the last written.
    const last = [...ids].sort().at(-1) as string;
    await stages.apply(last, {
      type: 'RECORD_COUNCIL_DECISION',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-05-11', section: 39 },
      decision: 'Loppuun käsitelty erikseen.',
      decisionType: 'asProposed',
      outcome: 'closed',
      resolutions: [],
    });
    const before = await Promise.all(ids.map((id) => api.auditRows(id)));
    const refused = await decide(meetingId, item.body.id, 'asProposed');
    expect([refused.status, refused.body.code]).toEqual([422, 'TRANSITION_NOT_ALLOWED']);
    expect(await Promise.all(ids.map((id) => api.auditRows(id)))).toEqual(before);
    const states = await Promise.all(
      ids.map(async (id) => (await api.request('GET', `/api/initiatives/${id}`)).body.state),
    );
    expect(states).toEqual(ids.map((id) => (id === last ? 'closed' : 'councilConsideration')));
  });

  it('puts a tabled initiative on a later agenda of the same body: only an open item holds it', async () => {
    const id = await stages.beforeTheCouncil();
    const first = await putOnAgenda(meetingId, [id]);
    expect((await decide(meetingId, first.body.id, 'tabled')).status).toBe(200);
    expect((await api.request('GET', `/api/initiatives/${id}`)).body.state).toBe('councilConsideration');
    const later = await api.request('POST', `/api/bodies/${api.demo.bodyIds.council}/meetings`, {
      meetings: [{ date: '2026-06-15', startTime: '18:00' }],
    });
    const again = await putOnAgenda(later.body[0].id, [id]);
    expect([again.status, again.body.event]).toEqual([201, 'RECORD_COUNCIL_DECISION']);
    const { agenda } = (await api.request('GET', `/api/initiatives/${id}`)).body;
    expect(agenda.map(({ date, open }: { date: string; open: boolean }) => [date, open])).toEqual([
      ['2026-05-18', false],
      ['2026-06-15', true],
    ]);
  });
});
