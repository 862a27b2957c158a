import { request } from 'node:http';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DEMO_INITIATIVES, INITIATIVE_16, INITIATIVE_17 } from '@aloite/domain/demo';
import ical, { type VEvent } from 'node-ical';
import { DEMO_SLUG, startTestApp, type TestApp } from '../testing/test-app';

// Issue 21, items 2 and 3: the feeds of new initiatives and decisions (Atom, RSS), each body's meetings
// (iCalendar) and the yearly open-data download, read anonymously with real parsers. The oracle is the demo seed
// (§§ 16 and 17 of Kajaani's agenda) and what the issue asks, never the feeds' own code.

const BASE = `/public/${DEMO_SLUG}`;
const KINDS = ['initiatives', 'decisions'] as const;
const FORMATS = { atom: 'application/atom+xml', rss: 'application/rss+xml' } as const;

describe('public feeds and data downloads', () => {
  let api: TestApp;
  let id16: string;
  let id17: string;
  let secretNames: string[];
  let secretIds: string[];
  beforeAll(async () => {
    api = await startTestApp();
    id16 = api.demo.initiativeIds[INITIATIVE_16.diaryNumber] as string;
    id17 = api.demo.initiativeIds[INITIATIVE_17.diaryNumber] as string;
    const named = await api.request('PATCH', `/api/bodies/${api.demo.bodyIds.council}`, {
      nameSv: 'Stadsfullmäktige',
    });
    expect(named.status).toBe(200);
    // A document of each non-public class on § 16: neither its name nor its id may reach any feed or download.
    const token = await api.signIn('tester', 'test-password-1');
    const upload = async (name: string, fields: Record<string, string>) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      form.append('file', new Blob([Buffer.from('%PDF-1.7\nsalainen\n')]), name);
      const response = await fetch(`${api.baseUrl}/api/initiatives/${id16}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    secretNames = ['luonnos-ei-viela-julkinen.pdf', 'terveystiedot-salassa.pdf'];
    secretIds = [
      await upload(secretNames[0] as string, { publicity: 'notYetPublic' }),
      await upload(secretNames[1] as string, {
        publicity: 'confidential',
        legalGround: 'JulkL 24 § 1 mom. 32 k.',
      }),
    ];
  }, 120_000);
  afterAll(() => api.close());

  const get = (path: string) => api.anonymous('GET', path);
  const feedOf = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return parseFeed(response.text);
  };
  const pageOf = (id: string, lang = 'fi') => `${api.baseUrl}${BASE}/${lang}/initiatives/${id}`;

  it.each(Object.entries(FORMATS))(
    'serves %s of new initiatives with §§ 16 and 17, newest first',
    async (format, type) => {
      const response = await get(`${BASE}/feeds/initiatives.${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      const feed = parseFeed(response.text);
      expect(feed.meta.type).toBe(format);
      const urls = feed.items.map((item) => item.url);
      expect(urls).toEqual(expect.arrayContaining([pageOf(id16), pageOf(id17)]));
      const item17 = feed.items.find((item) => item.url === pageOf(id17));
      expect(item17?.title).toContain(INITIATIVE_17.title);
      expect(item17?.description).toContain('Juha Urpilainen');
      expect(item17?.id).toBeTruthy();
      expect(item17?.updated ?? item17?.published).toBeInstanceOf(Date);
      // § 17 was submitted after § 16: newer first.
      expect(urls.indexOf(pageOf(id17))).toBeLessThan(urls.indexOf(pageOf(id16)));
    },
  );

  it('gives an entry the same id in Atom and RSS and on every request', async () => {
    const atom = await feedOf(`${BASE}/feeds/initiatives.atom`);
    const rss = await feedOf(`${BASE}/feeds/initiatives.rss`);
    const again = await feedOf(`${BASE}/feeds/initiatives.atom`);
    const idOf = (feed: typeof atom) => feed.items.find((item) => item.url === pageOf(id16))?.id;
    expect(idOf(atom)).toBeTruthy();
    expect(idOf(rss)).toBe(idOf(atom));
    expect(idOf(again)).toBe(idOf(atom));
  });

  it('serves the council decisions on §§ 16 and 17 in the decisions feed, latest first', async () => {
    for (const format of Object.keys(FORMATS)) {
      const feed = await feedOf(`${BASE}/feeds/decisions.${format}`);
      const urls = feed.items.map((item) => item.url);
      expect(urls).toEqual(expect.arrayContaining([pageOf(id16), pageOf(id17)]));
      const referral17 = feed.items.find((item) => item.url === pageOf(id17));
      expect(referral17?.title).toContain('§ 52');
      const dates = feed.items.map((item) => (item.updated ?? item.published)?.getTime() ?? 0);
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  it('holds only the body’s own in a body’s feeds', async () => {
    const { council, employment, technical } = api.demo.bodyIds;
    const councilDecisions = await feedOf(`${BASE}/bodies/${council}/feeds/decisions.atom`);
    expect(councilDecisions.items.length).toBeGreaterThan(0);
    expect(councilDecisions.items.every((item) => /^Kaupunginvaltuusto /.test(item.title ?? ''))).toBe(true);
    const technicalDecisions = await feedOf(`${BASE}/bodies/${technical}/feeds/decisions.rss`);
    expect(technicalDecisions.items.map((item) => item.url)).not.toContain(pageOf(id16));
    expect(technicalDecisions.items.every((item) => !/^Kaupunginvaltuusto /.test(item.title ?? ''))).toBe(
      true,
    );
    // §§ 16 and 17 await the subcommittee's statement: they are its initiatives, and not the technical board's.
    const employmentNew = await feedOf(`${BASE}/bodies/${employment}/feeds/initiatives.atom`);
    expect(employmentNew.items.map((item) => item.url).sort()).toEqual([pageOf(id16), pageOf(id17)].sort());
    const technicalNew = await feedOf(`${BASE}/bodies/${technical}/feeds/initiatives.atom`);
    expect(technicalNew.items.map((item) => item.url)).not.toContain(pageOf(id16));
  });

  it('speaks Swedish with ?lang=sv: the body’s Swedish name and the Swedish pages', async () => {
    const feed = await feedOf(`${BASE}/feeds/decisions.atom?lang=sv`);
    expect(feed.language).toBe('sv');
    const referral = feed.items.find((item) => item.url === pageOf(id16, 'sv'));
    expect(referral?.title).toMatch(/^Stadsfullmäktige /);
    const initiatives = await feedOf(`${BASE}/feeds/initiatives.rss?lang=sv`);
    expect(initiatives.items.map((item) => item.url)).toContain(pageOf(id17, 'sv'));
  });

  it('serves a body’s meetings as iCalendar: Finnish time, place, a stable UID and the meeting page', async () => {
    const { employment, council } = api.demo.bodyIds;
    const response = await get(`${BASE}/bodies/${employment}/meetings.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = eventsOf(response.text);
    const meeting = events.find((event) => event.location === 'Kokoustila Kekkonen');
    // 20.5.2026 at 16.30 in Kajaani is 13.30 UTC (summer time, UTC+3).
    expect(meeting?.start.toISOString()).toBe('2026-05-20T13:30:00.000Z');
    expect(meeting?.summary).toMatch(/kokous$/);
    expect(urlOf(meeting)).toMatch(new RegExp(`^${api.baseUrl}${BASE}/fi/meetings/[0-9a-f-]{36}$`));
    const again = eventsOf((await get(`${BASE}/bodies/${employment}/meetings.ics`)).text);
    expect(again.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    const councilEvents = eventsOf((await get(`${BASE}/bodies/${council}/meetings.ics?lang=sv`)).text);
    // The council's meetings have no start time in the seed: whole-day events on their dates.
    const days = councilEvents
      .filter((event) => event.start.dateOnly)
      .map(({ start }) => [start.getFullYear(), start.getMonth() + 1, start.getDate()].join('-'));
    expect(days).toEqual(expect.arrayContaining(['2026-3-31', '2026-4-28']));
    expect(councilEvents.every((event) => /sammanträde$/.test(String(event.summary)))).toBe(true);
  });

  it('marks a cancelled meeting CANCELLED', async () => {
    const { technical } = api.demo.bodyIds;
    const planned = await api.request('POST', `/api/bodies/${technical}/meetings`, {
      meetings: [{ date: '2026-06-09', startTime: '17:00', place: 'Valtuustosali' }],
    });
    expect(planned.status).toBe(201);
    const meetingId = planned.body[0].id as string;
    const cancelled = await api.request('PATCH', `/api/meetings/${meetingId}`, { status: 'cancelled' });
    expect(cancelled.status).toBe(200);
    const events = eventsOf((await get(`${BASE}/bodies/${technical}/meetings.ics`)).text);
    expect(events.find((event) => urlOf(event).endsWith(meetingId))?.status).toBe('CANCELLED');
  });

  it.each(['csv', 'json'])('downloads exactly the year’s initiatives as %s', async (format) => {
    for (const year of [2025, 2026]) {
      const response = await get(`${BASE}/data/initiatives-${year}.${format}`);
      expect(response.status).toBe(200);
      const rows = format === 'json' ? (response.body as Record<string, unknown>[]) : parseCsv(response.text);
      const expected = [INITIATIVE_16, INITIATIVE_17, ...DEMO_INITIATIVES.map(({ initiative }) => initiative)]
        .filter((initiative) => initiative.submittedOn.startsWith(`${year}-`))
        .map((initiative) => initiative.diaryNumber);
      expect(rows.map((row) => row.diaryNumber).sort()).toEqual([...new Set(expected)].sort());
      const row16 = rows.find((row) => row.diaryNumber === INITIATIVE_16.diaryNumber);
      if (year === 2026) {
        expect(row16).toEqual(
          expect.objectContaining({
            title: INITIATIVE_16.title,
            kind: INITIATIVE_16.kind,
            submittedOn: INITIATIVE_16.submittedOn,
            filedOn: INITIATIVE_16.filedAt.date,
            filedAtBody: 'Kaupunginvaltuusto',
            url: pageOf(id16),
          }),
        );
        expect(String(row16?.filedSection)).toBe(String(INITIATIVE_16.filedAt.section));
        expect(String(row16?.signatoryCount)).toBe(String(INITIATIVE_16.signatoryCount));
      }
    }
  });

  it('writes the CSV for Finnish Excel: UTF-8 with a byte-order mark, semicolons', async () => {
    const response = await fetch(`${api.baseUrl}${BASE}/data/initiatives-2026.csv`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(bytes.toString('utf8')).toContain('"diaryNumber";"title"');
  });

  it('never names a document that is not public, in any feed or download', async () => {
    const { council, employment } = api.demo.bodyIds;
    const paths = [
      ...KINDS.flatMap((kind) =>
        Object.keys(FORMATS).flatMap((format) => [
          `${BASE}/feeds/${kind}.${format}`,
          `${BASE}/feeds/${kind}.${format}?lang=sv`,
          `${BASE}/bodies/${employment}/feeds/${kind}.${format}`,
        ]),
      ),
      `${BASE}/bodies/${employment}/meetings.ics`,
      `${BASE}/bodies/${council}/meetings.ics`,
      `${BASE}/data/initiatives-2026.csv`,
      `${BASE}/data/initiatives-2026.json`,
    ];
    for (const path of paths) {
      const response = await get(path);
      expect(response.status).toBe(200);
      for (const secret of [...secretNames, ...secretIds]) expect(response.text).not.toContain(secret);
      expect(response.text).not.toContain('JulkL 24');
    }
  });

  it('refuses a Host header that names no host with a 400, never a 500', async () => {
    const url = new URL(api.baseUrl);
    for (const host of ['bad host', '[::1', 'kajaani.fi:99999']) {
      const answer = await new Promise<{ status: number; type: string }>((resolve, reject) => {
        const sent = request(
          { host: url.hostname, port: url.port, path: `${BASE}/feeds/decisions.atom`, headers: { host } },
          (response) => {
            response.resume();
            resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']) });
          },
        );
        sent.on('error', reject);
        sent.end();
      });
      expect(answer).toEqual({ status: 400, type: expect.stringMatching(/^application\/problem\+json/) });
    }
  });

  it.each([
    ['an unknown municipality', '/public/atlantis/feeds/initiatives.atom', 404],
    ['an unknown feed', `${BASE}/feeds/meetings.atom`, 404],
    ['an unknown extension', `${BASE}/feeds/initiatives.xml`, 404],
    ['an unknown body', `${BASE}/bodies/00000000-0000-4000-8000-000000000000/feeds/decisions.rss`, 404],
    ['a body id that is no id', `${BASE}/bodies/x'%20OR%201=1/meetings.ics`, 404],
    ['an unknown body’s meetings', `${BASE}/bodies/00000000-0000-4000-8000-000000000000/meetings.ics`, 404],
    ['a language not offered', `${BASE}/feeds/initiatives.atom?lang=de`, 400],
    ['two languages', `${BASE}/feeds/initiatives.atom?lang=fi&lang=sv`, 400],
    ['a year out of range', `${BASE}/data/initiatives-1066.csv`, 400],
    ['a year far out of range', `${BASE}/data/initiatives-999999.json`, 400],
    ['an unknown data format', `${BASE}/data/initiatives-2026.xlsx`, 404],
    ['an unknown data file', `${BASE}/data/signatories-2026.csv`, 404],
  ])('refuses %s with a problem', async (_what, path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe(status === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED');
  });
});

function eventsOf(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  );
}

/** node-ical gives a URL with parameters (VALUE=URI) as an object. */
function urlOf(event: VEvent | undefined): string {
  const url = event?.url as unknown;
  return typeof url === 'object' && url !== null ? String((url as { val: unknown }).val) : String(url);
}

/** The download's own dialect: a BOM, `;` between quoted cells, `""` for a quote, CRLF between rows. */
function parseCsv(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const cells = (line: string) =>
    [...line.matchAll(/"((?:[^"]|"")*)"(?:;|$)/g)].map((match) => (match[1] as string).replace(/""/g, '"'));
  const [header, ...rows] = lines.map(cells);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, index) => [name, row[index] ?? ''])));
}
