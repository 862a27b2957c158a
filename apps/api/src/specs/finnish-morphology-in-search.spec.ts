import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 18, item 1: a base form, any inflected form and any part of a compound find each other. With Voikko the
// whole set; with the Node-only stemmer what suffix rules reach (it knows no lexicon, so it finds a compound's
// first part only from a query word long enough to be a prefix, and loses a stem whose consonant drops: tuki/tuen).
// Each analyzer runs against its own fresh database, chosen as an operator would, by ALOITE_SEARCH_ANALYZER.

const INITIATIVES = {
  dogPark: [
    'Koirapuisto Kuluntalahdelle',
    'Esitämme, että kaupunki rakentaa aidatun koirapuiston Kuluntalahden asuinalueelle.',
  ],
  freeTransport: [
    'Joukkoliikenteen maksuttomuus nuorille',
    'Selvitetään joukkoliikenteen maksuttomuudesta aiheutuvat kustannukset.',
  ],
  bonus: ['Työllisyysbonuksesta pysyvä', 'Kaupungin myöntämä bonus on lisännyt työllisyyttä.'],
  lighting: [
    'Pohjolankadun valaistus',
    'Kadun varren katuvalaistus uusitaan ja rannan reitille asennetaan valoja.',
  ],
  summerJobs: ['Kesätyöseteli nuorille', 'Kesätyösetelillä yritykset palkkaavat nuoria kesäksi.'],
  vegetarian: ['Kasvisruokapäivä kouluihin', 'Kouluissa tarjotaan kasvisruokaa kerran viikossa.'],
  openingHours: ['Kirjaston aukioloajat', 'Pidennetään aukioloaikoja iltaisin.'],
} as const;
type Key = keyof typeof INITIATIVES;
/** Only these initiatives are asked about, not the demo's own (which have dog parks and bus fares too). */
const SIGNER = 'Mirja Morfologinen';

/** Query, what Voikko finds, and what the Node-only stemmer finds where it finds less. */
const CASES: [category: string, query: string, voikko: Key[], node?: Key[]][] = [
  ['inflected form', 'koirapuistosta', ['dogPark']],
  ['inflected form', 'joukkoliikenteestä', ['freeTransport']],
  ['inflected form', 'kasvisruokaa', ['vegetarian']],
  ['base form → inflected', 'maksuttomuus', ['freeTransport']],
  ['base form → inflected', 'työllisyysbonus', ['bonus']],
  ['base form → inflected', 'kesätyöseteli', ['summerJobs']],
  ['base form → inflected', 'Kuluntalahti', ['dogPark']],
  ['consonant gradation', 'katu', ['lighting']],
  ['consonant gradation', 'ranta', ['lighting']],
  ['consonant gradation', 'joukkoliikenne', ['freeTransport']],
  ['consonant gradation', 'aukioloaika', ['openingHours']],
  ['compound part', 'koira', ['dogPark']],
  ['compound part', 'työllisyys', ['bonus']],
  ['compound part', 'kasvis', ['vegetarian']],
  ['compound part', 'kesätyö', ['summerJobs']],
  // Two letters of a key are too short a prefix for the stemmer: kesä → kes.
  ['compound part', 'kesä', ['summerJobs'], []],
  ['compound head', 'puisto', ['dogPark']],
  ['compound head', 'seteli', ['summerJobs']],
  ['compound head', 'ruoka', ['vegetarian']],
  ['compound head', 'valaistus', ['lighting']],
  ['prefix word*', 'kesätyö*', ['summerJobs']],
  ['prefix word*', 'joukkoliikenne*', ['freeTransport']],
  ['phrase in quotes', '"joukkoliikenteen maksuttomuudesta"', ['freeTransport']],
  ['phrase in quotes', '"maksuttomuudesta joukkoliikenteen"', []],
  ['two words', 'koirapuisto Kuluntalahti', ['dogPark']],
  ['two words', 'koira kesätyö', []],
];

describe.each(['voikko', 'node'] as const)('Finnish morphology in search, analyzer %s', (analyzer) => {
  let api: TestApp;
  const before = process.env['ALOITE_SEARCH_ANALYZER'];
  const keyOf = new Map(Object.entries(INITIATIVES).map(([key, [title]]) => [title as string, key]));
  const found = async (q: string) => {
    const answer = await api.request(
      'GET',
      `/api/initiatives?limit=50&signatory=${encodeURIComponent(SIGNER)}&q=${encodeURIComponent(q)}`,
    );
    expect(answer.status).toBe(200);
    return (answer.body.items as { title: string }[])
      .map((item) => keyOf.get(item.title) ?? item.title)
      .sort();
  };

  beforeAll(async () => {
    process.env['ALOITE_SEARCH_ANALYZER'] = analyzer;
    api = await startTestApp('2026-05-21');
    let section = 40;
    for (const [title, text] of Object.values(INITIATIVES)) {
      const filed = await api.request('POST', '/api/initiatives', {
        title,
        text,
        kind: 'councillor',
        submittedOn: '2026-04-14',
        signatories: [{ name: SIGNER }],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-04-14', section: section++ },
      });
      expect(filed.status).toBe(201);
    }
  });
  afterAll(async () => {
    await api.close();
    if (before === undefined) delete process.env['ALOITE_SEARCH_ANALYZER'];
    else process.env['ALOITE_SEARCH_ANALYZER'] = before;
  });

  it.each(CASES)('%s: %s', async (_category, query, voikko, node) => {
    const expected = analyzer === 'node' && node ? node : voikko;
    expect(await found(query)).toEqual([...expected].sort());
  });
});
