import { STATEMENT_16, STATEMENT_17 } from '@aloite/domain/demo';
import { uploadDocument } from '../testing/two-municipalities';
import { TEST_PASSWORD, startTestApp, type TestApp, type TestResponse } from '../testing/test-app';

// Issue 16's seed story, from the Kajaani agenda of 20.5.2026 (shared/reference): §§ 16 and 17 on the
// subcommittee's published agenda with proposals only → the meeting decides § 16 as proposed and § 17 amended →
// the minutes are checked → the signed initiatives become public, a confidential document does not.

const SEED_16 = 'KAJDno-2026-577';
const SEED_17 = 'KAJDno-2026-726';

describe('a subcommittee meeting from its agenda to checked minutes (issue 16, domain § 8)', () => {
  let api: TestApp;
  let secretary: (method: string, path: string, body?: unknown) => Promise<TestResponse>;
  let token: string;
  let meetingId: string;
  const item = (meeting: any, section: number) => meeting.items.find((it: any) => it.section === section); // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    await api.createUser(
      'jaostosihteeri',
      TEST_PASSWORD,
      ['committeeSecretary'],
      [api.demo.bodyIds.employment],
    );
    token = await api.signIn('jaostosihteeri', TEST_PASSWORD);
    secretary = api.as(token);
    const calendar = await secretary('GET', `/api/bodies/${api.demo.bodyIds.employment}/meetings?year=2026`);
    meetingId = calendar.body[0].id;
  });
  afterAll(() => api.close());

  it('holds the seed meeting as the agenda shows it: published, §§ 16 and 17 with proposals and no decisions', async () => {
    const calendar = await secretary('GET', `/api/bodies/${api.demo.bodyIds.employment}/meetings?year=2026`);
    expect(calendar.body).toEqual([
      expect.objectContaining({
        date: '2026-05-20',
        startTime: '16:30',
        place: 'Kokoustila Kekkonen',
        status: 'agendaPublished',
        minutesCheckedOn: null,
      }),
    ]);
    const meeting = (await secretary('GET', `/api/meetings/${meetingId}`)).body;
    expect(meeting.items.map((it: { section: number }) => it.section)).toEqual([16, 17]);
    expect(item(meeting, 16)).toMatchObject({
      title: 'Valtuustoaloite työllisyysbonuksesta opiskeluun',
      initiativeIds: [api.demo.initiativeIds[SEED_16]],
      presenter: { name: 'Milla Tikkanen', title: 'Työllisyys- ja kansainvälisyyspäällikkö' },
      proposal: STATEMENT_16.proposal,
      decision: null,
      decisionType: null,
      attachments: [
        expect.objectContaining({
          fileName: '1 Valtuustoaloite työllisyysbonuksesta opiskeluun (allekirjoitettu).pdf',
          publicity: 'notYetPublic',
          publicOnceMinutesChecked: true,
        }),
      ],
    });
    expect(item(meeting, 17).preparers.map((preparer: { name: string }) => preparer.name)).toEqual([
      'Risto Hämäläinen',
      'Milla Tikkanen',
    ]);
  });

  it('shows the item on the initiative’s timeline as on the agenda, before the meeting decides', async () => {
    const initiative = (await secretary('GET', `/api/initiatives/${api.demo.initiativeIds[SEED_16]}`)).body;
    expect(initiative.agenda).toContainEqual(
      expect.objectContaining({
        bodyId: api.demo.bodyIds.employment,
        date: '2026-05-20',
        section: 16,
        open: true,
      }),
    );
    expect(initiative.state).toBe('awaitingStatements');
  });

  it('refuses a decision dated after today, writing nothing', async () => {
    const id = api.demo.initiativeIds[SEED_16];
    const before = await api.auditRows(id);
    const meeting = (await secretary('GET', `/api/meetings/${meetingId}`)).body;
    const refused = await secretary(
      'POST',
      `/api/meetings/${meetingId}/items/${item(meeting, 16).id}/decision`,
      {
        decisionType: 'asProposed',
        date: '2026-05-22',
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'date', rule: 'dateRange' })]);
    expect(await api.auditRows(id)).toBe(before);
    expect(item((await secretary('GET', `/api/meetings/${meetingId}`)).body, 16).decision).toBeNull();
  });

  it('corrects a published proposal only with a reason, and keeps what it was', async () => {
    const meeting = (await secretary('GET', `/api/meetings/${meetingId}`)).body;
    const path = `/api/meetings/${meetingId}/items/${item(meeting, 17).id}`;
    const without = await secretary('PATCH', path, { proposal: `${STATEMENT_17.proposal} Korjattu.` });
    expect([without.status, without.body.errors?.[0]?.field]).toEqual([400, 'reason']);
    expect(item((await secretary('GET', `/api/meetings/${meetingId}`)).body, 17).proposal).toBe(
      STATEMENT_17.proposal,
    );
    const corrected = await secretary('PATCH', path, {
      proposal: `${STATEMENT_17.proposal} Korjattu.`,
      reason: 'Esityslistalta puuttui viimeinen lause.',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.proposal).toBe(`${STATEMENT_17.proposal} Korjattu.`);
    expect(corrected.body.changes.at(-1)).toMatchObject({
      before: { proposal: STATEMENT_17.proposal },
      after: { proposal: `${STATEMENT_17.proposal} Korjattu.` },
      reason: 'Esityslistalta puuttui viimeinen lause.',
      actor: 'jaostosihteeri',
    });
  });

  it('refuses a second open item for the same initiative at the same body', async () => {
    const planned = await secretary('POST', `/api/bodies/${api.demo.bodyIds.employment}/meetings`, {
      meetings: [{ date: '2026-06-10', startTime: '16:30', place: 'Kokoustila Kekkonen' }],
    });
    expect(planned.status).toBe(201);
    const second = await secretary('POST', `/api/meetings/${planned.body[0].id}/items`, {
      initiativeIds: [api.demo.initiativeIds[SEED_16]],
      preparers: [],
      proposal: 'Sama asia uudelleen.',
    });
    expect([second.status, second.body.code]).toEqual([409, 'ALREADY_ON_AGENDA']);
    expect((await secretary('GET', `/api/meetings/${planned.body[0].id}`)).body.items).toEqual([]);
  });

  it('records § 16 as proposed and § 17 amended: each fires RECORD_STATEMENT and the meeting is held', async () => {
    const meeting = (await secretary('GET', `/api/meetings/${meetingId}`)).body;
    const asProposed = await secretary(
      'POST',
      `/api/meetings/${meetingId}/items/${item(meeting, 16).id}/decision`,
      {
        decisionType: 'asProposed',
      },
    );
    expect(asProposed.status).toBe(200);
    expect(asProposed.body).toMatchObject({ decision: STATEMENT_16.proposal, decidedOn: '2026-05-20' });
    const amended = await secretary(
      'POST',
      `/api/meetings/${meetingId}/items/${item(meeting, 17).id}/decision`,
      {
        decisionType: 'amended',
        decision: 'Jaosto hyväksyi ehdotuksen muutettuna: vastineeseen lisätään maininta Työmarkkinatorista.',
        responseText: `${STATEMENT_17.responseText}\n\nLisäys: Työmarkkinatori on ensisijainen kanava.`,
      },
    );
    expect(amended.status).toBe(200);

    const seed16 = (await secretary('GET', `/api/initiatives/${api.demo.initiativeIds[SEED_16]}`)).body;
    expect(seed16.statements[0]).toMatchObject({ status: 'received', resolvedOn: '2026-05-20' });
    expect(seed16.handlings.at(-1)).toMatchObject({
      event: 'RECORD_STATEMENT',
      bodyId: api.demo.bodyIds.employment,
      date: '2026-05-20',
      section: 16,
      presenter: 'Milla Tikkanen, Työllisyys- ja kansainvälisyyspäällikkö',
      decisionType: 'asProposed',
      responseText: STATEMENT_16.responseText,
    });
    const seed17 = (await secretary('GET', `/api/initiatives/${api.demo.initiativeIds[SEED_17]}`)).body;
    expect(seed17.handlings.at(-1)).toMatchObject({ section: 17, decisionType: 'amended' });
    expect(seed17.handlings.at(-1).responseText).toContain('Lisäys: Työmarkkinatori');
    expect(seed17.agenda).toContainEqual(
      expect.objectContaining({ section: 17, open: false, eventSeq: seed17.version }),
    );
    expect((await secretary('GET', `/api/meetings/${meetingId}`)).body.status).toBe('held');
  });

  it('checks the minutes: the signed initiatives become public, a confidential document stays confidential', async () => {
    const meeting = (await secretary('GET', `/api/meetings/${meetingId}`)).body;
    const secret = await uploadDocument(
      api,
      token,
      api.demo.initiativeIds[SEED_16],
      {
        publicity: 'confidential',
        legalGround: 'JulkL 24 § 1 mom. 25 k.',
        agendaItemId: item(meeting, 16).id,
      },
      'asiakastiedot.txt',
    );
    expect(secret.status).toBe(201);
    const signed = meeting.items.flatMap((it: { attachments: { id: string }[] }) =>
      it.attachments.map(({ id }) => id),
    );
    for (const id of signed)
      expect((await api.anonymous('GET', `/api/attachments/${id}/content`)).status).toBe(401);

    const checked = await secretary('POST', `/api/meetings/${meetingId}/minutes-checked`, {
      date: '2026-05-21',
    });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ status: 'minutesChecked', minutesCheckedOn: '2026-05-21' });
    expect([...checked.body.published].sort()).toEqual([...signed].sort());
    for (const id of signed) {
      const read = await api.anonymous('GET', `/api/attachments/${id}/content`);
      expect([read.status, read.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    }
    expect((await api.anonymous('GET', `/api/attachments/${secret.body.id}/content`)).status).toBe(401);
    const after = (await secretary('GET', `/api/meetings/${meetingId}`)).body;
    expect(item(after, 16).attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: signed[0], publicity: 'public', publishedOn: '2026-05-21' }),
        expect.objectContaining({ id: secret.body.id, publicity: 'confidential', publishedOn: null }),
      ]),
    );
    const again = await secretary('POST', `/api/meetings/${meetingId}/minutes-checked`, {
      date: '2026-05-21',
    });
    expect([again.status, again.body.code]).toEqual([422, 'MEETING_STEP_NOT_ALLOWED']);
  });

  it('keeps the council meetings that referred §§ 16 and 17 as held with their minutes checked', async () => {
    const council = (await secretary('GET', `/api/bodies/${api.demo.bodyIds.council}/meetings?year=2026`))
      .body;
    const seen = council.map(({ date, status }: { date: string; status: string }) => [date, status]);
    expect(seen).toEqual([
      ['2026-03-31', 'minutesChecked'],
      ['2026-04-28', 'minutesChecked'],
    ]);
    const referral = (await secretary('GET', `/api/meetings/${council[0].id}`)).body.items[0];
    expect(referral).toMatchObject({ section: 30, event: 'REFER_TO_BOARD', decisionType: 'asProposed' });
  });
});
