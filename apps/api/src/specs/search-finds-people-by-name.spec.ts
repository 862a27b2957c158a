import { initiativeStages } from '../testing/initiative-stages';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 18, item 3: signatory and preparer names are found with or without diacritics, and typed inflected as a
// clerk writes them in a sentence ("Ylösen valmistelemat", "Kettuselle"). A preparer is anyone a statement request,
// an agenda item or a recorded handling names; the names stay current as these change.

describe('the search box finds people by name', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;
  const found = async (q: string) => {
    const response = await api.request('GET', `/api/initiatives?limit=100&q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return (response.body.items as { id: string }[]).map((item) => item.id).sort();
  };

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    stages = initiativeStages(api);
  });
  afterAll(() => api.close());

  const fileSignedBy = async (name: string) => {
    const response = await api.request('POST', '/api/initiatives', {
      title: 'Aloite nimihakua varten',
      text: 'Aloitteen teksti.',
      kind: 'councillor',
      submittedOn: '2026-05-04',
      signatories: [{ name }],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-05-04', section: 90 + name.length },
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  it.each([
    ['Kettunen', 'Kettusen'],
    ['Kettunen', 'Kettuselle'],
    ['Kettunen', 'Tapio Kettusesta'],
    ['Kettunen', 'kettusen'],
    ['Mäkelä', 'Mäkelän'],
    ['Mäkelä', 'Makelalle'],
    ['Laine', 'Laineen'],
  ])('finds a signatory %s typed inflected as %p', async (surname, query) => {
    const id = await fileSignedBy(`Tapio ${surname}`);
    expect(await found(query)).toContain(id);
  });

  it('compares whole names only: a part of a word, or another name inflected alike, finds nothing', async () => {
    const id = await fileSignedBy('Tapio Virtanen');
    expect(await found('Virtasen')).toContain(id);
    expect(await found('Virta')).not.toContain(id);
    expect(await found('Virran')).not.toContain(id);
    expect(await found('Tapio Virtasen')).toContain(id);
    expect(await found('Pekka Virtasen')).not.toContain(id);
  });

  it('finds an initiative by the preparer of its statement request, inflected and without diacritics', async () => {
    const id = await stages.referred();
    await stages.apply(id, {
      type: 'REQUEST_STATEMENT',
      bodyId: api.demo.bodyIds.education,
      dueDate: '2026-06-30',
      preparers: [{ name: 'Outi Ylönen', title: 'Sivistysjohtaja' }],
    });
    for (const query of ['Ylönen', 'Ylonen', 'Ylösen', 'Outi Ylöselle', 'outi ylonen'])
      expect([query, await found(query)]).toEqual([query, [id]]);
  });

  it('finds an initiative by its agenda item’s preparers, as they are edited', async () => {
    const id = await stages.referred();
    const meeting = await api.request('POST', `/api/bodies/${api.demo.bodyIds.board}/meetings`, {
      meetings: [{ date: '2026-06-08', startTime: '16:00' }],
    });
    expect(meeting.status).toBe(201);
    const meetingId = meeting.body[0].id as string;
    const item = await api.request('POST', `/api/meetings/${meetingId}/items`, {
      initiativeIds: [id],
      preparers: [{ name: 'Sirpa Öhman', title: 'Hallintojohtaja' }],
      proposal: 'Kaupunginhallitus esittää vastauksen valtuustolle.',
    });
    expect(item.status).toBe(201);
    expect(await found('Öhmanin')).toEqual([id]);

    const edited = await api.request('PATCH', `/api/meetings/${meetingId}/items/${item.body.id}`, {
      preparers: [{ name: 'Juha Åkerlund', title: 'Talousjohtaja' }],
    });
    expect(edited.status).toBe(200);
    expect(await found('Akerlund')).toEqual([id]);
    expect(await found('Öhman')).toEqual([]);
  });

  it('finds an initiative by the preparers of a recorded handling', async () => {
    const id = await stages.referred();
    await stages.apply(id, {
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: api.demo.bodyIds.board, date: '2026-05-11', section: 301 },
      preparers: [{ name: 'Eero Hyyppä', title: 'Kehitysjohtaja' }],
      proposal: 'Kaupunginhallitus esittää vastauksen valtuustolle.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      outcome: 'proposeToCouncil',
    });
    expect(await found('Hyyppä')).toEqual([id]);
    expect(await found('Hyyppälle')).toEqual([id]);
  });
});
