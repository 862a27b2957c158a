import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { InitiativesService } from '../initiatives/initiatives.service';
import { pdfWords } from '../testing/pdf-text';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 19: the list's matches as CSV and XLSX with no formula a spreadsheet would run (OWASP), and an initiative
// as a PDF with its details, handlings and documents.

const EVIL_SIGNER = '=HYPERLINK("http://evil.example","x")';
const EVIL_TITLE = '@SUM(1) Leikkipuisto Lehtikankaalle';

describe('exporting the list and printing an initiative', () => {
  let api: TestApp;
  let token: string;
  let evilId: string;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    token = await api.signIn('tester', TEST_PASSWORD);
    evilId = await file(EVIL_TITLE, EVIL_SIGNER);
    await file('Penkkejä torille', 'Liisa Laine');
  });
  afterAll(() => api.close());

  async function file(title: string, signer: string): Promise<string> {
    const response = await api.request('POST', '/api/initiatives', {
      title,
      text: 'Esitämme, että kaupunki rakentaa leikkipuiston.',
      kind: 'councillor',
      submittedOn: '2026-03-02',
      signatories: [{ name: signer, party: 'KESK' }, { name: 'Pekka Puska' }],
      signatoryCount: 5,
      hasFinancialEffect: false,
      filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-03-02', section: 14 },
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  async function download(path: string): Promise<{ status: number; headers: Headers; content: Buffer }> {
    const response = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      headers: response.headers,
      content: Buffer.from(await response.arrayBuffer()),
    };
  }

  it('exports the filtered list as CSV with a BOM, semicolons, Finnish headers and every formula made text', async () => {
    const { status, headers, content } = await download(
      '/api/initiatives/export?format=csv&signatory=evil.example',
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('aloite-export-total')).toBe('1');
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = content.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      '"Diaarinumero";"Otsikko";"Tila";"Jätetty";"Ensimmäinen allekirjoittaja";"Allekirjoittajia";"Toimielimet";' +
        '"Seuraava määräaika"',
      expect.stringContaining(`;"'@SUM(1) Leikkipuisto Lehtikankaalle";"Jätetty";"02.03.2026";`),
    ]);
    expect(lines[1]).toContain(`;"'=HYPERLINK(""http://evil.example"",""x"")";"5";"Kaupunginvaltuusto";`);
    expect(lines[1]).not.toContain('Penkkejä');
  });

  it('exports XLSX in Swedish whose formula-like texts are string cells, never formulas', async () => {
    const { status, content } = await download(
      '/api/initiatives/export?format=xlsx&language=sv&signatory=evil.example',
    );
    expect(status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Diarienummer',
      'Rubrik',
      'Skede',
      'Inlämnad',
      'Första undertecknare',
      'Undertecknare',
      'Organ',
      'Nästa tidsfrist',
    ]);
    expect(sheet?.rowCount).toBe(2);
    const row = sheet?.getRow(2);
    for (const [column, text] of [
      [2, EVIL_TITLE],
      [5, EVIL_SIGNER],
    ] as const) {
      const cell = row?.getCell(column);
      expect([cell?.type, cell?.value, cell?.formula]).toEqual([ExcelJS.ValueType.String, text, undefined]);
    }
    expect(row?.getCell(3).value).toBe('Inlämnad');
    expect(row?.getCell(4).value).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(row?.getCell(6).value).toBe(5);
    const zip = await JSZip.loadAsync(content);
    const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheetXml).toContain('<sheetData>');
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });

  it('names the field of a bad export request', async () => {
    const { status, content } = await download('/api/initiatives/export?format=ods');
    expect(status).toBe(400);
    expect(JSON.parse(content.toString('utf8')).errors).toEqual([
      expect.objectContaining({ field: 'format' }),
    ]);
  });

  it('prints an initiative as a PDF with its title, diary number, each handling and its documents', async () => {
    const referred = await api.request('POST', `/api/initiatives/${evilId}/events`, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-03-16', section: 31 },
      decision: 'Valtuusto lähetti aloitteen kaupunginhallituksen valmisteltavaksi.',
    });
    expect(referred.status).toBe(200);
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob(['Allekirjoitettu aloite.\n']), 'Aloite allekirjoitettuna.txt');
    const uploaded = await fetch(`${api.baseUrl}/api/initiatives/${evilId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const diaryNumber = referred.body.diaryNumber as string;
    const { status, headers, content } = await download(`/api/initiatives/${evilId}/pdf`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/pdf');
    const words = pdfWords(content);
    expect(words).toContain(EVIL_TITLE);
    expect(words).toContain(diaryNumber);
    expect(words).toContain('Merkitty tiedoksi: Kaupunginvaltuusto 02.03.2026 § 14');
    expect(words).toContain('16.03.2026 Kaupunginvaltuusto § 31');
    expect(words).toContain('Valtuusto lähetti aloitteen kaupunginhallituksen valmisteltavaksi.');
    expect(words).toContain('Kaupunginhallituksen valmistelussa');
    expect(words).toMatch(/Asiakirjat Aloite allekirjoitettuna\.txt \(\d\d\.\d\d\.\d{4}\)/);
  });

  it('pages through every match, past the list’s largest page of 200', async () => {
    const signer = 'Sivutus Testaaja';
    for (let batch = 0; batch < 21; batch++) {
      await Promise.all(Array.from({ length: 10 }, (_, index) => file(`Sivu ${batch * 10 + index}`, signer)));
    }
    const { headers, content } = await download(`/api/initiatives/export?format=csv&signatory=${signer}`);
    const lines = content.toString('utf8').trimEnd().split('\r\n');
    expect([lines.length - 1, headers.get('aloite-export-total')]).toEqual([210, '210']);
    expect(new Set(lines.slice(1).map((line) => line.split(';')[1])).size).toBe(210);
    expect(headers.get('aloite-export-truncated')).toBeNull();

    // Past the limit (10,000 over HTTP; 150 here, through the same service) the first rows come, with the total.
    const registrar = {
      id: 'tester',
      userId: 'tester',
      displayName: 'Tester',
      bodyIds: [],
      passwordChangeRequired: false,
    };
    const actor = { ...registrar, roles: ['registrar' as const], municipalityId: api.demo.municipalityId };
    const query = { state: [], signatory: signer };
    const { rows, total } = await api.app.get(InitiativesService).exportRows(actor, query, 'fi', 150);
    expect([rows.length, total, new Set(rows.map((row) => row.title)).size]).toEqual([150, 210, 150]);
  });
});
