import { initiativeStages } from '../testing/initiative-stages';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 16 (6) and domain.md § 8.6: a statement asked of an office holder is given in writing (a date, the text
// and a document, no meeting or §); a referral for measures holds the initiative only when a reply is expected.
// The annual list of 2027 (filed by 31.12.2026) names the office holder and the dates among its measures.

const director = { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' };

describe('office holders and referrals for measures', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;

  beforeAll(async () => {
    api = await startTestApp('2027-04-15');
    stages = initiativeStages(api, '2026-05-04');
  });
  afterAll(() => api.close());

  const event = (id: string, body: object) => api.request('POST', `/api/initiatives/${id}/events`, body);
  const read = async (id: string) => (await api.request('GET', `/api/initiatives/${id}`)).body;
  const boardProposal = {
    type: 'RECORD_BOARD_DECISION',
    proposal: 'Kaupunginhallitus esittää vastauksen valtuustolle.',
    decision: 'Hyväksyttiin.',
    decisionType: 'asProposed',
    outcome: 'proposeToCouncil',
  };
  const board = (section: number) => ({
    ...boardProposal,
    meeting: { bodyId: api.demo.bodyIds.board, date: '2026-10-05', section },
  });

  async function uploadAs(token: string, id: string, fileName: string, text: string) {
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob([text]), fileName);
    const response = await fetch(`${api.baseUrl}/api/initiatives/${id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as { id: string; fileName: string } };
  }

  it('records a service-network director’s written statement with its document; the initiative moves on', async () => {
    const id = await stages.referred();
    const asked = await event(id, {
      type: 'REQUEST_STATEMENT',
      officeHolder: director,
      date: '2026-06-01',
      dueDate: '2026-08-31',
      preparers: [],
    });
    expect(asked.status).toBe(200);
    expect(asked.body.state).toBe('awaitingStatements');
    expect(asked.body.statements).toEqual([
      expect.objectContaining({
        bodyId: null,
        officeHolder: director,
        kind: 'statement',
        status: 'open',
        dueDate: '2026-08-31',
      }),
    ]);
    // Held while the director's statement is awaited: the board cannot decide yet.
    expect((await event(id, board(61))).body.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(asked.body.allowedEvents).toContain('RECORD_WRITTEN_STATEMENT');

    const answered = await event(id, {
      type: 'RECORD_WRITTEN_STATEMENT',
      officeHolder: director,
      date: '2026-08-20',
      responseText:
        'Palveluverkkojohtajan lausunto: aloitteen ehdotus otetaan huomioon palveluverkkoselvityksessä.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.state).toBe('boardPreparation');
    expect(answered.body.statements[0]).toEqual(
      expect.objectContaining({ status: 'received', resolvedOn: '2026-08-20' }),
    );
    // No meeting, no §: the written statement appends no handling.
    expect(answered.body.handlings.map((handling: { event: string }) => handling.event)).toEqual([
      'REFER_TO_BOARD',
    ]);

    const token = await api.signIn('tester', TEST_PASSWORD);
    const document = await uploadAs(
      token,
      id,
      'Palveluverkkojohtajan lausunto.txt',
      'Lausunto kirjallisesti.\n',
    );
    expect(document.status).toBe(201);
    const after = await read(id);
    expect(after.attachments.map((attachment: { fileName: string }) => attachment.fileName)).toEqual([
      'Palveluverkkojohtajan lausunto.txt',
    ]);
    const audit = (await api.request('GET', `/api/initiatives/${id}/events`)).body as {
      type: string;
      payload: Record<string, unknown>;
    }[];
    expect(audit[audit.length - 1]).toEqual(
      expect.objectContaining({
        type: 'RECORD_WRITTEN_STATEMENT',
        payload: expect.objectContaining({ officeHolder: director, date: '2026-08-20' }),
      }),
    );
    expect((await event(id, board(62))).status).toBe(200);

    const list = (await api.request('GET', '/api/annual-lists/2027')).body as {
      items: { id: string; measures: string[] }[];
    };
    const measures = list.items.find((item) => item.id === id)?.measures;
    expect(measures).toEqual([
      expect.stringMatching(/^Kaupunginvaltuusto 04\.05\.2026 § \d+: /),
      'Liisa Virtanen, palveluverkkojohtaja 01.06.2026: lausuntoa pyydetty, määräaika 31.08.2026',
      'Liisa Virtanen, palveluverkkojohtaja 20.08.2026: lausunto annettu kirjallisesti',
      'Kaupunginhallitus 05.10.2026 § 62: Hyväksyttiin.',
    ]);
  });

  it('refers for measures without a reply expected: recorded as such, the board may decide at once', async () => {
    const id = await stages.referred();
    const { technical } = api.demo.bodyIds;
    const referred = await event(id, {
      type: 'REFER_FOR_MEASURES',
      bodyId: technical,
      date: '2026-06-02',
      replyExpected: false,
    });
    expect(referred.status).toBe(200);
    expect(referred.body.state).toBe('boardPreparation');
    expect(referred.body.statements).toEqual([
      expect.objectContaining({
        bodyId: technical,
        kind: 'measures',
        replyExpected: false,
        status: 'referred',
      }),
    ]);
    expect((await event(id, board(63))).status).toBe(200);
    const list = (await api.request('GET', '/api/annual-lists/2027')).body as {
      items: { id: string; measures: string[] }[];
    };
    expect(list.items.find((item) => item.id === id)?.measures).toContain(
      'Tekninen lautakunta 02.06.2026: lähetetty toimenpiteitä varten',
    );
  });

  it('holds the initiative while a reply to a referral for measures is expected, until it is answered', async () => {
    const id = await stages.referred();
    const referred = await event(id, {
      type: 'REFER_FOR_MEASURES',
      officeHolder: director,
      date: '2026-06-03',
      replyExpected: true,
      dueDate: '2026-09-30',
    });
    expect(referred.status).toBe(200);
    expect(referred.body.state).toBe('awaitingStatements');
    const refused = await event(id, board(64));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('TRANSITION_NOT_ALLOWED');
    const replied = await event(id, {
      type: 'RECORD_WRITTEN_STATEMENT',
      officeHolder: director,
      date: '2026-09-15',
      responseText: 'Toimenpiteet on aloitettu.',
    });
    expect(replied.body.state).toBe('boardPreparation');
    expect((await event(id, board(65))).status).toBe(200);
  });

  it('refuses a request naming both a body and an office holder, or neither, and a reply expected without a due date, writing nothing', async () => {
    const id = await stages.referred();
    const before = await read(id);
    const { technical } = api.demo.bodyIds;
    const refusals = [
      [
        {
          type: 'REQUEST_STATEMENT',
          bodyId: technical,
          officeHolder: director,
          dueDate: '2027-05-31',
          preparers: [],
        },
        'bodyId',
      ],
      [{ type: 'REFER_FOR_MEASURES', replyExpected: false }, 'bodyId'],
      [{ type: 'REFER_FOR_MEASURES', bodyId: technical, replyExpected: true }, 'dueDate'],
      [
        { type: 'REFER_FOR_MEASURES', bodyId: technical, replyExpected: false, dueDate: '2027-05-01' },
        'dueDate',
      ],
    ] as const;
    for (const [body, field] of refusals) {
      const response = await event(id, body);
      expect([body.type, response.status, response.body.errors?.[0]?.field]).toEqual([body.type, 400, field]);
    }
    const after = await read(id);
    expect(after.version).toBe(before.version);
    expect(after.statements).toEqual([]);
    expect(await api.auditRows(id)).toBe(before.version);
  });
});
