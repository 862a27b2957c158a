import fc from 'fast-check';
import { PublicDataService } from '../public/public-data.service';
import { crawlPublic, type Crawl, type SurfaceKind } from '../testing/public-crawl';
import { buildWorld, everyStateReachable, worldPlans, type World } from '../testing/secret-world';
import { DEMO_SLUG, startTestApp, type TestApp } from '../testing/test-app';

// Issue 21, "Tests", first bullet: over generated initiatives in every state, documents of every publicity class
// and meetings in every status, no public page, feed or OParl object carries a non-public document's name, id or
// bytes, or a non-public field (domain § 6); a document becomes reachable exactly when its minutes are checked.
// The public surface is found by crawling it from its entry addresses, so what the pages, OParl and feeds add is
// covered without being listed here.

/**
 * The kinds of public surface the crawl must reach with a 200, so that it cannot pass with nothing to crawl:
 * the pages (HTML), OParl (JSON under /oparl/), a feed (Atom/RSS) and a body's meetings (iCalendar).
 */
const REQUIRED_SURFACES: readonly SurfaceKind[] = ['html', 'oparl', 'feed', 'ical'];
const RUNS = 2;
const YEAR = 2026;
const ENTRIES = [
  `/public/${DEMO_SLUG}`,
  `/public/${DEMO_SLUG}/sv`,
  '/oparl/v1/system',
  `/public/${DEMO_SLUG}/feeds/initiatives.atom`,
  `/public/${DEMO_SLUG}/feeds/decisions.rss`,
  `/public/${DEMO_SLUG}/data/initiatives-${YEAR}.csv`,
  `/public/${DEMO_SLUG}/data/initiatives-${YEAR}.json`,
];

const contentUrl = (api: TestApp, id: string) => `${api.baseUrl}/api/attachments/${id}/content`;

describe('nothing non-public leaks to the public surface (issue 21)', () => {
  let api: TestApp;
  let service: PublicDataService;
  const worlds: World[] = [];

  beforeAll(async () => {
    // One trusted proxy hop, so the crawl may come from many addresses and the per-address limit spares it.
    api = await startTestApp('2026-05-21', { trustProxy: 1 });
    service = api.app.get(PublicDataService);
    await everyStateReachable(api);
  });
  afterAll(() => api.close());

  const secretsOf = () => worlds.flatMap((world) => world.secrets);
  const hiddenIds = () => worlds.flatMap((world) => world.hidden.map((document) => document.id));
  const crawl = () => crawlPublic(api.baseUrl, ENTRIES, { maxCount: 3000, spreadAddresses: true });
  /** Every answer the public read side (PublicDataService) gives about a world, as one text. */
  const foundationText = async (world: World) => {
    const municipality = await service.municipality(DEMO_SLUG);
    const answers: unknown[] = [
      await service.publicMunicipality(DEMO_SLUG),
      await service.bodiesOf(municipality),
      await service.meetingsOf(municipality, world.committee, null),
    ];
    for (const id of world.initiatives) answers.push(await service.initiative(municipality, id));
    for (const { id } of world.meetings) answers.push(await service.meeting(municipality, id));
    let cursor: string | null = null;
    do {
      const page = await service.list(municipality, { cursor, limit: 100 });
      answers.push(page);
      cursor = page.nextCursor;
    } while (cursor);
    return JSON.stringify(answers);
  };
  const leaksIn = (text: string, world: World) => [
    ...world.secrets.filter((secret) => text.includes(secret)),
    ...world.hidden.filter((document) => text.includes(document.id)).map((document) => document.id),
  ];
  const textOf = (page: Crawl['pages'][number]) =>
    `${page.url}\n${page.headers}\n${page.body.toString('utf8')}\n${page.body.toString('latin1')}`;
  const leaksInCrawl = ({ pages }: Crawl) =>
    pages.flatMap((page) => {
      const text = textOf(page);
      return [...secretsOf(), ...hiddenIds()]
        .filter((secret) => text.includes(secret))
        .map((secret) => `${page.url}: ${secret}`);
    });
  const reachedDocument = ({ pages }: Crawl, api: TestApp, document: World['shown'][number]) =>
    pages.some(
      (page) =>
        page.url === contentUrl(api, document.id) &&
        page.status === 200 &&
        page.body.toString('utf8') === document.content,
    );

  it('builds every world through the staff API, and the public read side shows none of its secrets', async () => {
    await fc.assert(
      fc.asyncProperty(worldPlans, async (plan) => {
        const world = await buildWorld(api, plan);
        worlds.push(world);
        const text = await foundationText(world);
        expect(leaksIn(text, world)).toEqual([]);
        for (const document of world.shown) expect(text).toContain(document.id);
        // Searching for a secret finds nothing: not even which initiative it belongs to.
        const municipality = await service.municipality(DEMO_SLUG);
        const found: string[] = [];
        for (const secret of world.secrets)
          if ((await service.list(municipality, { q: secret })).total > 0) found.push(secret);
        expect(found).toEqual([]);
        // …while a first signer's name, which is public, still finds its initiatives.
        const bySigner = await service.list(municipality, { q: 'Vuoto Valtuutettu', limit: 100 });
        expect(bySigner.items.map((item) => item.id)).toEqual(expect.arrayContaining(world.initiatives));
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(worlds.length).toBe(RUNS);
  }, 120_000);

  describe('crawled anonymously from its entry addresses', () => {
    let crawled: Crawl;
    beforeAll(async () => {
      crawled = await crawl();
    }, 120_000);

    it('reaches every kind of public surface, within its bound and never with a 5xx', () => {
      const reached = new Set(crawled.pages.filter((page) => page.status === 200).map((page) => page.kind));
      expect(REQUIRED_SURFACES.filter((kind) => !reached.has(kind))).toEqual([]);
      expect(crawled.truncated).toBe(false);
      expect(crawled.pages.filter((page) => page.status >= 500).map((page) => page.url)).toEqual([]);
    });

    it('finds no secret marker and no non-public document’s id in any answer, its headers or bytes', () => {
      expect(leaksInCrawl(crawled)).toEqual([]);
    });

    it('reaches every public document and downloads its bytes', () => {
      const shown = worlds.flatMap((world) => world.shown);
      expect(
        shown.filter((document) => !reachedDocument(crawled, api, document)).map(({ id }) => id),
      ).toEqual([]);
    });

    it('refuses every non-public document’s bytes to an anonymous client, who asks for it by its id', async () => {
      const given: string[] = [];
      for (const document of worlds.flatMap((world) => world.hidden)) {
        const response = await fetch(contentUrl(api, document.id));
        const text = await response.text();
        if (response.status < 400 || response.status >= 500 || document.markers.some((m) => text.includes(m)))
          given.push(`${document.id}: ${response.status}`);
      }
      expect(given).toEqual([]);
    });

    it('searching the list for a secret finds none of the generated initiatives', async () => {
      const ids = worlds.flatMap((world) => world.initiatives);
      const found: string[] = [];
      for (const [index, secret] of secretsOf().entries()) {
        const answer = await fetch(`${api.baseUrl}/public/${DEMO_SLUG}/fi?q=${secret}`, {
          headers: { 'x-forwarded-for': `10.22.${index >> 8}.${index & 255}` },
        });
        const text = await answer.text();
        if (answer.status >= 500 || ids.some((id) => text.includes(id))) found.push(secret);
      }
      expect(found).toEqual([]);
    }, 60_000);

    it('makes a document waiting for the minutes reachable exactly when they are checked', async () => {
      const world = worlds[0];
      const { meetingId, waiting } = world.held;
      const municipality = await service.municipality(DEMO_SLUG);
      const initiativeText = async () =>
        JSON.stringify(await service.initiative(municipality, waiting.initiativeId));
      const anonymousDownload = async () => {
        const response = await fetch(contentUrl(api, waiting.id));
        return { status: response.status, text: await response.text() };
      };

      expect(crawled.pages.filter((page) => textOf(page).includes(waiting.id)).map(({ url }) => url)).toEqual(
        [],
      );
      expect(await initiativeText()).not.toContain(waiting.id);
      const refused = await anonymousDownload();
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      expect(refused.text).not.toContain(waiting.markers[1]);

      const checked = await world.secretary('POST', `/api/meetings/${meetingId}/minutes-checked`, {
        date: '2026-05-20',
      });
      expect(checked.status).toBe(200);
      world.secrets = world.secrets.filter((secret) => !waiting.markers.includes(secret));
      world.hidden = world.hidden.filter((document) => document.id !== waiting.id);

      expect(await initiativeText()).toContain(waiting.id);
      expect(await anonymousDownload()).toEqual({ status: 200, text: waiting.content });
      const after = await crawl();
      expect(leaksInCrawl(after)).toEqual([]);
      expect(reachedDocument(after, api, waiting)).toBe(true);
    }, 120_000);
  });
});
