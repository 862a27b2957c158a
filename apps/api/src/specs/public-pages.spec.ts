import { STATEMENT_16, STATEMENT_17 } from '@aloite/domain/demo';
import { uploadDocument } from '../testing/two-municipalities';
import { DEMO_SLUG, startTestApp, type TestApp, type TestResponse } from '../testing/test-app';

// Issue 21, item 1: a resident follows §§ 16 and 17 of the demo on the public pages, without signing in, from the
// list to the initiative, the subcommittee's meeting and the body; search and filters narrow the list; bad
// addresses get an HTML page with a 4xx; a document that is not public is on no page until its minutes are checked.

const SEED_16 = 'KAJDno-2026-577';
const SEED_17 = 'KAJDno-2026-726';
const TITLE_16 = 'Valtuustoaloite työllisyysbonuksesta opiskeluun';
const TITLE_17 = 'Valtuustoaloite työvoimapalvelujen Tinderistä';
const SIGNED_16 = '1 Valtuustoaloite työllisyysbonuksesta opiskeluun (allekirjoitettu).pdf';
const SUBCOMMITTEE_SV = 'Sektionen för sysselsättning och internationalisering';

/** React writes `'` as `&#x27;` and `&` as `&amp;`: the page's text as a reader sees it. */
const decode = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The links of a page: their text (tags stripped) and where they go. */
function links(page: TestResponse): { text: string; href: string }[] {
  return [...page.text.matchAll(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gs)].map(([, href, inner]) => ({
    href: decode(href ?? ''),
    text: decode((inner ?? '').replace(/<[^>]+>/g, '')).trim(),
  }));
}

function linkTo(page: TestResponse, text: string | RegExp): string {
  const found = links(page).find((link) =>
    typeof text === 'string' ? link.text === text : text.test(link.text),
  );
  if (!found)
    throw new Error(
      `no link "${text}" on the page: ${links(page)
        .map((link) => link.text)
        .join(' | ')}`,
    );
  return found.href;
}

const lang = (page: TestResponse) => /<html lang="([^"]+)"/.exec(page.text)?.[1];
const h1 = (page: TestResponse) => decode(/<h1>(.*?)<\/h1>/s.exec(page.text)?.[1] ?? '');
const titles = (page: TestResponse) =>
  [...page.text.matchAll(/<h3><a [^>]*>(.*?)<\/a><\/h3>/g)].map(([, title]) => decode(title ?? ''));

describe('the public pages (issue 21): a resident follows §§ 16 and 17 without signing in', () => {
  let api: TestApp;
  let meetingId: string;
  const get = (path: string) => api.anonymous('GET', path);

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    const calendar = await api.request(
      'GET',
      `/api/bodies/${api.demo.bodyIds.employment}/meetings?year=2026`,
    );
    meetingId = calendar.body[0].id;
    const renamed = await api.request('PATCH', `/api/bodies/${api.demo.bodyIds.employment}`, {
      nameSv: SUBCOMMITTEE_SV,
    });
    expect(renamed.status).toBe(200);
  });
  afterAll(() => api.close());

  it('opens at the municipality’s address in its language and follows list → initiative → meeting → body', async () => {
    const home = await fetch(`${api.baseUrl}/public/${DEMO_SLUG}`, { redirect: 'manual' });
    expect([home.status, home.headers.get('location')]).toEqual([302, `/public/${DEMO_SLUG}/fi`]);

    const list = await get(`/public/${DEMO_SLUG}/fi`);
    expect([list.status, list.headers.get('content-type'), lang(list)]).toEqual([
      200,
      'text/html; charset=utf-8',
      'fi',
    ]);
    expect(titles(list)).toEqual(expect.arrayContaining([TITLE_16, TITLE_17]));

    const initiative = await get(linkTo(list, TITLE_16));
    expect(initiative.status).toBe(200);
    expect(h1(initiative)).toBe(TITLE_16);
    const text = decode(initiative.text);
    for (const fact of [SEED_16, 'Lausunnoilla', 'Juha Urpilainen', 'Kaupunginvaltuusto 31.3.2026 § 30'])
      expect(text).toContain(fact);

    const meeting = await get(linkTo(initiative, 'Työllisyys- ja kansainvälisyysjaosto 20.5.2026 § 16'));
    expect(meeting.status).toBe(200);
    expect(h1(meeting)).toBe('Työllisyys- ja kansainvälisyysjaosto 20.5.2026');
    expect(meeting.text).toContain(
      '<title>Esityslista: Työllisyys- ja kansainvälisyysjaosto 20.5.2026 | Kajaani – Aloitteet</title>',
    );
    for (const fact of ['Esityslista julkaistu', '16:30', 'Kokoustila Kekkonen'])
      expect(meeting.text).toContain(fact);
    expect(decode(meeting.text)).toContain(STATEMENT_16.proposal);
    expect(decode(meeting.text)).toContain(STATEMENT_17.proposal);
    expect(linkTo(meeting, TITLE_17)).toBe(
      `/public/${DEMO_SLUG}/fi/initiatives/${api.demo.initiativeIds[SEED_17]}`,
    );

    const body = await get(linkTo(meeting, /^Kokoukset vuonna 2026/));
    expect([body.status, h1(body)]).toEqual([200, 'Työllisyys- ja kansainvälisyysjaosto']);
    expect(links(body).map((link) => link.href)).toContain(`/public/${DEMO_SLUG}/fi/meetings/${meetingId}`);

    // The feeds at their fixed addresses (issue 21, item 3), announced in each page's head and linked in its footer.
    const alternates = (page: TestResponse) =>
      [...page.text.matchAll(/<link rel="alternate" type="([^"]+)"[^>]* href="([^"]+)"/g)].map(
        ([, type, href]) => ({
          type,
          href,
        }),
      );
    expect(alternates(list)).toEqual([
      { type: 'application/atom+xml', href: `/public/${DEMO_SLUG}/feeds/initiatives.atom` },
      { type: 'application/atom+xml', href: `/public/${DEMO_SLUG}/feeds/decisions.atom` },
    ]);
    const employment = api.demo.bodyIds.employment;
    expect(alternates(body).map(({ href }) => href)).toEqual([
      `/public/${DEMO_SLUG}/bodies/${employment}/feeds/initiatives.atom`,
      `/public/${DEMO_SLUG}/bodies/${employment}/feeds/decisions.atom`,
    ]);
    expect(links(body).map((link) => link.href)).toContain(
      `/public/${DEMO_SLUG}/bodies/${employment}/meetings.ics`,
    );
    // Other years are offered only where the body met: the nearest year before and after with meetings.
    const calendar = (await api.request('GET', `/api/bodies/${employment}/meetings`)).body as {
      date: string;
    }[];
    const years = calendar.map((meeting) => Number(meeting.date.slice(0, 4)));
    const nearest = [
      Math.max(...years.filter((year) => year < 2026)),
      Math.min(...years.filter((year) => year > 2026)),
    ];
    expect(
      links(body)
        .map((link) => link.href)
        .filter((href) => href.includes('?year=') && !href.endsWith('?year=2026')),
    ).toEqual(
      nearest
        .filter(Number.isFinite)
        .map((year) => `/public/${DEMO_SLUG}/fi/bodies/${employment}?year=${year}`),
    );
  });

  it('speaks Swedish on the Swedish pages: the body’s Swedish name, the states in Swedish, <html lang="sv">', async () => {
    const meeting = await get(`/public/${DEMO_SLUG}/sv/meetings/${meetingId}`);
    expect([meeting.status, lang(meeting), h1(meeting)]).toEqual([200, 'sv', `${SUBCOMMITTEE_SV} 20.5.2026`]);
    const initiative = await get(`/public/${DEMO_SLUG}/sv/initiatives/${api.demo.initiativeIds[SEED_16]}`);
    expect(decode(initiative.text)).toContain('På remiss');
    expect(initiative.text).toContain(`href="/public/${DEMO_SLUG}/feeds/initiatives.atom?lang=sv"`);
    expect(links(initiative)).toContainEqual({
      text: 'På svenska',
      href: `/public/${DEMO_SLUG}/sv/initiatives/${api.demo.initiativeIds[SEED_16]}`,
    });
    expect(links(initiative)).toContainEqual({
      text: 'Suomeksi',
      href: `/public/${DEMO_SLUG}/fi/initiatives/${api.demo.initiativeIds[SEED_16]}`,
    });
  });

  it('finds an initiative by an inflected Finnish word, and the filters narrow the list', async () => {
    const found = await get(`/public/${DEMO_SLUG}/fi?q=${encodeURIComponent('työllisyysbonukseen')}`);
    expect(titles(found)).toContain(TITLE_16);
    expect(titles(found)).not.toContain(TITLE_17);
    const all = titles(await get(`/public/${DEMO_SLUG}/fi`));
    const inState = titles(await get(`/public/${DEMO_SLUG}/fi?state=awaitingStatements`));
    expect(inState).toEqual(expect.arrayContaining([TITLE_16, TITLE_17]));
    expect(inState.length).toBeLessThan(all.length);
    expect(titles(await get(`/public/${DEMO_SLUG}/fi?year=2019`))).toEqual([]);
    const atBody = titles(await get(`/public/${DEMO_SLUG}/fi?body=${api.demo.bodyIds.employment}`));
    expect(atBody).toEqual(expect.arrayContaining([TITLE_16, TITLE_17]));
    expect(atBody.length).toBeLessThan(all.length);
  });

  it('answers a bad address with an HTML page and a 4xx in the page’s language, never a 500', async () => {
    const id16 = api.demo.initiativeIds[SEED_16] as string;
    const cases: [string, number, string][] = [
      ['/public/nowhere', 404, 'fi'],
      ['/public/nowhere/fi', 404, 'fi'],
      [`/public/${DEMO_SLUG}/de`, 404, 'fi'],
      [`/public/${DEMO_SLUG}/sv/initiatives/not-an-id`, 404, 'sv'],
      [`/public/${DEMO_SLUG}/fi/initiatives/00000000-0000-4000-8000-000000000000`, 404, 'fi'],
      [`/public/${DEMO_SLUG}/fi/meetings/${id16}`, 404, 'fi'],
      [`/public/${DEMO_SLUG}/fi/bodies/${id16}`, 404, 'fi'],
      [`/public/${DEMO_SLUG}/en/bodies/${api.demo.bodyIds.council}?year=20x6`, 400, 'en'],
      [`/public/${DEMO_SLUG}/fi?year=1066`, 400, 'fi'],
      [`/public/${DEMO_SLUG}/fi?state=everything`, 400, 'fi'],
      [`/public/${DEMO_SLUG}/fi?body=${id16}`, 400, 'fi'],
      [`/public/${DEMO_SLUG}/sv?cursor=bm90IGEgY3Vyc29y`, 400, 'sv'],
      [`/public/${DEMO_SLUG}/fi?q=a&q=b`, 400, 'fi'],
      [`/public/${DEMO_SLUG}/fi?q=${'x'.repeat(201)}`, 400, 'fi'],
      [`/public/${DEMO_SLUG}/sv/annual-lists/99`, 404, 'sv'],
      [`/public/${DEMO_SLUG}/fi/annual-lists/1066`, 404, 'fi'],
      [`/public/${DEMO_SLUG}/fi/no-such-page`, 404, 'fi'],
    ];
    for (const [path, status, language] of cases) {
      const page = await get(path);
      expect([path, page.status, page.headers.get('content-type'), lang(page)]).toEqual([
        path,
        status,
        path.endsWith('no-such-page')
          ? 'application/problem+json; charset=utf-8'
          : 'text/html; charset=utf-8',
        path.endsWith('no-such-page') ? undefined : language,
      ]);
    }
  });

  it('shows the board’s yearly list of unfinished initiatives (Kuntalaki 23 §), a waiver’s reason left out', async () => {
    const id = api.demo.initiativeIds['KAJDno-2025-1630'] as string;
    const open = (await api.request('GET', `/api/initiatives/${id}`)).body.statements.find(
      (request: { status: string }) => request.status === 'open',
    );
    const reason = 'Lautakunta ei ehtinyt kokoontua ennen määräaikaa.';
    const waived = await api.request('POST', `/api/initiatives/${id}/events`, {
      type: 'WAIVE_STATEMENT',
      bodyId: open.bodyId,
      date: '2026-05-20',
      reason,
    });
    expect(waived.status).toBe(200);
    const council = (await api.request('GET', '/api/annual-lists/2026')).body;
    expect(council.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(council.items)).toContain(reason);

    const years = await get(`/public/${DEMO_SLUG}/fi/annual-lists`);
    expect(years.status).toBe(200);
    const list = await get(linkTo(years, 'Luettelo keskeneräisistä valtuustoaloitteista 2026'));
    expect([list.status, h1(list)]).toEqual([200, 'Luettelo keskeneräisistä valtuustoaloitteista 2026']);
    const shown = [...list.text.matchAll(/<h2><a [^>]*>(.*?)<\/a><\/h2>/g)].map(([, title]) =>
      decode(title ?? ''),
    );
    expect(shown).toEqual(council.items.map((item: { title: string }) => item.title));
    const text = decode(list.text);
    for (const item of council.items) {
      expect(text).toContain(item.diaryNumber);
      for (const measure of item.measures) expect(text).toContain(measure.replace(`: ${reason}`, ''));
    }
    expect(text).not.toContain(reason);
    expect(decode((await get(`/public/${DEMO_SLUG}/sv/annual-lists/2026`)).text)).not.toContain(reason);
    expect((await get(`/public/${DEMO_SLUG}/en/annual-lists/2026`)).status).toBe(200);
  });

  it('shows no document that is not public, and the signed initiative once the minutes are checked', async () => {
    const id16 = api.demo.initiativeIds[SEED_16] as string;
    const agenda = (await api.request('GET', `/api/meetings/${meetingId}`)).body;
    const item16 = agenda.items.find((item: { section: number }) => item.section === 16);
    const token = await api.signIn('tester', 'test-password-1');
    const secret = await uploadDocument(
      api,
      token,
      id16,
      { publicity: 'confidential', legalGround: 'JulkL 24 § 1 mom. 25 k.', agendaItemId: item16.id },
      'asiakastiedot.txt',
    );
    expect(secret.status).toBe(201);
    const signed = item16.attachments[0].id as string;
    const pages = [
      `/public/${DEMO_SLUG}/fi/initiatives/${id16}`,
      `/public/${DEMO_SLUG}/fi/meetings/${meetingId}`,
    ];
    const shown = async () => Promise.all(pages.map(async (path) => decode((await get(path)).text)));

    for (const page of await shown()) {
      for (const hidden of [SIGNED_16, signed, 'asiakastiedot.txt', secret.body.id])
        expect(page).not.toContain(hidden);
    }

    for (const item of agenda.items)
      expect(
        (
          await api.request('POST', `/api/meetings/${meetingId}/items/${item.id}/decision`, {
            decisionType: 'asProposed',
          })
        ).status,
      ).toBe(200);
    const checked = await api.request('POST', `/api/meetings/${meetingId}/minutes-checked`, {
      date: '2026-05-21',
    });
    expect(checked.status).toBe(200);

    for (const page of await shown()) {
      expect(page).toContain(`<a href="/api/attachments/${signed}/content">${SIGNED_16}</a>`);
      for (const hidden of ['asiakastiedot.txt', secret.body.id]) expect(page).not.toContain(hidden);
    }
    const content = await get(`/api/attachments/${signed}/content`);
    expect(content.status).toBe(200);
  });
  it('pages the list by cursor links that keep the search, each initiative once', async () => {
    const filed: string[] = [];
    for (let index = 1; index <= 23; index++) {
      const day = `2026-04-${String(index).padStart(2, '0')}`;
      const response = await api.request('POST', '/api/initiatives', {
        title: `Sivutusaloite numero ${index}`,
        text: 'Aloite listan sivuttamisen kokeeseen.',
        kind: 'councillor',
        submittedOn: day,
        signatories: [{ name: 'Sivu Valtuutettu' }],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: api.demo.bodyIds.council, date: day, section: index },
      });
      expect(response.status).toBe(201);
      filed.push(`Sivutusaloite numero ${index}`);
    }
    const first = await get(`/public/${DEMO_SLUG}/fi?q=sivutusaloite`);
    expect(titles(first)).toHaveLength(20);
    const next = linkTo(first, 'Seuraavat aloitteet');
    expect(new URL(next, api.baseUrl).searchParams.get('q')).toBe('sivutusaloite');
    const second = await get(next);
    expect(second.status).toBe(200);
    expect(links(second).map((link) => link.text)).not.toContain('Seuraavat aloitteet');
    expect(linkTo(second, 'Ensimmäiselle sivulle')).toBe(`/public/${DEMO_SLUG}/fi?q=sivutusaloite`);
    expect([...titles(first), ...titles(second)].sort()).toEqual([...filed].sort());
  });
});
