import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crawlPublic } from '../testing/public-crawl';

// The crawler the leak spec reads the public surface with (issue 21): a small site of every format it must follow
// (HTML, OParl JSON, Atom, RSS, iCalendar, CSV, document bytes), served over real HTTP. It must reach every address
// on the site's origin exactly once, as an anonymous client, and nothing elsewhere.

const site = (origin: string): Record<string, [type: string, body: string]> => ({
  '/public/x/fi': [
    'text/html; charset=utf-8',
    `<html lang="fi"><head><link rel="alternate" type="application/atom+xml" href="/public/x/feeds/i.atom">
     <link rel='alternate' type="application/rss+xml" href='${origin}/public/x/feeds/i.rss'></head><body>
     <a href="fi/initiatives/1?a=1&amp;b=2#top">Aloite</a> <p>${origin}/public/x/fi/initiatives/1?a=1&amp;b=2</p> <img src="/logo.png" alt="">
     <a href="https://elsewhere.example/">Muualle</a> <a href="//elsewhere.example/x">Muualle</a>
     <a href="mailto:kirjaamo@example.fi">Posti</a> <a href="/api/attachments/d1/content">Liite</a></body></html>`,
  ],
  '/public/x/fi/initiatives/1?a=1&b=2': [
    'text/html',
    `<a href="/public/x/fi">Takaisin</a> <a href="../../bodies/b/meetings.ics">Kalenteri</a>`,
  ],
  '/public/x/bodies/b/meetings.ics': [
    'text/calendar; charset=utf-8',
    `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nURL;VALUE=URI:${origin}/public/x/fi/meet\r\n ings/m1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
  ],
  '/public/x/fi/meetings/m1': ['text/html', '<p>Kokous</p>'],
  '/public/x/feeds/i.atom': [
    'application/atom+xml; charset=utf-8',
    `<feed xmlns="http://www.w3.org/2005/Atom"><id>${origin}/public/x/feeds/i.atom</id>
     <entry><id>urn:uuid:1</id><link href="../fi/initiatives/2"/>
     <link rel="enclosure" href="${origin}/api/attachments/d2/content"/></entry></feed>`,
  ],
  '/public/x/fi/initiatives/2': ['text/html', '<p>Toinen</p>'],
  '/public/x/feeds/i.rss': [
    'application/rss+xml',
    `<rss><channel><link>${origin}/public/x/fi</link><item><guid>/public/x/fi/initiatives/3</guid>
     </item></channel></rss>`,
  ],
  '/public/x/fi/initiatives/3': ['text/html', '<p>Kolmas</p>'],
  '/oparl/v1/system': [
    'application/json',
    JSON.stringify({
      id: `${origin}/oparl/v1/system`,
      body: `${origin}/oparl/v1/bodies`,
      website: 'https://elsewhere.example/',
      name: 'Aloite / Kajaani',
      nested: [{ data: '/public/x/data/a.csv' }],
    }),
  ],
  '/oparl/v1/bodies': ['application/json', JSON.stringify({ data: [], links: {} })],
  '/public/x/data/a.csv': ['text/csv', `id,file\n1,${origin}/api/attachments/d3/content\n`],
  '/logo.png': ['image/png', 'png'],
  '/api/attachments/d1/content': ['text/plain', 'yksi'],
  '/api/attachments/d2/content': ['text/plain', `kaksi ${origin}/never/followed`],
  '/api/attachments/d3/content': ['text/plain', 'kolme'],
});

describe('crawling the public surface (issue 21)', () => {
  let server: Server;
  let origin: string;
  const requests: { url: string; headers: IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = request.url ?? '/';
      requests.push({ url, headers: request.headers });
      if (url === '/public/x') {
        response.writeHead(302, { location: '/public/x/fi', 'set-cookie': 'session=1' }).end();
        return;
      }
      const page = site(origin)[url];
      if (!page) response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Ei löydy</p>');
      else response.writeHead(200, { 'content-type': page[0], 'set-cookie': 'session=1' }).end(page[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    requests.length = 0;
  });

  it('follows every link of every format on its origin once, anonymously, and returns each answer whole', async () => {
    const crawl = await crawlPublic(origin, ['/public/x', '/oparl/v1/system', '/public/x/sv']);
    const expected = new Set(['/public/x', '/public/x/sv', ...Object.keys(site(origin))]);
    expect(requests.map((request) => request.url).sort()).toEqual([...expected].sort());
    expect(crawl.truncated).toBe(false);
    expect(requests.filter(({ headers }) => headers.cookie || headers.authorization)).toEqual([]);
    const answer = (path: string) => crawl.pages.find((page) => page.url === `${origin}${path}`);
    expect(answer('/public/x')).toMatchObject({ status: 302 });
    expect(answer('/public/x/sv')).toMatchObject({ status: 404, kind: 'html' });
    expect(answer('/api/attachments/d2/content')).toMatchObject({ status: 200, kind: 'document' });
    expect(answer('/api/attachments/d3/content')?.body.toString()).toBe('kolme');
    expect(
      Object.fromEntries(
        ['/public/x/fi', '/oparl/v1/system', '/public/x/feeds/i.atom', '/public/x/feeds/i.rss']
          .concat(['/public/x/bodies/b/meetings.ics', '/public/x/data/a.csv'])
          .map((path) => [path, answer(path)?.kind]),
      ),
    ).toEqual({
      '/public/x/fi': 'html',
      '/oparl/v1/system': 'oparl',
      '/public/x/feeds/i.atom': 'feed',
      '/public/x/feeds/i.rss': 'feed',
      '/public/x/bodies/b/meetings.ics': 'ical',
      '/public/x/data/a.csv': 'csv',
    });
  });

  it('stops at its bound and says so', async () => {
    const crawl = await crawlPublic(origin, ['/public/x'], { maxCount: 3 });
    expect([crawl.pages.length, requests.length, crawl.truncated]).toEqual([3, 3, true]);
  });
});
