import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 17: an initiative's title and text may be in either language of a bilingual municipality, and search
// stems each in its own language: a Swedish motion is found by another inflected form of its words.

describe('initiatives written in Swedish', () => {
  let api: TestApp;
  const file = (language: string | undefined, title: string, text: string) =>
    api.request('POST', '/api/initiatives', {
      title,
      text,
      ...(language ? { language } : {}),
      kind: 'councillor',
      submittedOn: '2026-04-14',
      signatories: [{ name: 'Anna Lindqvist' }],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-04-14', section: 31 },
    });
  const found = async (q: string) =>
    (
      (await api.request('GET', `/api/initiatives?q=${encodeURIComponent(q)}`)).body.items as {
        title: string;
      }[]
    ).map((item) => item.title);

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
  });
  afterAll(() => api.close());

  it('is refused where the municipality works in Finnish only, and nothing is filed', async () => {
    const refused = await file('sv', 'Motion om cykelvägar', 'Vi föreslår fler cykelvägar.');
    expect([refused.status, refused.body.errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'language' })],
    ]);
    expect(await found('cykelvägar')).toEqual([]);
  });

  it('is filed in a bilingual municipality and found by inflected Swedish words', async () => {
    const municipality = (await api.request('GET', '/api/municipality')).body;
    const bilingual = await api.request('PUT', '/api/municipality', {
      name: municipality.name,
      diaryPrefix: municipality.diaryPrefix,
      secondLanguage: 'sv',
    });
    expect(bilingual.body).toEqual(expect.objectContaining({ language: 'fi', secondLanguage: 'sv' }));

    const motion = await file(
      'sv',
      'Motion om belysta skidspår',
      'Vi föreslår att skidspåren i stadsdelarna belyses och att cykelvägarna plogas.',
    );
    expect([motion.status, motion.body.language]).toEqual([201, 'sv']);
    const finnish = await file(
      undefined,
      'Valtuustoaloite valaistuista laduista',
      'Esitämme latujen valaisemista.',
    );
    expect([finnish.status, finnish.body.language]).toEqual([201, 'fi']);

    // Swedish stemming: cykelvägarna → cykelväg, belyses and belysa → belys (Finnish stemming keeps them
    // apart); the Finnish one by its own stems.
    expect(await found('cykelväg')).toEqual(['Motion om belysta skidspår']);
    expect(await found('belysa')).toEqual(['Motion om belysta skidspår']);
    expect(await found('skidspår')).toEqual(['Motion om belysta skidspår']);
    expect(await found('belysning stadsdel')).toEqual([]);
    expect(await found('stadsdelar')).toEqual(['Motion om belysta skidspår']);
    expect(await found('latu')).toEqual(['Valtuustoaloite valaistuista laduista']);
  });
});
