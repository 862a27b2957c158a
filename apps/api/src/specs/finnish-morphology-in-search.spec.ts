import { loadVoikko } from '@aloite/persistence';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 18, item 1: a base form, any inflected form and any part of a compound find each other, with Voikko and
// with the Node-only stemmer alike on these texts (the stemmer's misses, such as tuki/tuen, show in the benchmark).
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

/** Query, what is found, and (null: the same) what the Node-only stemmer finds where it finds less. */
// Every row has four cells: Jest hands a test with more parameters than cells a `done` callback.
const CASES: [category: string, query: string, voikko: Key[], node: Key[] | null][] = [
  ['inflected form', 'koirapuistosta', ['dogPark'], null],
  ['inflected form', 'joukkoliikenteestä', ['freeTransport'], null],
  ['inflected form', 'kasvisruokaa', ['vegetarian'], null],
  ['base form → inflected', 'maksuttomuus', ['freeTransport'], null],
  ['base form → inflected', 'työllisyysbonus', ['bonus'], null],
  ['base form → inflected', 'kesätyöseteli', ['summerJobs'], null],
  ['base form → inflected', 'Kuluntalahti', ['dogPark'], null],
  ['consonant gradation', 'katu', ['lighting'], null],
  ['consonant gradation', 'ranta', ['lighting'], null],
  ['consonant gradation', 'joukkoliikenne', ['freeTransport'], null],
  ['consonant gradation', 'aukioloaika', ['openingHours'], null],
  ['compound part', 'koira', ['dogPark'], null],
  ['compound part', 'työllisyys', ['bonus'], null],
  ['compound part', 'kasvis', ['vegetarian'], null],
  ['compound part', 'kesätyö', ['summerJobs'], null],
  ['compound head', 'puisto', ['dogPark'], null],
  ['compound head', 'seteli', ['summerJobs'], null],
  ['compound head', 'ruoka', ['vegetarian'], null],
  ['compound head', 'valaistus', ['lighting'], null],
  ['prefix word*', 'kesätyö*', ['summerJobs'], null],
  ['prefix word*', 'joukkoliikenne*', ['freeTransport'], null],
  ['phrase in quotes', '"joukkoliikenteen maksuttomuudesta"', ['freeTransport'], null],
  ['phrase in quotes', '"maksuttomuudesta joukkoliikenteen"', [], null],
  ['two words', 'koirapuisto Kuluntalahti', ['dogPark'], null],
  ['two words', 'koira kesätyö', [], null],
];

/**
 * Voikko's half runs wherever Voikko is installed, and `.ci/run` (which installs it) sets ALOITE_TEST_VOIKKO=required
 * so that a failed install fails there rather than skipping; `npm test` on a machine with only Node runs the rest.
 */
const ANALYZERS =
  loadVoikko() !== null || process.env['ALOITE_TEST_VOIKKO'] === 'required'
    ? (['voikko', 'node'] as const)
    : (['node'] as const);

describe.each(ANALYZERS)('Finnish morphology in search, analyzer %s', (analyzer) => {
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

  // Query, the words marked, (null: the same) what the Node-only stemmer marks, and the passage shown.
  it.each([
    ['koira', ['koirapuiston'], null, 'rakentaa aidatun koirapuiston Kuluntalahden asuinalueelle'],
    ['katu', ['Kadun', 'katuvalaistus'], ['Kadun'], 'Kadun varren katuvalaistus uusitaan'],
  ])(
    'marks what %s finds through base forms and compound parts in the passage shown',
    async (q, voikko, node, passage) => {
      const answer = await api.request(
        'GET',
        `/api/initiatives?signatory=${encodeURIComponent(SIGNER)}&q=${encodeURIComponent(q)}`,
      );
      const [item] = answer.body.items as { snippet: { text: string; match: boolean }[] }[];
      const marked = item?.snippet.filter((segment) => segment.match).map((segment) => segment.text);
      expect(marked).toEqual(analyzer === 'node' && node !== null ? node : voikko);
      expect(item?.snippet.map((segment) => segment.text).join('')).toContain(passage);
    },
  );

  it.each(CASES)('%s: %s', async (_category, query, voikko, node) => {
    const expected = analyzer === 'node' && node !== null ? node : voikko;
    expect(await found(query)).toEqual([...expected].sort());
  });
});
