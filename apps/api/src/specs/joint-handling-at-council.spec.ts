import { initiativeStages } from '../testing/initiative-stages';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 16, item 7: one council item answers several initiatives; its decision applies to each, all or nothing.

describe('one council agenda item handling several initiatives (issue 16, domain § 8.2)', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;
  let meetingId: string;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    stages = initiativeStages(api);
    const planned = await api.request('POST', `/api/bodies/${api.demo.bodyIds.council}/meetings`, {
      meetings: [{ date: '2026-05-18', startTime: '18:00', place: 'Valtuustosali' }],
    });
    meetingId = planned.body[0].id;
  });
  afterAll(() => api.close());

  const state = async (id: string) => (await api.request('GET', `/api/initiatives/${id}`)).body;
  const putOnAgenda = (initiativeIds: string[], section: number) =>
    api.request('POST', `/api/meetings/${meetingId}/items`, {
      section,
      initiativeIds,
      preparers: [{ name: 'Paula Halonen', title: 'Hallintojohtaja' }],
      proposal: 'Valtuusto merkitsee vastaukset tiedoksi ja toteaa aloitteet loppuun käsitellyiksi.',
    });

  it('refuses to put a closed initiative on the council’s agenda, naming it', async () => {
    const closed = 'KAJDno-2025-1412';
    const refused = await putOnAgenda([api.demo.initiativeIds[closed]], 40);
    expect(refused.body).toMatchObject({ code: 'NOTHING_TO_DECIDE', refused: [closed] });
    expect(refused.status).toBe(422);
  });

  it('changes nothing when one of three can no longer take the decision, and says which', async () => {
    const [first, closing, third] = [
      await stages.beforeTheCouncil(),
      await stages.beforeTheCouncil(),
      await stages.beforeTheCouncil(),
    ];
    const ids = [first, closing, third];
    const item = await putOnAgenda(ids, 41);
    expect([item.status, item.body.event]).toEqual([201, 'RECORD_COUNCIL_DECISION']);
    await stages.apply(closing, {
      type: 'RECORD_COUNCIL_DECISION',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-05-11', section: 39 },
      decision: 'Loppuun käsitelty erikseen.',
      decisionType: 'asProposed',
      outcome: 'closed',
      resolutions: [],
    });
    const before = await Promise.all(ids.map((id) => api.auditRows(id)));
    const closedOne = (await state(closing)).diaryNumber;

    const refused = await api.request('POST', `/api/meetings/${meetingId}/items/${item.body.id}/decision`, {
      decisionType: 'asProposed',
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', refused: [closedOne] });
    expect(refused.body.detail).toContain(closedOne);
    expect(await Promise.all(ids.map((id) => api.auditRows(id)))).toEqual(before);
    expect((await state(first)).state).toBe('councilConsideration');
    expect((await state(third)).state).toBe('councilConsideration');
    const meeting = (await api.request('GET', `/api/meetings/${meetingId}`)).body;
    expect(meeting.status).toBe('planned');
    expect(meeting.items.find((it: { id: string }) => it.id === item.body.id).decision).toBeNull();
  });

  it('closes all three with one decision: three audit rows, one handling each, at the item’s §', async () => {
    const ids = [
      await stages.beforeTheCouncil(),
      await stages.beforeTheCouncil(),
      await stages.beforeTheCouncil(),
    ];
    const item = await putOnAgenda(ids, 42);
    const before = await Promise.all(ids.map((id) => api.auditRows(id)));
    const decided = await api.request('POST', `/api/meetings/${meetingId}/items/${item.body.id}/decision`, {
      decisionType: 'asProposed',
      resolutions: ['Valtuusto edellyttää selvitystä vuoden 2027 aikana.'],
    });
    expect(decided.status).toBe(200);
    expect(await Promise.all(ids.map((id) => api.auditRows(id)))).toEqual(before.map((rows) => rows + 1));
    for (const id of ids) {
      const initiative = await state(id);
      expect(initiative.state).toBe('closed');
      const atTheMeeting = initiative.handlings.filter(
        (handling: { date: string; section: number }) =>
          handling.date === '2026-05-18' && handling.section === 42,
      );
      expect(atTheMeeting).toEqual([
        expect.objectContaining({
          event: 'RECORD_COUNCIL_DECISION',
          resolutions: ['Valtuusto edellyttää selvitystä vuoden 2027 aikana.'],
        }),
      ]);
      expect(initiative.closure).toMatchObject({
        kind: 'council',
        meeting: { section: 42, date: '2026-05-18' },
      });
    }
    expect(decided.body.initiatives.map((it: { state: string }) => it.state)).toEqual([
      'closed',
      'closed',
      'closed',
    ]);
  });

  it('refuses a decision on a planned meeting that lies ahead, writing nothing', async () => {
    const ahead = await api.request('POST', `/api/bodies/${api.demo.bodyIds.council}/meetings`, {
      meetings: [{ date: '2026-06-15', startTime: '18:00' }],
    });
    const id = await stages.file();
    const item = await api.request('POST', `/api/meetings/${ahead.body[0].id}/items`, {
      initiativeIds: [id],
      preparers: [],
      proposal: 'Valtuustoaloite lähetetään kaupunginhallitukselle valmisteltavaksi.',
    });
    // §§ run per body and year: the council's highest of 2026 is the seed's § 52.
    expect([item.status, item.body.event, item.body.section]).toEqual([201, 'REFER_TO_BOARD', 53]);
    const before = await api.auditRows(id);
    const refused = await api.request(
      'POST',
      `/api/meetings/${ahead.body[0].id}/items/${item.body.id}/decision`,
      {
        decisionType: 'asProposed',
      },
    );
    expect([refused.status, refused.body.code]).toEqual([422, 'MEETING_NOT_YET_HELD']);
    expect(await api.auditRows(id)).toBe(before);
    expect((await state(id)).state).toBe('registered');
  });
});
