import { ok } from '../testing/committee-meetings';
import { PORVOO, configuredMunicipality } from '../testing/four-new-municipalities';
import { fileInitiative, type NewMunicipality } from '../testing/municipality-from-template';
import { docxWords, pdfWords } from '../testing/pdf-text';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';

// Issue 17: Porvoo (Borgå), bilingual with Finnish the majority language, its list due at the end of October: the
// annual list as the board files it, read back from the PDF and the DOCX, in Swedish and in both languages.

describe('Porvoo’s annual list in its two languages', () => {
  let api: TestApp;
  let porvoo: NewMunicipality;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    porvoo = await configuredMunicipality(api, PORVOO);
    await ok(
      fileInitiative(porvoo.registrar, porvoo.council, {
        title: 'Valtuustoaloite kirjastoautosta',
        submittedOn: '2025-03-14',
      }),
      201,
    );
    await ok(
      porvoo.registrar('POST', '/api/initiatives', {
        title: 'Motion om belysta skidspår',
        text: 'Vi föreslår att skidspåren belyses.',
        language: 'sv',
        kind: 'councillor',
        submittedOn: '2025-09-30',
        signatories: [{ name: 'Anna Lindström', party: 'SFP' }],
        signatoryCount: 2,
        hasFinancialEffect: false,
        filedAt: { bodyId: porvoo.council, date: '2025-09-30', section: 12 },
      }),
      201,
    );
    token = await api.signIn(porvoo.usernames.registrar, TEST_PASSWORD, porvoo.slug);
  });
  afterAll(() => api.close());

  const download = async (format: 'pdf' | 'docx', language: string) => {
    const response = await fetch(
      `${api.baseUrl}/api/annual-lists/2026/export?format=${format}&language=${language}&preparer=Mikael%20Berg`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const pdfText = async (language: string) => pdfWords(await download('pdf', language));
  const docxText = async (language: string) => docxWords(await download('docx', language));

  const SWEDISH = [
    'Borgå · Stadsstyrelsen',
    'Förteckning över fullmäktigemotioner vars behandling pågår 31.12.2025',
    'Stadsstyrelsen föreslår att fullmäktige antecknar för kännedom',
    'kommunallagen 23 §, Borgå stads förvaltningsstadga 31 §',
    'Motion om belysta skidspår',
    'Valtuustoaloite kirjastoautosta',
  ];
  const FINNISH = [
    'Porvoo · Kaupunginhallitus',
    'Luettelo valtuustoaloitteista, joiden käsittely on kesken 31.12.2025',
    'Kaupunginhallitus esittää valtuustolle',
    'kuntalaki 23 §, Porvoon kaupungin hallintosääntö 31 §',
  ];

  it.each([
    ['PDF', pdfText],
    ['DOCX', docxText],
  ])('reads in Swedish from the %s, with no Finnish list text in it', async (_, words) => {
    const swedish = await words('sv');
    for (const text of SWEDISH) expect(swedish).toContain(text);
    for (const text of FINNISH) expect(swedish).not.toContain(text);
  });

  it.each([
    ['PDF', pdfText],
    ['DOCX', docxText],
  ])('reads in both languages from the %s, the majority language first', async (_, words) => {
    const both = await words('both');
    for (const text of [...FINNISH, ...SWEDISH]) expect(both).toContain(text);
    expect(both.indexOf(FINNISH[2] as string)).toBeLessThan(both.indexOf(SWEDISH[2] as string));
  });

  it('names each download in its first language', async () => {
    const filenames = await Promise.all(
      ['sv', 'fi', 'both'].map(async (language) => {
        const response = await fetch(
          `${api.baseUrl}/api/annual-lists/2026/export?format=csv&language=${language}`,
          {
            headers: { authorization: `Bearer ${token}` },
          },
        );
        return response.headers.get('content-disposition');
      }),
    );
    expect(filenames).toEqual([
      'attachment; filename="fullmaktigemotioner-2026.csv"',
      'attachment; filename="valtuustoaloitteet-2026.csv"',
      'attachment; filename="valtuustoaloitteet-2026.csv"',
    ]);
  });

  it('is due at the end of October, by Porvoo’s own rules', async () => {
    const list = await ok(porvoo.registrar('GET', '/api/annual-lists/2026?language=both'));
    expect(list).toMatchObject({ dueDate: '2026-10-31', rule: 'Porvoon kaupungin hallintosääntö 31 §' });
  });
});
