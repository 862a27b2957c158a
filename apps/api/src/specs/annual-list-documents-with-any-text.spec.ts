import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Whatever a clerk may type reaches the annual list's documents intact and harmless: the DOCX stays well-formed
// XML, a spreadsheet opening the CSV computes nothing, and what XML cannot carry never gets in at all.

const EVERYTHING_ALLOWED =
  'Sarkain\there, rivinvaihto\nja\r\nCRLF, <&>"\' äöå ÄÖÅ ß € 😀 ‑ «» \u00a0 \u2028 \u{10FFFD} loppu';
const FORMULA_STARTS = ['=1+1', '+SUM(A1:A9)', '-30 % päästöistä', '@cmd', '\tsisennetty', '\rrivi'];

describe('the annual list’s documents, with any text a clerk may type', () => {
  let api: TestApp;
  const YEAR = 2027;

  beforeAll(async () => {
    api = await startTestApp('2027-04-15');
  });
  afterAll(() => api.close());

  async function file(title: string, signer = 'Testi Valtuutettu'): Promise<string> {
    const response = await api.request('POST', '/api/initiatives', {
      title,
      text: EVERYTHING_ALLOWED,
      kind: 'councillor',
      submittedOn: '2026-03-02',
      signatories: [{ name: signer, party: 'KESK' }],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-03-02', section: 1 },
    });
    expect([title, response.status]).toEqual([title, 201]);
    return response.body.id as string;
  }

  it('keeps the DOCX well-formed with tabs, line breaks, emoji, Finnish and Swedish letters and <&>"\'', async () => {
    const id = await file(`Kaikki sallittu: ${EVERYTHING_ALLOWED}`, `Åsa Öhman ${EVERYTHING_ALLOWED}`);
    const referred = await api.request('POST', `/api/initiatives/${id}/events`, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-03-02', section: 2 },
      decision: EVERYTHING_ALLOWED,
    });
    expect(referred.status).toBe(200);

    const response = await fetch(`${api.baseUrl}/api/annual-lists/${YEAR}/export?format=docx`, {
      headers: { authorization: `Bearer ${await api.signIn('tester', TEST_PASSWORD)}` },
    });
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(parts).toContain('word/document.xml');
    for (const name of parts) {
      const xml = await zip.file(name)?.async('string');
      expect(() => new SaxesParser().write(xml ?? '').close()).not.toThrow();
    }
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(documentXml).toContain('😀');
    expect(documentXml).toContain('äöå ÄÖÅ');
    expect(documentXml).toContain('&lt;&amp;&gt;');
  });

  it.each([
    ['the decision text', 'decision'],
    ['the proposal', 'proposal'],
  ])('refuses %s with a character XML 1.0 cannot carry, and changes nothing', async (_, field) => {
    const id = await file('Ohjausmerkkitesti');
    for (const character of ['\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff']) {
      const response = await api.request('POST', `/api/initiatives/${id}/events`, {
        type: 'REFER_TO_BOARD',
        meeting: { bodyId: api.demo.bodyIds.council, date: '2026-03-02', section: 2 },
        [field]: `Päätös${character}teksti`,
      });
      expect([JSON.stringify(character), response.status, response.body.errors?.[0]]).toEqual([
        JSON.stringify(character),
        400,
        expect.objectContaining({ field, message: expect.stringContaining('cannot be stored or printed') }),
      ]);
    }
    expect(await api.auditRows(id)).toBe(1);
  });

  it('refuses such characters in every kind of text: titles, names, bodies, users, search and preparer', async () => {
    const council = api.demo.bodyIds.council;
    const refusals = await Promise.all([
      api.request('POST', '/api/initiatives', {
        title: 'Otsikko\u0007',
        text: 't',
        kind: 'councillor',
        submittedOn: '2026-03-02',
        signatories: [],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: council, date: '2026-03-02', section: 1 },
      }),
      api.request('POST', '/api/bodies', { name: 'Lautakunta\uffff', kind: 'committee' }),
      api.request('PUT', '/api/municipality', {
        name: 'Kajaani\u001b',
        rulePack: 'kajaani',
        diaryPrefix: 'K',
      }),
      api.request('POST', '/api/users', {
        username: 'ohjaus.merkki',
        displayName: 'Paula\u0002 Halonen',
        password: 'a long password 1',
        roles: ['councilStaff'],
      }),
      api.request('GET', `/api/initiatives?q=${encodeURIComponent('aloite\ufffe')}`),
      api.request(
        'GET',
        `/api/annual-lists/${YEAR}/export?format=docx&preparer=${encodeURIComponent('P\u0003')}`,
      ),
    ]);
    expect(refusals.map((response) => [response.status, response.body.errors?.[0]?.field])).toEqual([
      [400, 'title'],
      [400, 'name'],
      [400, 'name'],
      [400, 'displayName'],
      [400, 'q'],
      [400, 'preparer'],
    ]);
  });

  it('makes no CSV cell a formula: a text beginning with = + - @ tab or CR gets a leading apostrophe', async () => {
    for (const title of FORMULA_STARTS) await file(title, title);
    await file('Tavallinen otsikko');
    const response = await api.request('GET', `/api/annual-lists/${YEAR}/export?format=csv`);
    expect(response.status).toBe(200);
    const csv = response.text;
    for (const text of FORMULA_STARTS) {
      expect([JSON.stringify(text), csv.includes(`;"'${text}";`)]).toEqual([JSON.stringify(text), true]);
      expect([JSON.stringify(text), csv.includes(`;"${text}";`)]).toEqual([JSON.stringify(text), false]);
    }
    expect(csv).toContain(';"Tavallinen otsikko";');
    expect(csv).toContain(';"Testi Valtuutettu";');
  });
});
