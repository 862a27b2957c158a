import JSZip from 'jszip';
import { pdfText } from '../testing/pdf-text';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Kuntalaki 23 §: the list of year Y holds the initiatives filed by 31.12. of Y − 1 and not finally handled then.

describe('the annual list', () => {
  let api: TestApp;
  let council: string;
  let board: string;
  const YEAR = 2027;

  beforeAll(async () => {
    api = await startTestApp('2027-04-15');
    council = api.demo.bodyIds.council;
    board = api.demo.bodyIds.board;
  });
  afterAll(() => api.close());

  async function file(title: string, submittedOn: string): Promise<string> {
    const response = await api.request('POST', '/api/initiatives', {
      title,
      text: 'Vuosiluettelon testiaineisto.',
      kind: 'councillor',
      submittedOn,
      signatories: [{ name: 'Testi Valtuutettu', party: 'KESK' }],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: council, date: submittedOn, section: 1 },
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  const apply = async (id: string, event: Record<string, unknown>) => {
    const response = await api.request('POST', `/api/initiatives/${id}/events`, event);
    expect(response.status).toBe(200);
  };
  const refer = (id: string, date: string) =>
    apply(id, { type: 'REFER_TO_BOARD', meeting: { bodyId: council, date, section: 2 } });

  it('holds exactly the initiatives the rule names: closed on 1.1. of the year is on it, filed on 1.1. is not', async () => {
    const withdrawnOnNewYear = await file('Peruttu uudenvuodenpäivänä', '2026-03-02');
    await apply(withdrawnOnNewYear, {
      type: 'WITHDRAW',
      date: '2027-01-01',
      requestedBy: 'Testi Valtuutettu',
    });
    const withdrawnOnNewYearsEve = await file('Peruttu uudenvuodenaattona', '2026-03-02');
    await apply(withdrawnOnNewYearsEve, {
      type: 'WITHDRAW',
      date: '2026-12-31',
      requestedBy: 'Testi Valtuutettu',
    });
    const filedOnNewYear = await file('Jätetty uudenvuodenpäivänä', '2027-01-01');
    const filedOnNewYearsEve = await file('Jätetty uudenvuodenaattona', '2026-12-31');

    const list = (await api.request('GET', `/api/annual-lists/${YEAR}`)).body;
    const listed = (list.items as { id: string }[]).map((item) => item.id);
    expect(listed).toContain(withdrawnOnNewYear);
    expect(listed).toContain(filedOnNewYearsEve);
    expect(listed).not.toContain(withdrawnOnNewYearsEve);
    expect(listed).not.toContain(filedOnNewYear);

    // Every initiative in the database, judged by the rule, against the list.
    const all = (await api.request('GET', '/api/initiatives?limit=200')).body.items as { id: string }[];
    for (const { id } of all) {
      const initiative = (await api.request('GET', `/api/initiatives/${id}`)).body;
      const ended = initiative.endedOn as string | null;
      const belongs = initiative.submittedOn <= '2026-12-31' && (ended === null || ended > '2026-12-31');
      expect([initiative.diaryNumber, listed.includes(id)]).toEqual([initiative.diaryNumber, belongs]);
    }
    expect(list.cutoff).toBe('2026-12-31');
    expect(list.dueDate).toBe('2027-03-31');
    expect(list.proposal).toMatch(/^Kaupunginhallitus esittää valtuustolle/);
  });

  it('lists each initiative’s measures taken and current stage', async () => {
    const list = (await api.request('GET', `/api/annual-lists/${YEAR}`)).body;
    const section16 = (list.items as { diaryNumber: string; stage: string; measures: string[] }[]).find(
      (item) => item.diaryNumber === 'KAJDno-2026-577',
    );
    expect(section16?.stage).toBe('Lausunnoilla');
    expect(section16?.measures[0]).toMatch(
      /^Kaupunginvaltuusto 31\.03\.2026 § 30: Valtuustoaloite lähetettiin/,
    );
  });

  it('shows the start of a long decision as one line of 400 characters ending in an ellipsis', async () => {
    const id = await file('Pitkä päätös', '2026-05-04');
    const words = Array.from({ length: 3_000 }, (_, index) => `sana${index}`);
    await apply(id, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: council, date: '2026-05-04', section: 2 },
      decision: words.join(' \n\t '),
    });
    const list = (await api.request('GET', `/api/annual-lists/${YEAR}`)).body;
    const item = (list.items as { id: string; measures: string[] }[]).find(
      (candidate) => candidate.id === id,
    );
    const flat = words.join(' ');
    expect(item?.measures).toEqual([`Kaupunginvaltuusto 04.05.2026 § 2: ${flat.slice(0, 399)}…`]);
  });

  it('exports a PDF, a DOCX and a CSV that contain every listed diary number', async () => {
    const list = (await api.request('GET', `/api/annual-lists/${YEAR}`)).body;
    const diaryNumbers = (list.items as { diaryNumber: string }[]).map((item) => item.diaryNumber);
    expect(diaryNumbers.length).toBeGreaterThan(3);
    const token = await api.signIn('tester', TEST_PASSWORD);
    const download = async (format: string) => {
      const response = await fetch(
        `${api.baseUrl}/api/annual-lists/${YEAR}/export?format=${format}&preparer=Paula%20Halonen`,
        {
          headers: {
            authorization: (await api.request('GET', '/api/me')).status === 200 ? `Bearer ${token}` : '',
          },
        },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="valtuustoaloitteet-${YEAR}.${format}"`,
      );
      return { type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
    };

    const pdf = await download('pdf');
    expect(pdf.type).toBe('application/pdf');
    const text = pdfText(pdf.bytes);
    for (const diaryNumber of diaryNumbers) expect(text).toContain(diaryNumber);
    expect(text).toContain('Luettelo valtuustoaloitteista, joiden käsittely on kesken 31.12.2026');
    expect(text).toContain('Valmistelija: Paula Halonen');
    expect(text).toContain('Kaupunginhallitus esittää valtuustolle');

    const docx = await download('docx');
    expect(docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')?.async('string');
    const docxText = (xml ?? '').replace(/<[^>]+>/g, ' ');
    for (const diaryNumber of diaryNumbers) expect(docxText).toContain(diaryNumber);
    expect(docxText).toContain('Kaupunginhallitus esittää valtuustolle');

    const csv = await download('csv');
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const lines = csvText.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      '"Diaarinumero";"Aloite";"Jätetty";"Ensimmäinen allekirjoittaja";"Vaihe";"Toimenpiteet"',
    );
    expect(lines.length - 1).toBeGreaterThanOrEqual(diaryNumbers.length);
    for (const diaryNumber of diaryNumbers) expect(csvText).toContain(`"${diaryNumber}"`);
  });

  it('closes the initiatives the council names in one transaction: all, or none when one cannot be closed', async () => {
    const ready = await file('Valmis suljettavaksi', '2026-05-04');
    await refer(ready, '2026-05-04');
    const notReferred = await file('Lähettämättä hallitukselle', '2026-05-04');
    const versions = async () =>
      Promise.all(
        [ready, notReferred].map(
          async (id) => (await api.request('GET', `/api/initiatives/${id}`)).body.version as number,
        ),
      );
    const before = await versions();
    const auditBefore = await Promise.all([ready, notReferred].map((id) => api.auditRows(id)));
    const meeting = { bodyId: council, date: '2027-04-12', section: 31 };

    const refused = await api.request('POST', `/api/annual-lists/${YEAR}/decision`, {
      meeting,
      annualListId: 'KAJDno-2027-200',
      close: [ready, notReferred],
      keep: [],
    });
    expect(refused.status).toBe(422);
    // Diary numbers only: the web app words the refusal in the clerk's language.
    const notReferredNumber = (await api.request('GET', `/api/initiatives/${notReferred}`)).body.diaryNumber;
    expect(refused.body.refused).toEqual([notReferredNumber]);
    expect(await versions()).toEqual(before);
    expect(await Promise.all([ready, notReferred].map((id) => api.auditRows(id)))).toEqual(auditBefore);

    const accepted = await api.request('POST', `/api/annual-lists/${YEAR}/decision`, {
      meeting,
      annualListId: 'KAJDno-2027-200',
      close: [ready],
      keep: [],
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ year: YEAR, closed: [ready], lapsed: [] });
    const closed = (await api.request('GET', `/api/initiatives/${ready}`)).body;
    expect(closed.state).toBe('closed');
    expect(closed.closure).toEqual(expect.objectContaining({ kind: 'annualList' }));
  });

  it('refuses initiatives that are not on the list, a body that is not the council, and a year that is not one', async () => {
    const late = await file('Liian myöhään jätetty', '2027-02-01');
    const decision = {
      meeting: { bodyId: council, date: '2027-04-12', section: 32 },
      annualListId: 'x',
      keep: [],
    };
    const notOnList = await api.request('POST', `/api/annual-lists/${YEAR}/decision`, {
      ...decision,
      close: [late],
    });
    expect(notOnList.status).toBe(400);
    expect(notOnList.body.errors[0].field).toBe('close');
    const wrongBody = await api.request('POST', `/api/annual-lists/${YEAR}/decision`, {
      ...decision,
      meeting: { ...decision.meeting, bodyId: board },
      close: [],
    });
    expect(wrongBody.status).toBe(400);
    for (const year of ['20x7', '99999', '1800', 'abc', '-1', '20266', '2026.5']) {
      const refused = await api.request('GET', `/api/annual-lists/${year}`);
      expect([year, refused.status, refused.body.errors?.[0]?.field]).toEqual([year, 400, 'year']);
    }
    expect((await api.request('GET', `/api/annual-lists/${YEAR}/export?format=xls`)).status).toBe(400);
  });

  it('closes through the list an initiative filed on 31.12. of the year before, and refuses one filed on 1.1.', async () => {
    const newYearsEve = await file('Jätetty vuoden viimeisenä päivänä', '2026-12-31');
    await refer(newYearsEve, '2026-12-31');
    const newYear = await file('Jätetty vuoden ensimmäisenä päivänä', '2027-01-01');
    await refer(newYear, '2027-01-01');
    const closeViaList = (id: string) =>
      api.request('POST', `/api/initiatives/${id}/events`, {
        type: 'CLOSE_VIA_ANNUAL_LIST',
        meeting: { bodyId: council, date: '2027-04-12', section: 34 },
        annualListId: 'KAJDno-2027-201',
        listYear: YEAR,
      });

    const closed = await closeViaList(newYearsEve);
    expect([closed.status, closed.body.state]).toEqual([200, 'closed']);
    const refused = await closeViaList(newYear);
    expect([refused.status, refused.body.code]).toEqual([422, 'TRANSITION_NOT_ALLOWED']);
  });

  it('lets only the registry record the decision, and only signed-in staff read the list', async () => {
    await api.createUser('valtuustosihteeri2', TEST_PASSWORD, ['councilStaff']);
    const staff = api.as(await api.signIn('valtuustosihteeri2', TEST_PASSWORD));
    expect((await staff('GET', `/api/annual-lists/${YEAR}`)).status).toBe(200);
    const member = (await staff('GET', `/api/annual-lists/${YEAR}`)).body.items[0].id as string;
    const attempt = await staff('POST', `/api/annual-lists/${YEAR}/decision`, {
      meeting: { bodyId: council, date: '2027-04-12', section: 33 },
      annualListId: 'x',
      close: [member],
      keep: [],
    });
    expect(attempt.status).toBe(403);
    expect((await api.anonymous('GET', `/api/annual-lists/${YEAR}`)).status).toBe(401);
  });
});
