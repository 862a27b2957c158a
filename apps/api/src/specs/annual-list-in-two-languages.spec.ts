import JSZip from 'jszip';
import { pdfText } from '../testing/pdf-text';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 17 item 4: a municipality is Finnish, Swedish, or bilingual with a majority language; minutes paragraphs
// and the annual list (PDF, DOCX, CSV) come in the language asked for, and for a bilingual one in both, the
// majority language first. Swedish follows domain.md § 7 (fullmäktigemotion, stadsstyrelsen, slutbehandlad …).

const FI_TITLE = 'Luettelo valtuustoaloitteista, joiden käsittely on kesken 31.12.2026';
const SV_TITLE = 'Förteckning över fullmäktigemotioner vars behandling pågår 31.12.2026';
const FI_PROPOSAL = 'Kaupunginhallitus esittää valtuustolle, että valtuusto merkitsee tiedoksi';
const SV_PROPOSAL = 'Stadsstyrelsen föreslår att fullmäktige antecknar för kännedom förteckningen';

describe('the annual list and minutes in two languages', () => {
  let api: TestApp;
  const YEAR = 2027;

  beforeAll(async () => {
    api = await startTestApp('2027-04-15');
  });
  afterAll(() => api.close());

  async function download(format: string, language: string): Promise<Response> {
    const token = await api.signIn('tester', TEST_PASSWORD);
    return fetch(
      `${api.baseUrl}/api/annual-lists/${YEAR}/export?format=${format}&language=${language}&preparer=Paula%20Halonen`,
      { headers: { authorization: `Bearer ${token}` } },
    );
  }
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());
  // A PDF breaks long lines where the page ends; a reader reads across them.
  const pdfWords = async (response: Response) => pdfText(await bytes(response)).replace(/\s+/g, ' ');
  const docxText = async (response: Response) => {
    const xml = await (
      await JSZip.loadAsync(await bytes(response))
    )
      .file('word/document.xml')
      ?.async('string');
    return (xml ?? '').replace(/<[^>]+>/g, '');
  };

  async function referral(): Promise<string> {
    const council = api.demo.bodyIds.council;
    const filed = await api.request('POST', '/api/initiatives', {
      title: 'Motion om cykelvägar',
      text: 'Vi föreslår cykelvägar.',
      kind: 'councillor',
      submittedOn: '2027-02-01',
      signatories: [{ name: 'Anna Lindström', party: 'SFP' }],
      signatoryCount: 3,
      hasFinancialEffect: false,
      filedAt: { bodyId: council, date: '2027-02-01', section: 9 },
    });
    expect(filed.status).toBe(201);
    const id = filed.body.id as string;
    const referred = await api.request('POST', `/api/initiatives/${id}/events`, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: council, date: '2027-02-01', section: 10 },
    });
    expect(referred.status).toBe(200);
    const handlings = (await api.request('GET', `/api/initiatives/${id}`)).body.handlings as {
      seq: number;
      event: string;
    }[];
    return `/api/initiatives/${id}/handlings/${handlings.find((h) => h.event === 'REFER_TO_BOARD')?.seq}/minutes`;
  }

  it('refuses Swedish and both in a Finnish-only municipality, naming the field', async () => {
    const minutes = await referral();
    const refusals = [
      await api.request('GET', `/api/annual-lists/${YEAR}?language=sv`),
      await api.request('GET', `/api/annual-lists/${YEAR}?language=both`),
      await api.request('GET', `${minutes}?language=sv`),
      await download('pdf', 'sv'),
      await download('csv', 'both'),
      await api.request('GET', `/api/annual-lists/${YEAR}?language=en`),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(400);
      const problem = (await (response instanceof Response ? response.json() : response.body)) as {
        errors: { field: string }[];
      };
      expect(problem.errors.map(({ field }) => field)).toEqual(['language']);
    }
    const finnish = await api.request('GET', `${minutes}?language=fi`);
    expect([finnish.status, finnish.body.language]).toEqual([200, 'fi']);
  });

  describe('in a bilingual municipality, Finnish the majority', () => {
    beforeAll(async () => {
      const municipality = (await api.request('GET', '/api/municipality')).body;
      const bilingual = await api.request('PUT', '/api/municipality', {
        name: municipality.name,
        diaryPrefix: municipality.diaryPrefix,
        language: 'fi',
        secondLanguage: 'sv',
      });
      expect(bilingual.status).toBe(200);
      const named = await api.request('PATCH', `/api/bodies/${api.demo.bodyIds.council}`, {
        nameSv: 'Stadsfullmäktige',
      });
      expect(named.status).toBe(200);
    });

    it('writes the referral’s minutes paragraph in Swedish, with the body’s Swedish name', async () => {
      const minutes = await referral();
      const response = await api.request('GET', `${minutes}?language=sv`);
      expect(response.status).toBe(200);
      expect(response.body.language).toBe('sv');
      expect((response.body.text as string).split('\n\n')).toEqual([
        'Stadsfullmäktige, 01.02.2027, § 10',
        'Motion om cykelvägar',
        expect.any(String),
        'Till protokollet antecknades följande fullmäktigemotion, framställd och undertecknad av ledamoten Anna Lindström (SFP) och 2 andra ledamöter:',
        '"Motion om cykelvägar',
        'Vi föreslår cykelvägar."',
        'Förslag',
        'Fullmäktigemotionen remitteras till stadsstyrelsen för beredning enligt 119 § i stadens förvaltningsstadga.',
        'Beslut',
        'Fullmäktigemotionen remitterades till stadsstyrelsen för beredning enligt 119 § i stadens förvaltningsstadga.',
      ]);
      const finnish = (await api.request('GET', minutes)).body;
      expect(finnish.language).toBe('fi');
      expect(finnish.text).toMatch(/^Kaupunginvaltuusto, 01\.02\.2027, § 10/);
    });

    it('previews the list in Swedish, in the majority language by default, and in both', async () => {
      const swedish = (await api.request('GET', `/api/annual-lists/${YEAR}?language=sv`)).body;
      expect([swedish.language, swedish.title, swedish.translation]).toEqual(['sv', SV_TITLE, null]);
      expect(swedish.proposal).toMatch(new RegExp(`^${SV_PROPOSAL}`));
      expect(swedish.rule).toBe('Kajana stads förvaltningsstadga 119 §');
      const item = (swedish.items as { diaryNumber: string; stage: string; measures: string[] }[]).find(
        (candidate) => candidate.diaryNumber === 'KAJDno-2026-577',
      );
      expect(item?.stage).toBe('På remiss');
      // The council's Swedish name; the clerk's decision as typed; a body without a Swedish name by its Finnish one.
      expect(item?.measures[0]).toMatch(/^Stadsfullmäktige 31\.03\.2026 § 30: Valtuustoaloite lähetettiin/);
      expect(item?.measures).toContainEqual(
        expect.stringMatching(/^Työllisyys- ja kansainvälisyysjaosto \d\d\.\d\d\.2026: utlåtande begärt/),
      );

      const byDefault = (await api.request('GET', `/api/annual-lists/${YEAR}`)).body;
      expect([byDefault.language, byDefault.title, byDefault.translation]).toEqual(['fi', FI_TITLE, null]);

      const both = (await api.request('GET', `/api/annual-lists/${YEAR}?language=both`)).body;
      expect([both.language, both.title, both.translation?.language, both.translation?.title]).toEqual([
        'fi',
        FI_TITLE,
        'sv',
        SV_TITLE,
      ]);
      expect(both.translation.items).toHaveLength(both.items.length);
    });

    it('writes the PDF in Swedish, and in both with Finnish first', async () => {
      const list = (await api.request('GET', `/api/annual-lists/${YEAR}`)).body;
      const diaryNumbers = (list.items as { diaryNumber: string }[]).map((item) => item.diaryNumber);
      expect(diaryNumbers.length).toBeGreaterThan(3);

      const swedish = await download('pdf', 'sv');
      expect(swedish.status).toBe(200);
      const sv = await pdfWords(swedish);
      for (const text of [
        SV_TITLE,
        'Beredare: Paula Halonen',
        SV_PROPOSAL,
        'Kajana · Stadsstyrelsen',
        ...diaryNumbers,
      ]) {
        expect(sv).toContain(text);
      }
      expect(sv).not.toContain(FI_TITLE);

      const both = await pdfWords(await download('pdf', 'both'));
      for (const text of [FI_TITLE, SV_TITLE, FI_PROPOSAL, SV_PROPOSAL, 'Valmistelija: Paula Halonen']) {
        expect(both).toContain(text);
      }
      expect(both.indexOf(FI_PROPOSAL)).toBeLessThan(both.indexOf(SV_TITLE));
    });

    it('writes the DOCX in Swedish, and in both with Finnish first', async () => {
      const sv = await docxText(await download('docx', 'sv'));
      for (const text of [
        SV_TITLE,
        'Beredare: Paula Halonen',
        SV_PROPOSAL,
        'Diarienummer',
        'Första undertecknare',
      ]) {
        expect(sv).toContain(text);
      }
      expect(sv).not.toContain(FI_TITLE);

      const both = await docxText(await download('docx', 'both'));
      expect(both.indexOf(FI_TITLE)).toBeGreaterThanOrEqual(0);
      expect(both.indexOf(FI_PROPOSAL)).toBeLessThan(both.indexOf(SV_TITLE));
      expect(both).toContain(SV_PROPOSAL);
    });

    it('writes the CSV in both as one row per initiative with each language’s stage and measures', async () => {
      const response = await download('csv', 'both');
      const lines = (await bytes(response)).toString('utf8').slice(1).trim().split('\r\n');
      expect(lines[0]).toBe(
        '"Diaarinumero / Diarienummer";"Aloite / Motion";"Jätetty / Inlämnad";' +
          '"Ensimmäinen allekirjoittaja / Första undertecknare";"Vaihe";"Toimenpiteet";"Skede";"Åtgärder"',
      );
      const row = lines.find((line) => line.startsWith('"KAJDno-2026-577"'));
      expect(row).toContain('"Lausunnoilla"');
      expect(row).toContain('"På remiss"');
      const swedish = (await bytes(await download('csv', 'sv'))).toString('utf8').slice(1).split('\r\n');
      expect(swedish[0]).toBe('"Diarienummer";"Motion";"Inlämnad";"Första undertecknare";"Skede";"Åtgärder"');
    });
  });
});
